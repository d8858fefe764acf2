import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';
import type { CommandDefinition } from '../../src/interaction/command.js';
import { COMMANDS_DIR } from '../support/harness.js';

/**
 * Buttons name their commands through imported definitions, so command files import each other,
 * some in a ring (a command whose button runs itself imports itself). That is safe only while a
 * definition is read inside functions: a declaration that reads another module of its ring while
 * the commands load (an `options: SHARED` from a module still loading) finds nothing there. Each
 * file of a ring is loaded first in turn here, and every command must come out whole.
 */

/** The command files each command file imports (`./x.js` → `x.ts`). */
function commandImports(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of readdirSync(COMMANDS_DIR).filter((f) => f.endsWith('.ts'))) {
    const source = ts.createSourceFile(file, readFileSync(join(COMMANDS_DIR, file), 'utf8'), ts.ScriptTarget.ES2022, false);
    const targets = source.statements
      .filter((s): s is ts.ImportDeclaration => ts.isImportDeclaration(s) && !s.importClause?.isTypeOnly && ts.isStringLiteral(s.moduleSpecifier))
      .map((s) => (s.moduleSpecifier as ts.StringLiteral).text)
      .filter((spec) => spec.startsWith('./'))
      .map((spec) => `${spec.slice(2, -'.js'.length)}.ts`);
    graph.set(file, targets);
  }
  return graph;
}

/** The files that can reach themselves through imports: the ones whose load order matters. */
function inRings(graph: Map<string, string[]>): string[] {
  const reaches = (from: string, to: string): boolean => {
    const seen = new Set<string>();
    const stack = [...(graph.get(from) ?? [])];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (next === to) return true;
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(graph.get(next) ?? []));
    }
    return false;
  };
  return [...graph.keys()].filter((f) => reaches(f, f)).sort();
}

/** What a declaration left unset because it read a module still loading: a field present but undefined. */
const unsetFields = (c: CommandDefinition): string[] => [
  ...Object.entries(c)
    .filter(([, v]) => v === undefined)
    .map(([k]) => k),
  ...Object.entries(c.options ?? {})
    .filter(([, v]) => v === undefined)
    .map(([k]) => `options.${k}`),
];

describe('command files that import each other', () => {
  const graph = commandImports();
  const rings = inRings(graph);

  it('GIVEN the command files THEN the rings among them are found (buttons that run their own command, the session-create pair)', () => {
    expect(rings).toEqual(expect.arrayContaining(['sessions.ts', 'session-create.ts', 'session-create-far.ts', '_session-create-run.ts']));
  });

  it.each(rings)(
    'GIVEN %s loaded before any other command WHEN the commands load THEN every command is whole',
    async (first) => {
      vi.resetModules();
      await import(pathToFileURL(join(COMMANDS_DIR, first)).href);
      const { loadCommands } = await import('../../src/interaction/registry.js');
      const registry = await loadCommands(COMMANDS_DIR);
      const broken = registry.list.map((c) => ({ command: c.name, unset: unsetFields(c) })).filter((c) => c.unset.length > 0);
      expect(broken).toEqual([]);
      expect(registry.get('session-create')?.flow).toBeDefined();
    },
    // A hang guard: each case loads every command afresh.
    120_000,
  );
});
