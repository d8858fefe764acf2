import { type Phrase, phrase } from '../domain/phrase.js';
import type { Lang } from '../domain/language.js';
import { type CommandDefinition, positionalOrder } from './command.js';
import { optionIssue, type OptionSpec } from './options.js';
import { placeSentence } from './sentence.js';

/**
 * Turning what people typed into option values. A line is `name: value` pairs ("activity: running
 * when: tomorrow 7am"), a sentence for the command's positional options ("/set-location Berlin",
 * "/msg Ben see you at 7"), or a sentence followed by pairs ("/join 2 message: hi").
 *
 * Option names are words people type, so they are looked up in Maps and with `Object.hasOwn`,
 * never as keys of a plain object: "constructor" or "__proto__" is no option of any command.
 */

export type RawValues = Record<string, unknown>;

export type ArgumentsResult = { ok: true; values: RawValues } | { ok: false; message: Phrase };

/**
 * "name:" after the start or a space. One fixed pattern for every command (checked for ReDoS with
 * the others); which names are options is then a Map lookup.
 */
const NAME_COLON = /(?:^|\s)([a-z][a-z0-9_-]{0,40}):/gi;

/** "max-people", "max_people" and "maxpeople" all name the option `max-people`. */
const nameKey = (typed: string) => typed.toLowerCase().replace(/[-_]/g, '');

/** The option a command declares under this name, if it declares one (own keys only). */
export function optionOf(command: CommandDefinition, name: string): OptionSpec | undefined {
  return Object.hasOwn(command.options, name) ? (command.options[name] as OptionSpec) : undefined;
}

/** The option names of a command by their typed form. */
const namesByKey = new WeakMap<CommandDefinition, ReadonlyMap<string, string>>();
function optionNames(command: CommandDefinition): ReadonlyMap<string, string> {
  let names = namesByKey.get(command);
  if (!names) {
    names = new Map(Object.keys(command.options).map((n) => [nameKey(n), n] as const));
    namesByKey.set(command, names);
  }
  return names;
}

interface Hit {
  readonly index: number;
  readonly length: number;
  readonly option: string;
}

export function parseLine(command: CommandDefinition, text: string, lang: Lang = 'en'): ArgumentsResult {
  const line = text.trim();
  if (!line) return { ok: true, values: {} };
  const names = optionNames(command);
  const hits: Hit[] = [];
  for (const m of line.matchAll(NAME_COLON)) {
    const option = names.get(nameKey(m[1]!));
    if (option) hits.push({ index: m.index, length: m[0].length, option });
  }
  const pairs = parsePairs(line, hits);
  const sentence = line.slice(0, hits[0]?.index ?? line.length).trim();
  if (!sentence) return { ok: true, values: pairs };
  const order = positionalOrder(command).filter((o) => !Object.hasOwn(pairs, o));
  if (order.length === 0) {
    if (hits.length > 0 || positionalOrder(command).length > 0) return { ok: false, message: phrase('flow-unreadable', { text: sentence.slice(0, 40) }) };
    const declared = Object.keys(command.options);
    return declared.length
      ? { ok: false, message: phrase('flow-write-pairs', { command: command.name, option: declared[0]! }) }
      : { ok: false, message: phrase('flow-no-options', { command: command.name }) };
  }
  // One positional option takes the whole sentence, whatever it says.
  if (order.length === 1) return { ok: true, values: { [order[0]!]: sentence, ...pairs } };
  const placed = placeSentence(sentence, order.map((o) => [o, optionOf(command, o)!] as const), lang);
  if (placed.leftover) return { ok: false, message: phrase('flow-unreadable', { text: placed.leftover.slice(0, 40) }) };
  return { ok: true, values: { ...placed.values, ...pairs } };
}

function parsePairs(line: string, hits: readonly Hit[]): RawValues {
  const values: RawValues = {};
  hits.forEach((hit, i) => {
    const end = hits[i + 1]?.index ?? line.length;
    values[hit.option] = line.slice(hit.index + hit.length, end).trim();
  });
  return values;
}

export type ValidationResult = { ok: true; values: RawValues; missing: string[] } | { ok: false; option: string; message: Phrase };

/** Checks every given value against its option's schema; lists required options not given. */
export function validateValues(command: CommandDefinition, raw: RawValues): ValidationResult {
  // Unknown names first: nothing a command doesn't declare is looked at, let alone stored.
  const unknown = Object.keys(raw).find((k) => !optionOf(command, k));
  if (unknown !== undefined) return { ok: false, option: unknown, message: phrase('flow-unknown-option', { command: command.name, option: unknown.slice(0, 30) }) };
  const values: RawValues = {};
  const missing: string[] = [];
  for (const [name, spec] of Object.entries(command.options) as [string, OptionSpec][]) {
    const given = Object.hasOwn(raw, name) ? raw[name] : undefined;
    if (given === undefined || given === null || (typeof given === 'string' && given.trim() === '')) {
      if (spec.required) missing.push(name);
      continue;
    }
    const parsed = spec.schema.safeParse(given);
    if (!parsed.success) return { ok: false, option: name, message: optionIssue(command, name, spec, parsed.error.issues[0]?.message, name) };
    values[name] = parsed.data;
  }
  return { ok: true, values, missing };
}
