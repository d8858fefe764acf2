/**
 * Words without a language: a catalogue key and the values it needs. The core and the views name
 * what to say with a phrase; the presentation layer says it in the reader's language and zone
 * (src/i18n). A phrase is plain data, so it can wait in the outbox and be said later to someone
 * whose language is known only then.
 */
export interface Phrase {
  readonly key: string;
  readonly args?: Readonly<Record<string, PhraseArg>>;
}

/**
 * A value inside a phrase:
 * - a string is shown as it is (a name, a title: the person's own words, never translated);
 * - a number selects plural forms and is formatted for the language;
 * - a Date is an instant, shown in the reader's zone and language;
 * - a phrase is said in the reader's language first (an activity's name, a level);
 * - a list of phrases or strings is joined the language's way ("A, B and C"; with `or`, "A, B or C").
 */
export type PhraseArg =
  | string
  | number
  | Date
  | Phrase
  | { readonly list: readonly (string | Phrase)[]; readonly or?: boolean }
  | { readonly at: Date; readonly style: TimeStyle };

/** F: full date and time; f: short date and time; R: relative ("in 2 hours"). */
export type TimeStyle = 'F' | 'f' | 'R';

export const phrase = (key: string, args?: Readonly<Record<string, PhraseArg>>): Phrase => (args ? { key, args } : { key });

export const isPhrase = (v: unknown): v is Phrase =>
  typeof v === 'object' && v !== null && typeof (v as Phrase).key === 'string' && !(v instanceof Date);

/** An instant in a chosen style; a bare Date is style F. */
export const at = (when: Date, style: TimeStyle): PhraseArg => ({ at: when, style });

/** A list said the language's way. */
export const list = (items: readonly (string | Phrase)[]): PhraseArg => ({ list: items });

/** Alternatives said the language's way: "A, B or C". */
export const either = (items: readonly (string | Phrase)[]): PhraseArg => ({ list: items, or: true });
