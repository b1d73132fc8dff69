import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The static import graph of the .ts/.tsx files under a folder: which files each one loads when it is loaded.
 * Type-only imports and exports (gone after compiling) and dynamic `import()` (loaded later, on demand) are not
 * edges: neither can make modules wait for each other at load time.
 */
export function importGraph(root: string): Map<string, string[]> {
  const files = fs
    .readdirSync(root, { recursive: true })
    .map(String)
    .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts'))
    .map((file) => path.join(root, file));
  const known = new Set(files);
  const resolve = (from: string, spec: string): string | null => {
    const base = path.resolve(path.dirname(from), spec.replace(/\.js$/, ''));
    for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) if (known.has(candidate)) return candidate;
    return null;
  };
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const edges: string[] = [];
    for (const statement of source.statements) {
      let spec: ts.Expression | undefined;
      if (ts.isImportDeclaration(statement)) {
        const clause = statement.importClause;
        const typeOnly = clause?.isTypeOnly || (clause && !clause.name && clause.namedBindings && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly));
        if (!typeOnly) spec = statement.moduleSpecifier;
      } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) {
        const onlyTypes = statement.exportClause && ts.isNamedExports(statement.exportClause) && statement.exportClause.elements.length > 0 && statement.exportClause.elements.every((e) => e.isTypeOnly);
        if (!onlyTypes) spec = statement.moduleSpecifier;
      }
      if (spec && ts.isStringLiteral(spec) && spec.text.startsWith('.')) {
        const target = resolve(file, spec.text);
        if (target) edges.push(target);
      }
    }
    graph.set(file, edges);
  }
  return graph;
}

/** One circle of the graph (its files in import order, the first repeated at the end), or null when there is none. */
export function findCircle(graph: ReadonlyMap<string, readonly string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') return [...stack.slice(stack.indexOf(next)), next];
      if (!state.has(next)) {
        const found = visit(next);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    if (state.has(node)) continue;
    const found = visit(node);
    if (found) return found;
  }
  return null;
}
