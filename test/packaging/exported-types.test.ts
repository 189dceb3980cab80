/**
 * Every type a public signature names is exported (issue 10 item 6): the TypeScript compiler
 * API walks the built declarations of every entry point listed in package.json `exports` and
 * fails on a reference to a declaration of this package that no entry point exports.
 * Needs `dist/` (built by `npm test`'s pretest); entry points without built files are skipped
 * with a note. `typeof VALUE` is not a type name (the value's type is what users see), so type
 * queries are not checked.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

const REPO = path.resolve(__dirname, '..', '..');
const DIST = path.join(REPO, 'dist');

interface ExportTarget {
  readonly types: string;
  readonly default: string;
}

function entryPoints(): { readonly present: readonly [string, string][]; readonly missing: readonly string[] } {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { exports: Record<string, ExportTarget | string> };
  const present: [string, string][] = [];
  const missing: string[] = [];
  for (const [key, target] of Object.entries(pkg.exports)) {
    if (typeof target === 'string') continue; // ./package.json
    const file = path.join(REPO, target.types);
    if (fs.existsSync(file)) present.push([key, file]);
    else missing.push(key);
  }
  return { present, missing };
}

/** `Entry: Decl → Name (file)` for each reference to an unexported declaration of the package. */
export function unexportedReferences(entries: readonly [string, string][]): string[] {
  const program = ts.createProgram(
    entries.map(([, file]) => file),
    { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10, types: ['node'], skipLibCheck: true, noEmit: true },
  );
  const checker = program.getTypeChecker();
  const resolve = (symbol: ts.Symbol): ts.Symbol => (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);
  const ours = (decl: ts.Declaration): boolean => path.resolve(decl.getSourceFile().fileName).startsWith(DIST + path.sep);

  const exported = new Map<ts.Symbol, string>();
  for (const [key, file] of entries) {
    const source = program.getSourceFile(file);
    const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    if (moduleSymbol === undefined) throw new Error(`cannot read ${file}`);
    for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
      const target = resolve(symbol);
      if (!exported.has(target)) exported.set(target, `${key}:${symbol.name}`);
    }
  }

  const problems = new Set<string>();
  const isPrivate = (node: ts.Node): boolean =>
    (ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.PrivateKeyword)) ||
    ((ts.isPropertyDeclaration(node) || ts.isMethodDeclaration(node)) && ts.isPrivateIdentifier(node.name));
  for (const [symbol, where] of exported) {
    for (const decl of symbol.declarations ?? []) {
      if (!ours(decl)) continue;
      const visit = (node: ts.Node): void => {
        if (isPrivate(node)) return;
        let name: ts.Node | undefined;
        if (ts.isTypeReferenceNode(node)) name = node.typeName;
        else if (ts.isExpressionWithTypeArguments(node)) name = node.expression;
        else if (ts.isImportTypeNode(node)) name = node.qualifier;
        if (name !== undefined) {
          const referenced = checker.getSymbolAtLocation(name);
          if (referenced !== undefined) {
            const target = resolve(referenced);
            const declarations = target.declarations ?? [];
            const isTypeParameter = declarations.some((d) => ts.isTypeParameterDeclaration(d));
            if (!isTypeParameter && declarations.length > 0 && declarations.every(ours) && !exported.has(target)) {
              const file = path.relative(DIST, declarations[0]!.getSourceFile().fileName);
              problems.add(`${where} names ${target.name} (${file}), which no entry point exports`);
            }
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(decl);
    }
  }
  return [...problems].sort();
}

const { present, missing } = fs.existsSync(DIST) ? entryPoints() : { present: [], missing: [] };

describe('public signatures name only exported types', () => {
  if (missing.length > 0) {
    // eslint-disable-next-line no-console
    console.log(`exported-types: skipping ${missing.join(', ')}: no built declarations yet`);
  }

  (present.length > 0 ? it : it.skip)(`every entry point's declarations (${present.map(([key]) => key).join(', ')})`, () => {
    expect(unexportedReferences(present)).toEqual([]);
  });

  (present.length > 0 ? it : it.skip)('the check sees an unexported type (self-test on a temporary declaration tree)', () => {
    const dir = fs.mkdtempSync(path.join(DIST, '.exported-types-'));
    try {
      fs.writeFileSync(path.join(dir, 'inner.d.ts'), 'export interface Hidden { readonly x: number }\nexport declare function make(): Hidden;\n');
      fs.writeFileSync(path.join(dir, 'index.d.ts'), "export { make } from './inner';\n");
      expect(unexportedReferences([['./probe', path.join(dir, 'index.d.ts')]])).toEqual([
        "./probe:make names Hidden (" + path.join(path.basename(dir), 'inner.d.ts') + '), which no entry point exports',
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
