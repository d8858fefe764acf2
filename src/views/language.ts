import type { Community } from '../domain/community.js';
import { isLang, type Lang, langFromTag, LANGUAGES } from '../domain/language.js';
import type { Platform } from '../domain/platform.js';
import type { Profile } from '../domain/profile.js';
import { LANGUAGE_NAMES } from '../i18n/languages.js';
import type { Translator } from '../i18n/translator.js';

/** What /language understands: a code, or a language's name in any language Spotter speaks. */
const NAMES: ReadonlyMap<string, Lang> = new Map<string, Lang>([
  ['english', 'en'], ['englisch', 'en'], ['inglés', 'en'], ['ingles', 'en'], ['английский', 'en'],
  ['deutsch', 'de'], ['german', 'de'], ['alemán', 'de'], ['aleman', 'de'], ['немецкий', 'de'],
  ['español', 'es'], ['espanol', 'es'], ['spanish', 'es'], ['spanisch', 'es'], ['castellano', 'es'], ['испанский', 'es'],
  ['русский', 'ru'], ['russian', 'ru'], ['russisch', 'ru'], ['ruso', 'ru'],
]);

/** Words that mean "follow my platform again". */
const AUTO: ReadonlySet<string> = new Set(['auto', 'automatic', 'automatisch', 'automático', 'automatico', 'авто', 'автоматически']);

/** A typed language: a language, `auto` (follow the platform), or null when it names none Spotter speaks. */
export function parseLanguage(text: string): Lang | 'auto' | null {
  const word = text.trim().toLowerCase();
  if (AUTO.has(word)) return 'auto';
  return NAMES.get(word) ?? (isLang(word) ? word : langFromTag(word.length <= 10 ? word : null));
}

/** Where the language in use comes from, in the order Spotter asks. */
export type LanguageSource = 'chosen' | 'platform' | 'community' | 'default';

export function languageSource(me: Pick<Profile, 'language' | 'platformLanguage'>, platformLocale: string | null | undefined, community: Community | null): { lang: Lang; source: LanguageSource } {
  if (me.language) return { lang: me.language, source: 'chosen' };
  const platform = langFromTag(platformLocale) ?? me.platformLanguage;
  if (platform) return { lang: platform, source: 'platform' };
  const shared = community?.settings.language ?? null;
  if (shared) return { lang: shared, source: 'community' };
  return { lang: 'en', source: 'default' };
}

export const languageName = (lang: Lang): string => LANGUAGE_NAMES.get(lang) ?? lang;

/** "You chose Deutsch.", "Deutsch, as your Discord app is set to." … */
export function whyLanguage(t: Translator, lang: Lang, source: LanguageSource, platform: Platform): string {
  return t.t(`lang-why-${source}`, { language: languageName(lang), platform });
}

/** The languages in their own names, in the order Spotter lists them. */
export const LANGUAGE_CHOICES: readonly { lang: Lang; name: string }[] = LANGUAGES.map((lang) => ({ lang, name: languageName(lang) }));
