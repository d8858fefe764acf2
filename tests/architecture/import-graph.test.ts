import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The architecture as the import graph shows it. The arrows run one way: adapters (bots/) → the
 * interaction layer → commands/ → the core → the store port, with presentation (views, i18n,
 * delivery) rendering the core's facts. Type-only imports count: a type drags its module's world in.
 */

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** `src/core/people.ts` → `core`; `src/result.ts` → `result`. */
const folderOf = (file: string): string => {
  const parts = relative('src', file).split('/');
  return parts.length > 1 ? parts[0]! : parts[0]!.replace(/\.ts$/, '');
};

interface Edge {
  readonly from: string;
  readonly to: string;
  readonly file: string;
  readonly target: string;
}

/** Every relative import and re-export in src/, resolved to the file it names. */
function edges(): Edge[] {
  const out: Edge[] = [];
  for (const file of sourceFiles('src')) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, false);
    for (const statement of source.statements) {
      const spec =
        (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)
          ? statement.moduleSpecifier.text
          : null;
      if (!spec?.startsWith('.')) continue;
      const target = normalize(join(dirname(file), spec)).replace(/\.js$/, '.ts');
      const to = target.startsWith('src/') ? folderOf(target) : target.split('/')[0]!;
      out.push({ from: folderOf(file), to, file, target });
    }
  }
  return out;
}

/** Folders that import each other, directly or through others (Tarjan's strongly connected components). */
function cycles(graph: Map<string, Set<string>>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const on = new Set<string>();
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return found;
}

describe('the import graph of src/', () => {
  const all = edges();
  const outward = (from: string, forbidden: readonly string[]) =>
    all.filter((e) => e.from === from && forbidden.includes(e.to)).map((e) => `${e.file} → ${e.target}`);

  it('GIVEN the core THEN it imports no presentation, no interaction layer, no delivery, no scheduler', () => {
    expect(outward('core', ['views', 'interaction', 'i18n', 'delivery', 'render', 'scheduler', 'ops', 'app', 'main', 'config'])).toEqual([]);
  });

  it('GIVEN the domain THEN it imports only the domain', () => {
    expect(all.filter((e) => e.from === 'domain' && e.to !== 'domain').map((e) => `${e.file} → ${e.target}`)).toEqual([]);
  });

  it('GIVEN the store THEN it imports neither the core nor anything above it', () => {
    expect(outward('store', ['core', 'views', 'interaction', 'i18n', 'delivery', 'render', 'scheduler', 'app', 'main'])).toEqual([]);
  });

  it('GIVEN presentation (views, i18n) THEN it never reaches back into delivery, the scheduler or the app', () => {
    expect([...outward('views', ['delivery', 'scheduler', 'app', 'main', 'store']), ...outward('i18n', ['core', 'views', 'interaction', 'delivery', 'scheduler', 'store'])]).toEqual([]);
  });

  it('GIVEN src/ THEN it knows no platform, command or job: only the composition root (app, main) wires bots/, commands/ and jobs/ in', () => {
    const root = ['app', 'main'];
    expect(all.filter((e) => ['bots', 'commands', 'jobs'].includes(e.to) && !root.includes(e.from)).map((e) => `${e.file} → ${e.target}`)).toEqual([]);
  });

  it('GIVEN the folders of src/ THEN no two of them import each other, directly or in a ring', () => {
    const graph = new Map<string, Set<string>>();
    for (const e of all) if (e.from !== e.to) graph.set(e.from, (graph.get(e.from) ?? new Set()).add(e.to));
    expect(cycles(graph)).toEqual([]);
  });
});
