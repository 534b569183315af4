// Reads the import graph of src/ with the TypeScript compiler API: every `import` and `export … from` (type-only ones
// too), `import x = require()`, `import()` calls and `import('…').Type` types. Used by the architecture tests.

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

/** The repository's src/ folder (the tests run from out/test/unit/architecture). */
export const SRC = path.resolve(__dirname, '../../../../src');

export interface SourceFile {
  /** Path under src/, with forward slashes: `environments/model/poller.ts`. */
  readonly name: string;
  readonly text: string;
  readonly ast: ts.SourceFile;
}

export interface ImportEdge {
  readonly from: string;
  /** Path under src/ for a relative import, else the module name as written (`vscode`, `node:os`). */
  readonly to: string;
  readonly typeOnly: boolean;
  readonly line: number;
}

export function sourceFiles(root = SRC): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts')) {
        const text = fs.readFileSync(full, 'utf8');
        const name = path.relative(root, full).split(path.sep).join('/');
        files.push({ name, text, ast: ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true) });
      }
    }
  };
  walk(root);
  return files.sort((a, b) => a.name.localeCompare(b.name));
}

export function importsOf(file: SourceFile, known: ReadonlySet<string>): ImportEdge[] {
  const edges: ImportEdge[] = [];
  const add = (node: ts.Node, specifier: string, typeOnly: boolean): void => {
    const line = file.ast.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    edges.push({ from: file.name, to: resolve(file.name, specifier, known), typeOnly, line });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node, node.moduleSpecifier.text, node.importClause?.isTypeOnly === true);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node, node.moduleSpecifier.text, node.isTypeOnly);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const expression = node.moduleReference.expression;
      if (ts.isStringLiteral(expression)) add(node, expression.text, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteral(argument)) add(node, argument.text, false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node, node.argument.literal.text, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(file.ast);
  return edges;
}

function resolve(from: string, specifier: string, known: ReadonlySet<string>): string {
  if (!specifier.startsWith('.')) return specifier;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  for (const candidate of [`${base}.ts`, `${base}/index.ts`, base.replace(/\.js$/, '.ts')]) if (known.has(candidate)) return candidate;
  return base;
}

/** Every file's imports. */
export function importGraph(files: readonly SourceFile[] = sourceFiles()): ImportEdge[] {
  const known = new Set(files.map((file) => file.name));
  return files.flatMap((file) => importsOf(file, known));
}

/** Groups of files that import each other, directly or around a loop (Tarjan's strongly connected components). */
export function importCycles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const edge of edges) next.set(edge.from, [...(next.get(edge.from) ?? []), edge.to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;
  const connect = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const target of next.get(node) ?? []) {
      if (!index.has(target)) {
        connect(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    const selfLoop = (next.get(node) ?? []).includes(node);
    if (component.length > 1 || selfLoop) cycles.push(component.sort());
  };
  for (const node of next.keys()) if (!index.has(node)) connect(node);
  return cycles;
}
