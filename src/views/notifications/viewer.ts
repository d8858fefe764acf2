import type { Locale } from '../../i18n/languages.js';
import type { Translator } from '../../i18n/translator.js';

/** The one person a notification is said to: their language and their zone. */
export interface Viewer {
  readonly t: Translator;
  readonly lang: Locale;
  readonly zone: string;
}
