import type { Phrase } from '../../src/domain/phrase.js';
import { translator } from '../../src/i18n/translator.js';

/** What a person reading English sees for a phrase (or for words that are already English). */
export const english = (words: Phrase | string): string => translator('en').say(words);
