/**
 * Build step (issue 11): the bodies of the compiled model parsers
 * (src/validation/compiled-parser.ts), written into the git-ignored
 * `src/generated/model-parsers.ts`: one function per field list of a model, with literal
 * property names, so every read and every store of a parse has a monomorphic inline cache.
 *
 * The field lists are read from the sources without running them (the TypeScript parser):
 * per class, its decorated instance properties in declaration order, after those of the class
 * it extends (a redeclared field keeps the parent's position, as `modelFields` does). The
 * module imports no model: at run time a model takes the body whose key is exactly its
 * `modelFields` names in order, and a model without one (a list this reading missed, a stale
 * build) gets the same steps as a loop, so results never depend on this file; a test checks
 * that every registered model has its body.
 *
 * The module records a digest of its inputs (the sources and this script) and is rewritten
 * only when they change; jest's globalSetup (scripts/jest-global-setup.ts) and
 * `npm run build:modules` call it.
 * Usage: `ts-node --transpile-only scripts/build-model-parsers.ts [--check]`.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '..');
const TARGET = path.join(ROOT, 'src', 'generated', 'model-parsers.ts');
const CODE_INPUTS = ['scripts/build-model-parsers.ts'];

function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const entry of fs.readdirSync(path.join(ROOT, rel), { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const child = `${rel}/${entry.name}`;
      if (entry.isDirectory()) {
        if (child !== 'src/generated') walk(child);
      } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(child);
    }
  };
  walk('src');
  return out.sort();
}

function inputs(): string[] {
  return [...sourceFiles(), ...CODE_INPUTS];
}

function digestOf(files: readonly string[]): string {
  const hash = crypto.createHash('sha256');
  for (const rel of files) hash.update(rel).update('\0').update(fs.readFileSync(path.join(ROOT, rel))).update('\0');
  return hash.digest('hex');
}

interface ClassFields {
  readonly parent: string | null;
  readonly own: readonly string[];
}

function propertyName(name: ts.PropertyName): string | null {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  return null;
}

/** Per class name, every declaration found (names may repeat across the two contracts). */
function classDeclarations(files: readonly string[]): Map<string, ClassFields[]> {
  const classes = new Map<string, ClassFields[]>();
  for (const rel of files) {
    const text = fs.readFileSync(path.join(ROOT, rel), 'utf8');
    if (!text.includes('class ')) continue;
    const source = ts.createSourceFile(rel, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    const visit = (node: ts.Node): void => {
      if (ts.isClassDeclaration(node) && node.name !== undefined) {
        const heritage = node.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword);
        const base = heritage?.types[0]?.expression;
        const own: string[] = [];
        for (const member of node.members) {
          if (!ts.isPropertyDeclaration(member)) continue;
          if (member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword)) continue;
          if ((ts.getDecorators(member) ?? []).length === 0) continue;
          const name = propertyName(member.name);
          if (name !== null && !own.includes(name)) own.push(name);
        }
        const entry: ClassFields = { parent: base !== undefined && ts.isIdentifier(base) ? base.text : null, own };
        const known = classes.get(node.name.text) ?? [];
        known.push(entry);
        classes.set(node.name.text, known);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return classes;
}

/** Every field list a class can have (a parent name declared twice gives both readings). */
function fieldLists(classes: Map<string, ClassFields[]>): Set<string> {
  const lists = new Set<string>();
  const resolve = (entry: ClassFields, depth: number): string[][] => {
    const parents = entry.parent === null || depth > 20 ? [] : (classes.get(entry.parent) ?? []);
    const bases = parents.length === 0 ? [[]] : parents.flatMap((parent) => resolve(parent, depth + 1));
    return bases.map((base) => {
      const fields = [...base];
      for (const name of entry.own) if (!fields.includes(name)) fields.push(name);
      return fields;
    });
  };
  for (const entries of classes.values()) {
    for (const entry of entries) {
      for (const fields of resolve(entry, 0)) {
        if (fields.length > 0 && !fields.includes('__proto__')) lists.add(JSON.stringify(fields));
      }
    }
  }
  return lists;
}

function body(names: readonly string[], index: number): string {
  const lines = [`function body${index}(o: Record<string, unknown>, f: readonly FastField[], s: FastShape, own: boolean): object | Invalid {`];
  lines.push('  let raw: unknown;');
  names.forEach((name, i) => {
    const key = JSON.stringify(name);
    lines.push(`  raw = own || ${key} in P ? (hasOwn(o, ${key}) ? o[${key}] : undefined) : o[${key}];`);
    lines.push(`  const v${i} = raw === undefined ? f[${i}]!.absent() : f[${i}]!.check(raw);`);
    lines.push(`  if (v${i} === INVALID) return INVALID;`);
  });
  lines.push(`  return new s(${names.map((_, i) => `v${i}`).join(', ')});`, '}');
  return lines.join('\n');
}

/** The instance constructor of one field list, per prototype (compiled-parser.ts, `FastShape`). */
function shape(names: readonly string[], index: number): string {
  const params = names.map((_, i) => `v${i}: unknown`).join(', ');
  const lines = [`function shape${index}(p: object): FastShape {`];
  lines.push(`  function S(this: Record<string, unknown>, ${params}): void {`);
  names.forEach((name, i) => lines.push(`    this[${JSON.stringify(name)}] = v${i};`));
  lines.push('  }', '  S.prototype = p;', '  return S as unknown as FastShape;', '}');
  return lines.join('\n');
}

function render(digest: string): string {
  const keys = [...fieldLists(classDeclarations(sourceFiles()))].sort();
  const parts = [
    '// Generated by scripts/build-model-parsers.ts from the model sources. Do not edit.',
    `// inputs-digest: ${digest}`,
    '/* eslint-disable */',
    "import type { FastBody, FastField, FastShape, ShapeFactory } from '../validation/compiled-parser';",
    "import { INVALID, type Invalid } from '../validation/field-type';",
    '',
    'const hasOwn = Object.hasOwn;',
    '/** An input here has this prototype (checked): a name it lacks reads only own properties. */',
    'const P = Object.prototype;',
    '',
    ...keys.map((key, i) => body(JSON.parse(key) as string[], i) + '\n'),
    ...keys.map((key, i) => shape(JSON.parse(key) as string[], i) + '\n'),
    '/** Field-name list (JSON) -> compiled body. */',
    'export const BODIES: Readonly<Record<string, FastBody>> = Object.freeze({',
    ...keys.map((key, i) => `  ${JSON.stringify(key)}: body${i},`),
    '});',
    '',
    '/** Field-name list (JSON) -> instance constructor factory. */',
    'export const SHAPES: Readonly<Record<string, ShapeFactory>> = Object.freeze({',
    ...keys.map((key, i) => `  ${JSON.stringify(key)}: shape${i},`),
    '});',
    '',
  ];
  return parts.join('\n');
}

function recordedDigest(): string | null {
  if (!fs.existsSync(TARGET)) return null;
  const match = /^\/\/ inputs-digest: ([0-9a-f]+)$/m.exec(fs.readFileSync(TARGET, 'utf8').slice(0, 400));
  return match === null ? null : match[1]!;
}

/** True when the module is missing or older than its inputs. */
export function modelParsersStale(): boolean {
  return recordedDigest() !== digestOf(inputs());
}

/** Writes the module when missing or stale; returns whether it was written. */
export function buildModelParsers(): boolean {
  const digest = digestOf(inputs());
  if (recordedDigest() === digest) return false;
  fs.mkdirSync(path.dirname(TARGET), { recursive: true });
  fs.writeFileSync(TARGET, render(digest));
  return true;
}

export default function globalSetup(): void {
  buildModelParsers();
}

if (require.main === module) {
  if (process.argv.includes('--check')) {
    if (modelParsersStale()) {
      process.stderr.write('build-model-parsers: src/generated/model-parsers.ts stale or missing (run npm run build)\n');
      process.exitCode = 1;
    } else process.stdout.write('build-model-parsers: up to date\n');
  } else {
    process.stdout.write(buildModelParsers() ? 'build-model-parsers: wrote src/generated/model-parsers.ts\n' : 'build-model-parsers: up to date\n');
  }
}
