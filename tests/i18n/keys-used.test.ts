import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/i18n/catalogue.js';

const ROOTS = ['src', 'bots', 'commands', 'jobs'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/**
 * Every message key written as a literal in a call — `t.t('key')`, `t('key')`, `phrase('key')` —
 * with where it is. Keys built at run time (`activity-${id}`) are checked by the stories instead.
 */
function keysInCode(): { key: string; where: string }[] {
  const out: { key: string; where: string }[] = [];
  for (const file of ROOTS.flatMap(sourceFiles)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
        const first = node.arguments[0];
        if ((name === 't' || name === 'phrase') && first && ts.isStringLiteral(first)) {
          const { line } = source.getLineAndCharacterOfPosition(node.getStart());
          out.push({ key: first.text, where: `${file}:${line + 1}` });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

describe('message keys in the code', () => {
  it('GIVEN every literal key the code asks for THEN the English catalogue has it', () => {
    const known = new Set(catalogues().ids('en'));
    const used = keysInCode();
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((u) => !known.has(u.key))).toEqual([]);
  });
});
