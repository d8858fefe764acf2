import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * Every regular expression the product builds, found by parsing its sources with the TypeScript
 * compiler API: each `/…/flags` literal and each `new RegExp(…)` / `RegExp(…)`. The pattern of a
 * constructor call is evaluated statically (string literals, templates, `String.raw`, `+`, and
 * `const`s holding those); a pattern built from run-time data can't be checked for ReDoS, so it
 * comes back as `dynamic` and the safety test fails on it.
 */

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The folders that make up the running product. */
export const PRODUCT_DIRS = ['src', 'bots', 'commands', 'jobs'] as const;

export type FoundRegex =
  | { readonly kind: 'static'; readonly where: string; readonly source: string; readonly flags: string }
  | { readonly kind: 'dynamic'; readonly where: string; readonly code: string };

function productProgram(): ts.Program {
  const configPath = ts.findConfigFile(ROOT, ts.sys.fileExists, 'tsconfig.json');
  if (!configPath) throw new Error('tsconfig.json not found');
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const files = parsed.fileNames.filter((f) => PRODUCT_DIRS.some((d) => f.startsWith(`${ROOT}${d}/`)));
  return ts.createProgram(files, parsed.options);
}

/** The value of a string-valued expression known before the program runs, else null. */
function evaluate(node: ts.Expression, checker: ts.TypeChecker, depth = 0): string | null {
  if (depth > 20) return null;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return evaluate(node.expression, checker, depth + 1);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = evaluate(node.left, checker, depth + 1);
    const right = evaluate(node.right, checker, depth + 1);
    return left === null || right === null ? null : left + right;
  }
  if (ts.isTemplateExpression(node)) return template(node, (part) => part.text, checker, depth);
  if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === 'String.raw') {
    const t = node.template;
    if (ts.isNoSubstitutionTemplateLiteral(t)) return t.rawText ?? null;
    return template(t, (part) => part.rawText ?? null, checker, depth);
  }
  if (ts.isIdentifier(node)) {
    const symbol = checker.getSymbolAtLocation(node);
    const target = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const declaration = target?.valueDeclaration;
    if (
      declaration &&
      ts.isVariableDeclaration(declaration) &&
      declaration.initializer &&
      ts.isVariableDeclarationList(declaration.parent) &&
      declaration.parent.flags & ts.NodeFlags.Const
    ) {
      return evaluate(declaration.initializer, checker, depth + 1);
    }
  }
  return null;
}

function template(
  node: ts.TemplateExpression,
  text: (part: ts.TemplateLiteralLikeNode) => string | null,
  checker: ts.TypeChecker,
  depth: number,
): string | null {
  let out = text(node.head);
  for (const span of node.templateSpans) {
    const value = evaluate(span.expression, checker, depth + 1);
    const tail = text(span.literal);
    if (out === null || value === null || tail === null) return null;
    out += value + tail;
  }
  return out;
}

/** Every regular expression in the product's sources, in file order. */
export function collectRegexes(): FoundRegex[] {
  const program = productProgram();
  const checker = program.getTypeChecker();
  const found: FoundRegex[] = [];
  for (const file of program.getSourceFiles()) {
    if (!PRODUCT_DIRS.some((d) => file.fileName.startsWith(`${ROOT}${d}/`))) continue;
    const where = (node: ts.Node) => `${file.fileName.slice(ROOT.length)}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(file);
        const slash = text.lastIndexOf('/');
        found.push({ kind: 'static', where: where(node), source: text.slice(1, slash), flags: text.slice(slash + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [pattern, flagsArg] = node.arguments ?? [];
        const source = pattern ? evaluate(pattern, checker) : null;
        const flags = flagsArg ? evaluate(flagsArg, checker) : '';
        if (source === null || flags === null) found.push({ kind: 'dynamic', where: where(node), code: node.getText(file).slice(0, 120) });
        else found.push({ kind: 'static', where: where(node), source, flags });
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}
