import type { FluentVariable } from '@fluent/bundle';
import { isPhrase, type Phrase, type PhraseArg } from '../domain/phrase.js';
import { type Catalogues, catalogues } from './catalogue.js';
import { type Locale, PSEUDO } from './languages.js';

/**
 * Says phrases in one reader's language. Instants become `<t:UNIX:STYLE>` tags that every adapter
 * shows in the reader's own zone and language (Discord natively, the others with `Reply.zone` and
 * `Reply.lang`), so a notification written now is still right when it is delivered.
 */
export interface Translator {
  readonly lang: Locale;
  /** The message `key` with its values, in this language (English when the language lacks it). */
  t(key: string, args?: Readonly<Record<string, PhraseArg>>): string;
  /** A phrase, or a string that is already words (a person's own text), as is. */
  say(words: Phrase | string): string;
  /** "A, B and C" the language's way; with `or`, "A, B or C". */
  list(items: readonly string[], or?: boolean): string;
}

/** Called when a key exists in no catalogue: tests fail on it, production logs it. */
export type MissingKey = (key: string, lang: Locale) => void;

let onMissing: MissingKey = () => {};

/** Tests set this to throw, so a key missing from the English catalogue can't pass unseen. */
export function setMissingKeyHandler(handler: MissingKey): void {
  onMissing = handler;
}

const listFormats = new Map<string, Intl.ListFormat>();

/** The language's list format, made once: "and" lists and "or" lists. */
function listFormatOf(lang: Locale, type: 'conjunction' | 'disjunction'): Intl.ListFormat {
  const key = `${lang}:${type}`;
  const made = listFormats.get(key);
  if (made) return made;
  const format = new Intl.ListFormat(lang === 'en' || lang === PSEUDO ? 'en-GB' : lang, { type });
  listFormats.set(key, format);
  return format;
}

export function translator(lang: Locale, from: Catalogues = catalogues()): Translator {
  const own = from.bundle(lang);
  const english = from.bundle(lang === PSEUDO ? PSEUDO : 'en');

  const value = (arg: PhraseArg): FluentVariable => {
    if (typeof arg === 'string' || typeof arg === 'number') return arg;
    if (arg instanceof Date) return timeTag(arg, 'F');
    if ('at' in arg) return timeTag(arg.at, arg.style);
    if ('list' in arg) return self.list(arg.list.map((item) => self.say(item)), arg.or);
    return self.say(arg);
  };

  const self: Translator = {
    lang,
    t(key, args) {
      const [id, attr] = key.split('.', 2) as [string, string | undefined];
      for (const bundle of [own, english]) {
        const message = bundle.getMessage(id);
        const pattern = attr ? message?.attributes[attr] : message?.value;
        if (!pattern) continue;
        const values: Record<string, FluentVariable> = {};
        for (const [name, arg] of Object.entries(args ?? {})) values[name] = value(arg);
        return bundle.formatPattern(pattern, values);
      }
      onMissing(key, lang);
      return key;
    },
    say: (words) => (typeof words === 'string' ? words : isPhrase(words) ? self.t(words.key, words.args) : String(words)),
    list: (items, or = false) => listFormatOf(lang, or ? 'disjunction' : 'conjunction').format(items),
  };
  return self;
}

/** `<t:UNIX:STYLE>`: F = full date and time, R = relative ("in 2 hours"), f = short. */
export const timeTag = (when: Date, style: 'F' | 'R' | 'f' = 'F'): string => `<t:${Math.floor(when.getTime() / 1000)}:${style}>`;
