import type { Translator } from '../i18n/translator.js';
import type { RawValues } from './arguments.js';
import type { CommandDefinition } from './command.js';
import { choiceLabel, type OptionSpec } from './options.js';

/** How a typed name is compared: case, surrounding and repeated spaces don't matter. */
const normal = (text: string): string => text.trim().toLowerCase().split(/\s+/).join(' ');

/**
 * A choice typed by its name in the reader's language ("Alle Niveaus", "aus") stands for its value,
 * as does its English name: menus and questions show the names, so people type them. Anything
 * else is left as typed, for the option's schema to refuse with the choices it takes.
 */
export function choiceByName(t: Translator, command: CommandDefinition, option: string, spec: OptionSpec, typed: unknown): unknown {
  if (spec.kind !== 'choice' || typeof typed !== 'string' || !spec.choices) return typed;
  // A Map, never a plain object: the typed words are looked up, so "constructor" finds nothing.
  const byName = new Map<string, string>();
  for (const c of spec.choices) {
    byName.set(normal(c.label), c.value);
    byName.set(normal(choiceLabel(t, command, option, c)), c.value);
    // The value itself last: where a name of one choice is another's value, the value wins.
    byName.set(normal(c.value), c.value);
  }
  return byName.get(normal(typed)) ?? typed;
}

/** Every choice option among `raw` given by a name, turned into its value. */
export function choicesByName(t: Translator, command: CommandDefinition, raw: RawValues): RawValues {
  const out: RawValues = { ...raw };
  for (const [option, spec] of Object.entries(command.options) as [string, OptionSpec][])
    if (Object.hasOwn(raw, option)) out[option] = choiceByName(t, command, option, spec, raw[option]);
  return out;
}
