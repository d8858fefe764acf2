import type { PlatformLimits } from '../../src/interaction/platform-delivery.js';

/** Discord's size limits that rendering and command building respect (Discord rejects more). */
export const LIMIT = {
  commands: 100,
  subcommands: 25,
  choices: 25,
  stringOption: 6000,
  content: 2000,
  embeds: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  rows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  selectOptions: 25,
  selectPlaceholder: 150,
  optionText: 100,
  modalTitle: 45,
  modalInputs: 5,
  inputLabel: 45,
  inputDescription: 100,
  inputPlaceholder: 100,
  inputLength: 4000,
  autocomplete: 25,
  /** Alt text of an attachment. */
  attachmentDescription: 1024,
} as const;

/** Shortens to `max` characters with an ellipsis, never cutting an emoji (a surrogate pair) in half. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut)}…`;
}

/**
 * How fast the sender sends to Discord, a little inside what it allows: 50 requests a second per
 * bot, and a DM may take two (open the DM channel, post); per channel 5 messages in 5 seconds.
 */
export const DISCORD_DELIVERY_LIMITS: PlatformLimits = {
  global: { perSecond: 25, burst: 5 },
  perChat: { perSecond: 1, burst: 3 },
  concurrency: 16,
};
