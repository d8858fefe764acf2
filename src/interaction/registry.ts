import { readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Catalogues, catalogues } from '../i18n/catalogue.js';
import type { Locale } from '../i18n/languages.js';
import { translator } from '../i18n/translator.js';
import { type CommandDefinition, type CommandGroup, positionalOrder } from './command.js';
import type { ChoiceSpec, OptionSpec } from './options.js';

/** Every command, validated once at start-up; adapters build their platform commands from it. */
export interface CommandRegistry {
  readonly list: readonly CommandDefinition[];
  readonly byName: ReadonlyMap<string, CommandDefinition>;
  get(name: string): CommandDefinition | undefined;
}

const NAME = /^[a-z][a-z0-9-]{0,31}$/;

/** Checks the declarations against what every platform can carry; throws naming the offender. */
export function buildRegistry(commands: readonly CommandDefinition[]): CommandRegistry {
  const byName = new Map<string, CommandDefinition>();
  const problems: string[] = [];
  for (const c of commands) {
    if (!NAME.test(c.name)) problems.push(`"${c.name}": names are lowercase letters, digits and "-", at most 32`);
    if (byName.has(c.name) || byName.has(c.name.replace(/-/g, '_'))) problems.push(`"${c.name}" is declared twice`);
    if (!c.description || c.description.length > 100) problems.push(`"${c.name}": description must be 1–100 characters`);
    const options = Object.entries(c.options) as [string, OptionSpec][];
    if (options.length > 25) problems.push(`"${c.name}": at most 25 options`);
    for (const [name, spec] of options) {
      if (!NAME.test(name)) problems.push(`"${c.name}" option "${name}": invalid name`);
      if (!spec.description || spec.description.length > 100) problems.push(`"${c.name}" option "${name}": description must be 1–100 characters`);
    }
    const required = options.filter(([, s]) => s.required).map(([n]) => n);
    const firstOptional = options.findIndex(([, s]) => !s.required);
    if (firstOptional >= 0 && options.slice(firstOptional).some(([, s]) => s.required))
      problems.push(`"${c.name}": required options must come before optional ones (${required.join(', ')})`);
    for (const p of positionalOrder(c)) if (!Object.hasOwn(c.options, p)) problems.push(`"${c.name}": positional "${p}" is not an option`);
    for (const g of c.guided ?? []) if (!Object.hasOwn(c.options, g)) problems.push(`"${c.name}": guided option "${g}" is not an option`);
    byName.set(c.name, c);
  }
  if (problems.length) throw new Error(`Invalid command declarations:\n  ${problems.join('\n  ')}`);
  const list = [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
  return {
    list,
    byName,
    // Telegram can't have "-" in command names: accept "_" as well.
    get: (name) => byName.get(name.toLowerCase().replace(/_/g, '-')),
  };
}

/** Loads every command file in `commands/` (one default export each). */
export async function loadCommands(dir: string): Promise<CommandRegistry> {
  const files = (await readdir(dir)).filter((f) => ['.ts', '.js'].includes(extname(f)) && !f.endsWith('.d.ts') && !f.startsWith('_')).sort();
  const commands: CommandDefinition[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default?: CommandDefinition };
    if (!mod.default?.name || typeof mod.default.execute !== 'function') throw new Error(`commands/${file} must default-export a command (defineCommand)`);
    commands.push(mod.default);
  }
  return buildRegistry(commands);
}

/**
 * Catalogue keys of the words platforms show in their command menus (locales/<lang>/commands.ftl):
 * `cmd-<command>` its description, `cmd-<command>-<option>` an option's, `cmd-<command>-<option>-<value>`
 * a choice's name, `cmd-<group>` a Discord group's. The English catalogue repeats each definition's
 * own words (a test keeps them equal), so the definitions in commands/ stay the source.
 */
export const menuKey = (...parts: readonly string[]): string => ['cmd', ...parts].join('-');

/** A command's menu words in one language. */
export interface MenuWords {
  readonly lang: Locale;
  description(c: CommandDefinition): string;
  option(c: CommandDefinition, name: string, spec: OptionSpec): string;
  choice(c: CommandDefinition, option: string, choice: ChoiceSpec): string;
  group(g: CommandGroup): string;
}

/**
 * Menu words in `lang`. A key the language lacks (a command added since its translation) falls
 * back to the definition's English words, never to the raw key: a menu must always read.
 */
export function menuWords(lang: Locale, from: Catalogues = catalogues()): MenuWords {
  const bundle = from.bundle(lang);
  const t = translator(lang, from);
  const say = (key: string, english: string): string => (bundle.hasMessage(key) ? t.t(key) : english);
  return {
    lang,
    description: (c) => say(menuKey(c.name), c.description),
    option: (c, name, spec) => say(menuKey(c.name, name), spec.description),
    // Words several commands share (the level ranges) have their own key; the others the menu key.
    choice: (c, option, choice) => say(choice.key ?? menuKey(c.name, option, choice.value), choice.label || choice.value),
    group: (g) => say(menuKey(g.name), g.description),
  };
}
