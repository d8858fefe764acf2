import { langFromTag, type Lang } from '../domain/language.js';

export { isLang, type Lang, LANGUAGES } from '../domain/language.js';

/** Accented English built from the English catalogue: tests use it to find text that skipped the catalogue. */
export const PSEUDO = 'en-XA';
export type Locale = Lang | typeof PSEUDO;

/** Each language's own name, for the /language list. */
export const LANGUAGE_NAMES: ReadonlyMap<Lang, string> = new Map([
  ['en', 'English'],
  ['de', 'Deutsch'],
  ['es', 'Español'],
  ['ru', 'Русский'],
]);

/** A platform's locale tag → a locale Spotter speaks (the pseudo-locale included), or null. */
/** The language typed words are read in: the pseudo-locale reads English. */
export const readingLang = (locale: Locale): Lang => (locale === PSEUDO ? 'en' : locale);

export const langOf = (tag: string | null | undefined): Locale | null => (tag === PSEUDO ? PSEUDO : langFromTag(tag));

/** The first of the candidates that names a language Spotter speaks; English otherwise. */
export function pickLocale(...candidates: readonly (string | null | undefined)[]): Locale {
  for (const c of candidates) {
    const lang = langOf(c);
    if (lang) return lang;
  }
  return 'en';
}
