import type { Clock } from '../../src/core/deps.js';
import type { ActionId } from '../../src/domain/ids.js';
import type { Select } from '../../src/interaction/reply.js';
import type { Store } from '../../src/store/port.js';

/** A select option's callback data: the select's action id and the option's index (well under 64 bytes). */
const OPTION = /^([A-Za-z0-9_-]{8,64}):(\d{1,2})$/;
const TTL_MS = 7 * 24 * 3_600_000;

export const optionData = (select: Select, index: number): string => `${select.action}:${index}`;

/**
 * A button that asks for text first (Reply): `f:<option>:<action>`. Pressed, it runs as any button
 * (the text is then asked for); a swipe-reply to its message presses it with the reply's text.
 */
const FORM = /^f:([a-z][a-z0-9-]{0,31}):([A-Za-z0-9_-]{8,40})$/;
export const formData = (action: string, option: string): string => `f:${option}:${action}`;

/** A button whose answer redraws the message it is on: `u:<action>`. */
const IN_PLACE = /^u:([A-Za-z0-9_-]{8,40})$/;
export const inPlaceData = (action: string): string => `u:${action}`;

/** The form button a message carries, if any: what a swipe-reply to it answers. */
export function formButtonOf(keyboard: readonly (readonly object[])[] | undefined): { id: string; option: string } | null {
  for (const button of (keyboard ?? []).flat()) {
    const data = 'callback_data' in button && typeof button.callback_data === 'string' ? button.callback_data : null;
    const m = data ? FORM.exec(data) : null;
    if (m) return { option: m[1]!, id: m[2]! };
  }
  return null;
}

/** Where a select's option values are kept (a "." can never name a real action, so no button can reach it). */
const choicesId = (action: string) => `${action}.choices` as ActionId;

/**
 * Telegram has no select menus: each option becomes a button. Its callback data can't carry the
 * option's value (64 bytes), so the values are kept in the store next to the select's action and
 * looked up on a press — a restart in between loses nothing.
 */
export class SelectChoices {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  async remember(select: Select): Promise<void> {
    const now = this.clock();
    await this.store.actions.put({
      id: choicesId(select.action),
      actorId: null,
      command: 'telegram-select-choices',
      args: { values: select.options.map((o) => o.value) },
      createdAt: now,
      expiresAt: new Date(now.getTime() + TTL_MS),
    });
  }

  /** Callback data → the action to run and the chosen value; null when the choices have expired. */
  async resolve(data: string): Promise<{ id: string; value?: string; inPlace?: true } | null> {
    const form = formButtonOf([[{ callback_data: data }]]);
    if (form) return { id: form.id };
    const inPlace = IN_PLACE.exec(data);
    if (inPlace) return { id: inPlace[1]!, inPlace: true };
    const m = OPTION.exec(data);
    if (!m) return { id: data };
    const kept = await this.store.actions.get(choicesId(m[1]!), this.clock());
    const values = kept?.args.values;
    const value = Array.isArray(values) ? values[Number(m[2])] : undefined;
    return typeof value === 'string' ? { id: m[1]!, value } : null;
  }
}
