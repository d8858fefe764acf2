import { LANGUAGES } from '../i18n/languages.js';
import { type Translator, translator } from '../i18n/translator.js';
import type { RawValues } from './arguments.js';
import type { CommandDefinition } from './command.js';
import { choiceLabel, type OptionSpec } from './options.js';

/** How a typed name is compared: case, surrounding and repeated spaces don't matter. */
const normal = (text: string): string => text.trim().toLowerCase().split(/\s+/).join(' ');

/** One translator per language, made once: every typed choice is read against all four. */
const everyLanguage: readonly Translator[] = LANGUAGES.map((lang) => translator(lang));

/**
 * A choice typed by its name in any language Spotter speaks ("Alle Niveaus", "Principiante",
 * "aus") stands for its value: menus and questions show the names, so people type them, and a
 * person who reads German may still type the English they saw elsewhere. Where one name means
 * different choices in two languages, the reader's own language wins, and a value beats any name.
 * Anything else is left as typed, for the option's schema to refuse with the choices it takes.
 */
export function choiceByName(t: Translator, command: CommandDefinition, option: string, spec: OptionSpec, typed: unknown): unknown {
  if (spec.kind !== 'choice' || typeof typed !== 'string' || !spec.choices) return typed;
  // A Map, never a plain object: the typed words are looked up, so "constructor" finds nothing.
  const byName = new Map<string, string>();
  // Later entries win: other languages first, then the reader's, then the values themselves.
  for (const other of everyLanguage) if (other.lang !== t.lang) for (const c of spec.choices) byName.set(normal(choiceLabel(other, command, option, c)), c.value);
  for (const c of spec.choices) byName.set(normal(c.label), c.value);
  for (const c of spec.choices) byName.set(normal(choiceLabel(t, command, option, c)), c.value);
  for (const c of spec.choices) byName.set(normal(c.value), c.value);
  return byName.get(normal(typed)) ?? typed;
}

/** Every choice option among `raw` given by a name, turned into its value. */
export function choicesByName(t: Translator, command: CommandDefinition, raw: RawValues): RawValues {
  const out: RawValues = { ...raw };
  for (const [option, spec] of Object.entries(command.options) as [string, OptionSpec][])
    if (Object.hasOwn(raw, option)) out[option] = choiceByName(t, command, option, spec, raw[option]);
  return out;
}
