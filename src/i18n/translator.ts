import type { FluentBundle } from '@fluent/bundle';
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

/**
 * Messages as formatted, by bundle, then by key and values. Formatting is pure once the values are
 * strings and numbers (as `value` makes them), and replies say the same things over and over: a
 * `/match` page formats some 25 messages, each a walk of Fluent's pattern with plural rules and
 * number formats (a tenth of the command's time). People's names in labels make the keys many:
 * the cap bounds the memory, and a full cache starts over (the common keys are back at once).
 */
const FORMATTED_CAP = 2000;

/**
 * One step of the path key, name, value, name, value…: the values themselves are the Map's keys,
 * so 3 and '3' stay apart (Fluent selects plurals on numbers only) and no key string is built.
 */
interface Formatted {
  text?: string;
  next?: Map<string | number, Formatted>;
}

const formattedBy = new WeakMap<FluentBundle, { root: Formatted; size: number }>();

function step(from: Formatted, key: string | number): Formatted {
  const next = (from.next ??= new Map());
  let to = next.get(key);
  if (!to) next.set(key, (to = {}));
  return to;
}

function format(bundle: FluentBundle, key: string, pattern: Parameters<FluentBundle['formatPattern']>[0], values: Readonly<Record<string, string | number>>): string {
  let cache = formattedBy.get(bundle);
  if (!cache || cache.size >= FORMATTED_CAP) formattedBy.set(bundle, (cache = { root: {}, size: 0 }));
  let at = step(cache.root, key);
  for (const name in values) at = step(step(at, name), values[name]!);
  if (at.text !== undefined) return at.text;
  cache.size++;
  return (at.text = bundle.formatPattern(pattern, values));
}

export function translator(lang: Locale, from: Catalogues = catalogues()): Translator {
  // The language's own catalogue, then English's for what it lacks.
  const bundles = [from.bundle(lang), from.bundle(lang === PSEUDO ? PSEUDO : 'en')];

  const value = (arg: PhraseArg): string | number => {
    if (typeof arg === 'string' || typeof arg === 'number') return arg;
    if (arg instanceof Date) return timeTag(arg, 'F');
    if ('at' in arg) return timeTag(arg.at, arg.style);
    if ('list' in arg) return self.list(arg.list.map((item) => self.say(item)), arg.or);
    return self.say(arg);
  };

  const self: Translator = {
    lang,
    t(key, args) {
      const dot = key.indexOf('.');
      const id = dot < 0 ? key : key.slice(0, dot);
      const attr = dot < 0 ? undefined : key.slice(dot + 1);
      for (const bundle of bundles) {
        const message = bundle.getMessage(id);
        const pattern = attr ? message?.attributes[attr] : message?.value;
        if (!pattern) continue;
        const values: Record<string, string | number> = {};
        for (const name in args) values[name] = value(args[name]!);
        return format(bundle, key, pattern, values);
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
