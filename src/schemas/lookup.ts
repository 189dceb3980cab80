/**
 * The published schema files (SCHEMAS_AND_CONFORMANCE.md §1.11): list, load and locate by
 * name. The directory is the package's top-level `schemas/`, resolved from this module's
 * location (two levels up from `src/schemas/` and from `dist/schemas/`), never the cwd.
 * `getSchema(name, version)` reads the same documents from modules built from those files
 * (scripts/build-modules.ts), so it works in bundles and browsers, without a file system.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compareCodePoints, pyRepr } from '../conventions';
import type { ContractVersion } from '../registry';

/**
 * A path beside a module's folder, or `''` where there is no file system (a browser bundle
 * maps `node:path` to an empty module, see package.json `browser`): importing a module that
 * names package folders never throws there.
 */
export function packagePath(moduleDir: string | undefined, ...segments: string[]): string {
  return typeof path.resolve === 'function' && typeof moduleDir === 'string' ? path.resolve(moduleDir, ...segments) : '';
}

/** The package's schema directory: the 6.1.0 files; the 2.1.0 files are in its `v2/` folder. */
export const SCHEMA_DIR: string = packagePath(typeof __dirname === 'string' ? __dirname : undefined, '..', '..', 'schemas');

/** Where a contract version's schema files live below a schema root (`schemas/`, `schemas/v2/`). */
export function schemaDirFor(version: ContractVersion, root: string = SCHEMA_DIR): string {
  return version === '2.1.0' ? path.join(root, 'v2') : root;
}

const SUFFIX = '.schema.json';

/** A schema name from a file name: the name minus `.json`, minus every `.schema`. */
export function schemaNameOfFile(fileName: string): string {
  const stem = fileName.endsWith('.json') ? fileName.slice(0, -'.json'.length) : fileName;
  return stem.split('.schema').join('');
}

/** Sorted names of the `*.schema.json` files present (hidden files excluded, as a glob does). */
export function listSchemas(dir: string = SCHEMA_DIR): readonly string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return Object.freeze([]);
  }
  return Object.freeze(
    names
      .filter((name) => name.endsWith(SUFFIX) && !name.startsWith('.'))
      .map(schemaNameOfFile)
      .sort(compareCodePoints),
  );
}

function notFound(name: string, dir: string): Error {
  const error = new Error(`No schema found for '${name}'. Available: ${pyRepr(listSchemas(dir))}`) as Error & { code: string };
  error.code = 'ENOENT';
  return error;
}

/** The file path of a schema by name; throws (code ENOENT) `No schema found for '…'. Available: […]`. */
export function schemaPath(name: string, dir: string = SCHEMA_DIR): string {
  const file = path.join(dir, `${name}${SUFFIX}`);
  if (typeof name !== 'string' || !listSchemas(dir).includes(name) || !fs.existsSync(file)) throw notFound(String(name), dir);
  return file;
}

/** The parsed schema document by name (same not-found error as `schemaPath`). */
export function loadSchema(name: string, dir: string = SCHEMA_DIR): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(schemaPath(name, dir), 'utf8')) as Record<string, unknown>;
}

/** The generated module of a contract version's schema texts (src/generated/, git-ignored). */
interface SchemaDocuments {
  readonly FILES: Readonly<Record<string, string>>;
}

function requireDocuments(version: ContractVersion): SchemaDocuments {
  // Literal paths, so bundlers include the modules; required on first use only.
  return version === '2.1.0'
    ? (require('../generated/schema-documents-2.1.0') as SchemaDocuments)
    : (require('../generated/schema-documents-6.1.0') as SchemaDocuments);
}

/** The names of the published schemas of a contract version (default 6.1.0), sorted. */
export function schemaNames(version: ContractVersion = '6.1.0'): readonly string[] {
  return Object.freeze(Object.keys(requireDocuments(version).FILES).sort(compareCodePoints));
}

/**
 * A published JSON Schema by name (`'event'`, `'focus_changed_payload'`, ...) for a contract
 * version (default 6.1.0; `'2.1.0'` for the `spec-kitty-events/v2` contract): a fresh parsed
 * copy of `schemas/<name>.schema.json` (or `schemas/v2/...`), the file the package also
 * exports as `spec-kitty-events/schemas/<name>.schema.json`. No file system is read. An
 * unknown name throws (code ENOENT) `No schema found for '…'. Available: […]`.
 */
export function getSchema(name: string, version: ContractVersion = '6.1.0'): Record<string, unknown> {
  const { FILES } = requireDocuments(version);
  if (typeof name !== 'string' || !Object.prototype.hasOwnProperty.call(FILES, name)) {
    const error = new Error(`No schema found for '${String(name)}'. Available: ${pyRepr(schemaNames(version))}`) as Error & { code: string };
    error.code = 'ENOENT';
    throw error;
  }
  return JSON.parse(FILES[name]!) as Record<string, unknown>;
}
