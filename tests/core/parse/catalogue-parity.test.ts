import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type Resource, Visitor, type VariableReference } from '@fluent/syntax';
import { describe, expect, it } from 'vitest';
import { localesDir } from '../../../src/i18n/catalogue.js';

/**
 * The catalogues of typed input, progress and calendar files (parse.ftl, stats.ftl,
 * calendar.ftl): every language has every message of English, with the same placeholders, and
 * nothing Fluent could not read.
 */
class Variables extends Visitor {
  readonly names = new Set<string>();
  override visitVariableReference(node: VariableReference): void {
    this.names.add(node.id.name);
  }
}

function messages(lang: string, file: string): Map<string, string> {
  const resource: Resource = parse(readFileSync(join(localesDir(), lang, file), 'utf8'), {});
  const junk = resource.body.filter((e) => e.type === 'Junk');
  expect(junk.map((j) => ('content' in j ? String(j.content).slice(0, 80) : '')), `${lang}/${file} has unreadable entries`).toEqual([]);
  const out = new Map<string, string>();
  for (const entry of resource.body) {
    if (entry.type !== 'Message') continue;
    const v = new Variables();
    v.visit(entry);
    out.set(entry.id.name, [...v.names].sort().join(','));
  }
  return out;
}

describe('catalogue parity for typed input, progress and calendars', () => {
  for (const file of ['parse.ftl', 'stats.ftl', 'calendar.ftl']) {
    it(`GIVEN ${file} in English WHEN German, Spanish and Russian are read THEN the same keys with the same placeholders`, () => {
      const en = messages('en', file);
      for (const lang of ['de', 'es', 'ru']) expect(Object.fromEntries(messages(lang, file)), `${lang}/${file}`).toEqual(Object.fromEntries(en));
    });
  }
});
