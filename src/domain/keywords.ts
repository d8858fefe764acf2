/**
 * The few words options take besides values, as people type them in the languages Spotter
 * speaks: each catalogue shows its own language's word, and every language's is accepted, so a
 * German member typing the English word from an old help text is understood too.
 */

/** Turns a setting off or clears it: quiet hours, reminders, a community's channel or role. */
export const CLEAR_WORDS: ReadonlySet<string> = new Set([
  'off', 'none', 'clear', 'no', '-',
  'aus', 'keine', 'keiner', 'nein', 'löschen',
  'ninguno', 'ninguna', 'apagado', 'desactivado', 'borrar',
  'выкл', 'нет', 'очистить',
]);

/** Goes back to what Spotter does unless told otherwise (the reminder lead times). */
export const DEFAULT_WORDS: ReadonlySet<string> = new Set(['default', 'standard', 'predeterminado', 'por defecto', 'по умолчанию', 'стандарт']);

/** Whether `text` is one of `words`, however it is capitalised or spaced. */
export const isKeyword = (words: ReadonlySet<string>, text: string): boolean => words.has(text.trim().toLowerCase().replace(/\s+/g, ' '));
