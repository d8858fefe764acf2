/**
 * The languages Spotter speaks. A language is added here, with its catalogue folder
 * (locales/<code>/) complete: the key-parity test fails until every message exists in it.
 */
export const LANGUAGES = ['en', 'de', 'es', 'ru'] as const;
export type Lang = (typeof LANGUAGES)[number];

export const isLang = (code: unknown): code is Lang => typeof code === 'string' && (LANGUAGES as readonly string[]).includes(code);

/**
 * A platform's locale tag ("de", "es-ES", "es-419", "en-US") → a language Spotter speaks, or null.
 * Only the primary subtag counts: Spotter has one Spanish, one English.
 */
/** The language a person's words are read in: their choice, else what their platform said, else English. */
export const inputLang = (p: { readonly language: Lang | null; readonly platformLanguage: Lang | null }): Lang => p.language ?? p.platformLanguage ?? 'en';

export function langFromTag(tag: string | null | undefined): Lang | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isLang(primary) ? primary : null;
}
