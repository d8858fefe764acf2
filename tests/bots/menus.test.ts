import { describe, expect, it } from 'vitest';
import { Catalogues, readCatalogueSources } from '../../src/i18n/catalogue.js';
import { LANGUAGES } from '../../src/i18n/languages.js';
import { translator } from '../../src/i18n/translator.js';
import type { CommandDefinition } from '../../src/interaction/command.js';
import type { OptionSpec } from '../../src/interaction/options.js';
import { menuKey, menuWords } from '../../src/interaction/registry.js';
import { testRegistry } from '../support/harness.js';

/** Every menu word a command has: its description, its options', its choices' names, with their keys. */
function menuEntries(c: CommandDefinition): { key: string; english: string; shared?: boolean }[] {
  const out: { key: string; english: string; shared?: boolean }[] = [{ key: menuKey(c.name), english: c.description }];
  for (const [name, spec] of Object.entries(c.options) as [string, OptionSpec][]) {
    out.push({ key: menuKey(c.name, name), english: spec.description });
    // Words several commands share (the level ranges) name their own key, the same in every command.
    for (const choice of spec.choices ?? []) out.push({ key: choice.key ?? menuKey(c.name, name, choice.value), english: choice.label || choice.value, shared: choice.key !== undefined });
  }
  return out;
}

/** Every command's entries, and once per Discord group (`/rounds …`) the group's own description. */
function allEntries(list: readonly CommandDefinition[]): { key: string; english: string; shared?: boolean }[] {
  const groups = new Map(list.flatMap((c) => (c.group ? [[c.group.name, c.group.description] as const] : [])));
  return [...list.flatMap(menuEntries), ...[...groups].map(([name, description]) => ({ key: menuKey(name), english: description }))];
}

const catalogue = new Catalogues(readCatalogueSources());

describe('command menus in every language (locales/*/commands.ftl)', () => {
  it('GIVEN the command definitions WHEN read against the English catalogue THEN every menu word is there, word for word, each under its own key', async () => {
    const entries = allEntries((await testRegistry()).list);
    const en = translator('en', catalogue);
    for (const { key, english } of entries) expect({ key, text: catalogue.bundle('en').hasMessage(key) ? en.t(key) : null }).toEqual({ key, text: english });
    const own = entries.filter((e) => !e.shared);
    expect(new Set(own.map((e) => e.key)).size).toBe(own.length);
    // No stale key: a removed command or option leaves nothing behind in English.
    const known = new Set(entries.map((e) => e.key));
    expect(catalogue.ids('en').filter((id) => id.startsWith('cmd-') && !known.has(id))).toEqual([]);
  });

  it('GIVEN German, Spanish and Russian WHEN their menus are read THEN every command, option and choice is translated, 1–100 characters (Discord takes no more)', async () => {
    const entries = allEntries((await testRegistry()).list);
    for (const lang of LANGUAGES) {
      const t = translator(lang, catalogue);
      for (const { key } of entries) {
        expect(catalogue.bundle(lang).hasMessage(key), `${lang}: ${key}`).toBe(true);
        const text = t.t(key);
        expect(text.length, `${lang}: ${key}`).toBeGreaterThan(0);
        expect(text.length, `${lang}: ${key} "${text}"`).toBeLessThanOrEqual(100);
      }
    }
  });

  it('GIVEN a language without a command\'s words WHEN its menu is built THEN the definition\'s English shows, never a raw key', async () => {
    const registry = await testRegistry();
    const setup = registry.get('setup')!;
    const sparse = new Catalogues(new Map([['en', []], ['de', ['cmd-setup = Profil einrichten']]]));
    expect(menuWords('de', sparse).description(setup)).toBe('Profil einrichten');
    expect(menuWords('es', sparse).description(setup)).toBe(setup.description);
    expect(menuWords('de', sparse).option(setup, 'level', setup.options.level)).toBe(setup.options.level.description);
    expect(menuWords('ru').description(setup)).toBe('Настроить профиль шаг за шагом');
  });
});
