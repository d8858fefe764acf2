import type { CommandDefinition } from './command.js';
import type { OptionSpec } from './options.js';

/**
 * Turning what people typed into option values. A line is either `name: value` pairs
 * ("activity: running when: tomorrow 7am") or, without any, the whole text for the command's
 * positional option ("/set-location Berlin").
 */

export type RawValues = Record<string, unknown>;

export type ArgumentsResult = { ok: true; values: RawValues } | { ok: false; message: string };

const keyVariants = (name: string) => [name, name.replace(/-/g, '_'), name.replace(/-/g, '')];

export function parseLine(command: CommandDefinition, text: string): ArgumentsResult {
  const line = text.trim();
  if (!line) return { ok: true, values: {} };
  const names = Object.keys(command.options);
  const alternatives = names.flatMap((n) => keyVariants(n).map((v) => [v, n] as const));
  const pattern = new RegExp(`(?:^|\\s)(${alternatives.map(([v]) => v.replace(/[-_]/g, '[-_]?')).join('|')}):`, 'gi');
  const hits = [...line.matchAll(pattern)];
  if (hits.length === 0 || hits[0]!.index !== 0) {
    if (hits.length > 0) {
      const positional = command.positional;
      if (!positional) return { ok: false, message: `I couldn't read "${line.slice(0, hits[0]!.index).trim().slice(0, 40)}". Write options as name: value.` };
      const values = parsePairs(line.slice(hits[0]!.index), hits.map((h) => ({ ...h, index: h.index! - hits[0]!.index! })), alternatives);
      return { ok: true, values: { [positional]: line.slice(0, hits[0]!.index).trim(), ...values } };
    }
    if (!command.positional) {
      const example = names.length ? `${names[0]}: …` : '';
      return names.length
        ? { ok: false, message: `Write the options as name: value, for example /${command.name} ${example}` }
        : { ok: false, message: `/${command.name} takes no options.` };
    }
    return { ok: true, values: { [command.positional]: line } };
  }
  return { ok: true, values: parsePairs(line, hits, alternatives) };
}

function parsePairs(line: string, hits: { index?: number; 0: string; 1?: string }[], alternatives: (readonly [string, string])[]): RawValues {
  const values: RawValues = {};
  hits.forEach((hit, i) => {
    const typed = hit[1]!.toLowerCase().replace(/[-_]/g, '');
    const name = alternatives.find(([v]) => v.toLowerCase().replace(/[-_]/g, '') === typed)?.[1];
    const start = hit.index! + hit[0].length;
    const end = i + 1 < hits.length ? hits[i + 1]!.index! : line.length;
    if (name) values[name] = line.slice(start, end).trim();
  });
  return values;
}

export type ValidationResult = { ok: true; values: RawValues; missing: string[] } | { ok: false; option: string; message: string };

/** Checks every given value against its option's schema; lists required options not given. */
export function validateValues(command: CommandDefinition, raw: RawValues): ValidationResult {
  const values: RawValues = {};
  const missing: string[] = [];
  for (const [name, spec] of Object.entries(command.options) as [string, OptionSpec][]) {
    const given = raw[name];
    if (given === undefined || given === null || (typeof given === 'string' && given.trim() === '')) {
      if (spec.required) missing.push(name);
      continue;
    }
    const parsed = spec.schema.safeParse(given);
    if (!parsed.success) return { ok: false, option: name, message: parsed.error.issues[0]?.message ?? `${name} is not valid` };
    values[name] = parsed.data;
  }
  const unknown = Object.keys(raw).filter((k) => !(k in command.options));
  if (unknown.length) return { ok: false, option: unknown[0]!, message: `/${command.name} has no option "${unknown[0]!.slice(0, 30)}".` };
  return { ok: true, values, missing };
}
