/**
 * How a limited person is told what was limited and when to try again. The refusals are phrases
 * made in the core (src/core/limits.ts) and said in the reader's language; this module keeps
 * the old import path for the views and adapters that still use it.
 */
export { limitedError, perWindow, retryIn, span, wrongLinkCodeError } from '../core/limits.js';
