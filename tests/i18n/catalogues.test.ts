import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, Visitor, type Message, type Term, type VariableReference } from '@fluent/syntax';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/domain/language.js';
import { localesDir } from '../../src/i18n/catalogue.js';

/** Every message of one language: `id` or `id.attribute` → the variables it uses. */
function messagesOf(lang: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const folder = join(localesDir(), lang);
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.ftl'))) {
    const resource = parse(readFileSync(join(folder, file), 'utf8'), { withSpans: false });
    for (const entry of resource.body) {
      if (entry.type === 'Junk') throw new Error(`locales/${lang}/${file}: cannot parse ${JSON.stringify(entry.content.slice(0, 80))}`);
      if (entry.type !== 'Message' && entry.type !== 'Term') continue;
      const m = entry as Message | Term;
      const id = m.type === 'Term' ? `-${m.id.name}` : m.id.name;
      if (out.has(id)) throw new Error(`locales/${lang}/${file}: ${id} is defined twice`);
      if (m.value) out.set(id, variablesOf(m.value));
      for (const attr of m.attributes) out.set(`${id}.${attr.id.name}`, variablesOf(attr.value));
    }
  }
  return out;
}

function variablesOf(node: Parameters<Visitor['visit']>[0]): Set<string> {
  const names = new Set<string>();
  class Collect extends Visitor {
    override visitVariableReference(v: VariableReference): void {
      names.add(v.id.name);
    }
  }
  new Collect().visit(node);
  return names;
}

describe('the catalogues', () => {
  const english = messagesOf('en');

  it('GIVEN the English catalogue THEN it parses and has messages', () => {
    expect(english.size).toBeGreaterThan(20);
  });

  for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
    it(`GIVEN ${lang} THEN it has every English message, no other, with the same placeholders`, () => {
      const theirs = messagesOf(lang);
      const missing = [...english.keys()].filter((k) => !theirs.has(k));
      const extra = [...theirs.keys()].filter((k) => !english.has(k));
      expect({ lang, missing }).toEqual({ lang, missing: [] });
      expect({ lang, extra }).toEqual({ lang, extra: [] });
      const different = [...english].filter(([k, vars]) => theirs.has(k) && [...vars].sort().join() !== [...theirs.get(k)!].sort().join()).map(([k]) => k);
      expect({ lang, different }).toEqual({ lang, different: [] });
    });
  }
});
