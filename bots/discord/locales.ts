import { Locale, type LocalizationMap } from 'discord.js';
import { LANGUAGES } from '../../src/i18n/languages.js';
import { menuWords, type MenuWords } from '../../src/interaction/registry.js';
import { clip } from './limits.js';

/**
 * Discord's locale codes for each language Spotter speaks besides English (the commands' default
 * words). Discord has two Spanish locales, Spain and Latin America; Spotter's one Spanish serves both.
 */
const DISCORD_CODES: Readonly<Record<string, readonly Locale[]>> = {
  de: [Locale.German],
  es: [Locale.SpanishES, Locale.SpanishLATAM],
  ru: [Locale.Russian],
};

type Translation = { readonly words: MenuWords; readonly codes: readonly Locale[] };

// Read on first use, not on import: loading the adapter never touches the catalogue files.
let translations: Translation[] | null = null;
const loadTranslations = (): Translation[] =>
  (translations ??= LANGUAGES.filter((l) => l !== 'en').map((lang) => ({ words: menuWords(lang), codes: DISCORD_CODES[lang] ?? [] })));

/**
 * A field's localizations (`description_localizations`, a choice's `name_localizations`): each
 * language's words under its Discord codes, cut to `max`. Words equal to the default are left out
 * (Discord ignores them anyway), so an untranslated field adds nothing to the payload.
 */
export function localized(english: string, pick: (words: MenuWords) => string, max: number): LocalizationMap {
  const map: LocalizationMap = {};
  for (const { words, codes } of loadTranslations()) {
    const text = clip(pick(words), max);
    if (text !== english) for (const code of codes) map[code] = text;
  }
  return map;
}
