import type { Clock } from '../../src/core/deps.js';
import type { Select } from '../../src/interaction/reply.js';
import type { KvStore } from '../../src/store/port-kv.js';

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

/** Where a select's option values are kept in the adapter's own key-value store. */
const choicesKey = (action: string) => `choices:${action}`;

/**
 * Telegram has no select menus: each option becomes a button. Its callback data can't carry the
 * option's value (64 bytes), so the values are kept in the adapter's key-value store under the select's action and
 * looked up on a press — a restart in between loses nothing.
 */
export class SelectChoices {
  constructor(
    private readonly kv: KvStore,
    private readonly clock: Clock,
  ) {}

  async remember(select: Select): Promise<void> {
    const now = this.clock();
    await this.kv.set(choicesKey(select.action), { values: select.options.map((o) => o.value) }, new Date(now.getTime() + TTL_MS));
  }

  /** Callback data → the action to run and the chosen value; null when the choices have expired. */
  async resolve(data: string): Promise<{ id: string; value?: string; inPlace?: true } | null> {
    const form = formButtonOf([[{ callback_data: data }]]);
    if (form) return { id: form.id };
    const inPlace = IN_PLACE.exec(data);
    if (inPlace) return { id: inPlace[1]!, inPlace: true };
    const m = OPTION.exec(data);
    if (!m) return { id: data };
    const kept = await this.kv.get(choicesKey(m[1]!), this.clock());
    const values = kept?.values;
    const value = Array.isArray(values) ? values[Number(m[2])] : undefined;
    return typeof value === 'string' ? { id: m[1]!, value } : null;
  }
}
