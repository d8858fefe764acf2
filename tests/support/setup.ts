import { setMissingKeyHandler } from '../../src/i18n/translator.js';

// A message key that no catalogue has is a bug: every test fails on it instead of showing the key.
setMissingKeyHandler((key, lang) => {
  throw new Error(`no catalogue has the message "${key}" (asked in ${lang})`);
});
