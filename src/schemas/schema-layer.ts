/**
 * The schema layer (SCHEMAS_AND_CONFORMANCE.md §1.8, §2.6): ajv's draft 2020-12 validator
 * configured as the reference's `jsonschema` validator behaves — all errors, no format
 * assertion, no coercion/defaults/removal, Unicode `\d`, own properties only — every schema
 * compiled once and cached; errors mapped to `SchemaViolation`s. The package's own schemas are
 * compiled at build time (ajv standalone code, scripts/build-modules.ts): `compiledValidator`
 * loads them as modules, so a cold process compiles nothing and bundles need no file system;
 * `schemaValidator(name, dir)` compiles the files of any folder at run time (tooling, tests).
 */
import type Ajv2020 from 'ajv/dist/2020';
import type { ErrorObject, Options, ValidateFunction } from 'ajv';
import { compareCodePoints, nestingDepth, pyRepr, REPR_MAX_DEPTH } from '../conventions';
import { pyReprWithin } from '../conventions/py-repr';
import type { ContractVersion } from '../registry';
import { loadSchema, SCHEMA_DIR } from './lookup';
import { SchemaViolation } from '../conformance/violations';
import { unicodeDigitPattern, unicodeDigitRegExp } from './schema-regexp';

export { unicodeDigitPattern };

/** The ajv options of the schema layer (§1.8); exported so tests evaluate reference files alike. */
export function schemaLayerOptions(): Options {
  return {
    allErrors: true,
    verbose: true,
    validateFormats: false,
    strict: true,
    // A keyword beside an `anyOf` of types (6.1.0 `event`: `pattern` next to `anyOf: [string, null]`)
    // is valid JSON Schema (it applies to the matching type only); strictTypes would refuse to
    // compile it. Verdicts do not depend on this option.
    strictTypes: false,
    ownProperties: true,
    // The DecisionPoint unions' `discriminator` (OpenAPI annotation) carries no assertion for the
    // reference's jsonschema validator: an annotation keyword here too (`oneOf` decides).
    keywords: ['discriminator'],
    code: { regExp: unicodeDigitRegExp },
  };
}

/** A fresh ajv instance with the schema layer's configuration. */
export function createSchemaAjv(): Ajv2020 {
  // Required on first use: the package's own schemas come compiled, so most processes never load ajv's compiler.
  const { default: Ajv } = require('ajv/dist/2020') as typeof import('ajv/dist/2020');
  return new Ajv(schemaLayerOptions());
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** One ajv instance per schema folder (the 2.1.0 and 6.1.0 files share `$id`s). */
const ajvByDir = new Map<string, Ajv2020>();
const compiled = new Map<string, ValidateFunction>();

/**
 * The compiled validator of a published schema (loaded from a schema folder — by default the
 * package's `schemas/`, the 6.1.0 files — once; compiled once). Unknown names throw
 * `No schema found for '…'. Available: […]`.
 */
export function schemaValidator(schemaName: string, dir: string = SCHEMA_DIR): ValidateFunction {
  const key = `${dir}\u0000${schemaName}`;
  let validate = compiled.get(key);
  if (validate === undefined) {
    const document = deepFreeze(loadSchema(schemaName, dir));
    let ajv = ajvByDir.get(dir);
    if (ajv === undefined) {
      ajv = createSchemaAjv();
      ajvByDir.set(dir, ajv);
    }
    try {
      validate = ajv.compile(document);
    } catch (error) {
      // A failed compile leaves the document registered under its `$id`: remove it so the
      // next call reports the same error instead of "already exists".
      if (typeof document['$id'] === 'string') ajv.removeSchema(document['$id']);
      throw error;
    }
    compiled.set(key, validate);
  }
  return validate;
}

/** The generated index of a contract version's compiled validators (src/generated/, git-ignored). */
interface CompiledValidators {
  /** Schema name -> loader of its validator (one generated module per schema, loaded on first use). */
  readonly LOADERS: Readonly<Record<string, () => ValidateFunction>>;
}

const MISSING = 'spec-kitty-events: the compiled schema validators are missing (run npm run build)';

function requireCompiled(version: ContractVersion): CompiledValidators {
  // Literal paths, so bundlers include the modules; required on first use only.
  try {
    return version === '2.1.0'
      ? (require('../generated/schema-validators-2.1.0') as CompiledValidators)
      : (require('../generated/schema-validators-6.1.0') as CompiledValidators);
  } catch (error) {
    throw new Error(`${MISSING}: ${String(error)}`);
  }
}

const compiledByVersion = new Map<ContractVersion, CompiledValidators>();
const loadedValidators = new Map<ContractVersion, Map<string, ValidateFunction>>();

function compiledSet(version: ContractVersion): CompiledValidators {
  let set = compiledByVersion.get(version);
  if (set === undefined) {
    set = requireCompiled(version);
    compiledByVersion.set(version, set);
  }
  return set;
}

/** The names of a contract version's compiled schemas, sorted (the files present at build time). */
export function compiledSchemaNames(version: ContractVersion): readonly string[] {
  return Object.freeze(Object.keys(compiledSet(version).LOADERS).sort(compareCodePoints));
}

/**
 * The build-time compiled validator of one of the package's schemas (no file system, no
 * compilation; its module is loaded on first use). Unknown names throw (code ENOENT)
 * `No schema found for '…'. Available: […]`, the message of `schemaValidator`.
 */
export function compiledValidator(schemaName: string, version: ContractVersion = '6.1.0'): ValidateFunction {
  let loaded = loadedValidators.get(version);
  if (loaded === undefined) loadedValidators.set(version, (loaded = new Map()));
  const cached = typeof schemaName === 'string' ? loaded.get(schemaName) : undefined;
  if (cached !== undefined) return cached;
  const { LOADERS } = compiledSet(version);
  if (typeof schemaName === 'string' && Object.prototype.hasOwnProperty.call(LOADERS, schemaName)) {
    let validate: ValidateFunction;
    try {
      validate = LOADERS[schemaName]!();
    } catch (error) {
      throw new Error(`${MISSING}: ${String(error)}`);
    }
    loaded.set(schemaName, validate);
    return validate;
  }
  const error = new Error(`No schema found for '${String(schemaName)}'. Available: ${pyRepr(compiledSchemaNames(version))}`) as Error & { code: string };
  error.code = 'ENOENT';
  throw error;
}

function unescapePointer(segment: string): string {
  return segment.includes('~') ? segment.replace(/~1/g, '/').replace(/~0/g, '~') : segment;
}

/** `$` + `.name` per property and `[i]` per array index, following the instance. */
function jsonPathOf(instancePath: string, payload: unknown): string {
  if (instancePath === '') return '$';
  let out = '$';
  let current: unknown = payload;
  // Segments between the '/'s, read in place (no split array).
  for (let start = 1; start <= instancePath.length; ) {
    let end = instancePath.indexOf('/', start);
    if (end < 0) end = instancePath.length;
    const segment = unescapePointer(instancePath.slice(start, end));
    start = end + 1;
    if (Array.isArray(current)) {
      out += `[${segment}]`;
      current = current[Number(segment)];
    } else {
      out += `.${segment}`;
      current =
        typeof current === 'object' && current !== null && Object.prototype.hasOwnProperty.call(current, segment)
          ? (current as Record<string, unknown>)[segment]
          : undefined;
    }
  }
  return out;
}

/** Schema paths come from the finite set of compiled schemas: each is split once. */
const schemaPaths = new Map<string, readonly (string | number)[]>();

function schemaPathOf(schemaPath: string): readonly (string | number)[] {
  let cached = schemaPaths.get(schemaPath);
  if (cached === undefined) {
    const body = schemaPath.startsWith('#/') ? schemaPath.slice(2) : schemaPath.startsWith('#') ? schemaPath.slice(1) : schemaPath;
    cached = Object.freeze(
      body === '' ? [] : body.split('/').map((raw) => (/^(0|[1-9][0-9]*)$/.test(raw) ? Number(raw) : unescapePointer(raw))),
    );
    schemaPaths.set(schemaPath, cached);
  }
  return cached;
}

/**
 * pyRepr for messages: a value nested as deep as Python's `repr()` cannot print
 * (`REPR_MAX_DEPTH`, the shared guard; hostile input such as 100k nested arrays) is rendered
 * as Python's placeholder for its container kind.
 */
function safeRepr(value: unknown): string {
  // One walk for the common value; the two below (depth, then repr) decide anything else: a
  // value that nests too deep, or whose reading throws (the depth walk lets that propagate,
  // the repr prints `<unprintable …>`).
  try {
    const text = pyReprWithin(value, REPR_MAX_DEPTH);
    if (text !== null) return text;
  } catch {
    // decided below
  }
  if (nestingDepth(value, REPR_MAX_DEPTH) >= REPR_MAX_DEPTH) return Array.isArray(value) ? '[...]' : '{...}';
  return pyRepr(value);
}

/** The reference's message for a keyword (jsonschema's templates, values in Python repr). */
function messageOf(error: ErrorObject): string {
  const limit: unknown = error.schema;
  switch (error.keyword) {
    case 'required':
      return `${pyRepr((error.params as { missingProperty?: unknown }).missingProperty)} is a required property`;
    case 'type': {
      const types = Array.isArray(limit) ? limit : [limit];
      return `${safeRepr(error.data)} is not of type ${types.map((type) => pyRepr(type)).join(', ')}`;
    }
    case 'enum':
      return `${safeRepr(error.data)} is not one of ${pyRepr(limit)}`;
    case 'const':
      return `${pyRepr(limit)} was expected`;
    case 'minLength':
    case 'minItems':
      return limit === 1 ? `${safeRepr(error.data)} should be non-empty` : `${safeRepr(error.data)} is too short`;
    case 'maxLength':
    case 'maxItems':
      return `${safeRepr(error.data)} is too long`;
    case 'minimum':
      return `${safeRepr(error.data)} is less than the minimum of ${pyRepr(limit)}`;
    case 'maximum':
      return `${safeRepr(error.data)} is greater than the maximum of ${pyRepr(limit)}`;
    case 'exclusiveMinimum':
      return `${safeRepr(error.data)} is less than or equal to the minimum of ${pyRepr(limit)}`;
    case 'exclusiveMaximum':
      return `${safeRepr(error.data)} is greater than or equal to the maximum of ${pyRepr(limit)}`;
    case 'pattern':
      return `${safeRepr(error.data)} does not match ${pyRepr(limit)}`;
    case 'anyOf':
      return `${safeRepr(error.data)} is not valid under any of the given schemas`;
    case 'oneOf':
      // No branch passed (the DecisionPoint unions' branches exclude each other by `const`).
      if ((error.params as { passingSchemas?: unknown }).passingSchemas == null) return `${safeRepr(error.data)} is not valid under any of the given schemas`;
      return `${safeRepr(error.data)} ${error.message ?? 'is invalid'}`;
    default:
      return `${safeRepr(error.data)} ${error.message ?? 'is invalid'}`;
  }
}

function compareViolations(a: SchemaViolation, b: SchemaViolation): number {
  const byPath = compareCodePoints(a.jsonPath, b.jsonPath);
  return byPath !== 0 ? byPath : compareCodePoints(a.validator, b.validator);
}

/**
 * Instance paths of the failing `anyOf`s, for the hiding rule of `mapSchemaErrors`: an error
 * is hidden when an `anyOf` failed at its path or at an ancestor of it (an `anyOf` error is
 * not hidden by itself). Looking up the ancestors of a path in a set costs its depth, and
 * only prefixes whose length some `anyOf` path has are looked up (schemas nest `anyOf`s at a
 * few depths), so mapping stays linear in the errors instead of errors × `anyOf`s.
 */
class AnyOfPaths {
  private readonly paths = new Set<string>();
  private readonly lengths = new Set<number>();

  constructor(errors: readonly ErrorObject[]) {
    for (const error of errors) {
      if (error.keyword !== 'anyOf' && error.keyword !== 'oneOf') continue;
      this.paths.add(error.instancePath);
      this.lengths.add(error.instancePath.length);
    }
  }

  hides(error: ErrorObject): boolean {
    if (this.paths.size === 0) return false;
    const path = error.instancePath;
    // Strict ancestors: the prefixes that end right before a '/' (the root is '').
    for (let at = path.indexOf('/'); at >= 0; at = path.indexOf('/', at + 1)) {
      if (this.lengths.has(at) && this.paths.has(path.slice(0, at))) return true;
    }
    return error.keyword !== 'anyOf' && error.keyword !== 'oneOf' && this.paths.has(path);
  }
}

/**
 * Maps ajv errors to the reference's top-level errors: one `anyOf` violation per failing
 * `anyOf` (nothing from inside its branches), sorted by JSON path (code point order), ties by
 * keyword, `required` failures at one path in the schema's order (stable sort).
 */
export function mapSchemaErrors(errors: readonly ErrorObject[], payload: unknown): readonly SchemaViolation[] {
  const anyOfPaths = new AnyOfPaths(errors);
  // The errors reported (hidden ones never are): the hiding rule reads only an error's path
  // and keyword, so the `additionalProperties` errors of one site are all hidden or all shown.
  const shown: ErrorObject[] = [];
  for (const error of errors) if (!anyOfPaths.hides(error)) shown.push(error);
  // ajv reports one `additionalProperties: false` error per extra key; the reference reports
  // one per object, naming the extras sorted: `Additional properties are not allowed ('a', 'b' were unexpected)`.
  let extrasBySite: Map<string, { error: ErrorObject; extras: string[] }> | null = null;
  for (const error of shown) {
    if (error.keyword !== 'additionalProperties' || error.schema !== false) continue;
    const site = `${error.instancePath}\u0000${error.schemaPath}`;
    const extra = String((error.params as { additionalProperty?: unknown }).additionalProperty);
    extrasBySite ??= new Map();
    const group = extrasBySite.get(site);
    if (group !== undefined) group.extras.push(extra);
    else extrasBySite.set(site, { error, extras: [extra] });
  }
  const out: SchemaViolation[] = [];
  for (const error of shown) {
    let grouped: string | null = null;
    if (extrasBySite !== null && error.keyword === 'additionalProperties' && error.schema === false) {
      grouped = extrasMessage(extrasBySite, error);
      if (grouped === null) continue;
    }
    out.push(new SchemaViolation(jsonPathOf(error.instancePath, payload), grouped ?? messageOf(error), error.keyword, deepFreeze(error.schema), schemaPathOf(error.schemaPath)));
  }
  if (out.length > 1) out.sort(compareViolations);
  return Object.freeze(out);
}

/** The grouped message of a site's first `additionalProperties` error; null for the site's other errors. */
function extrasMessage(extrasBySite: ReadonlyMap<string, { error: ErrorObject; extras: string[] }>, error: ErrorObject): string | null {
  const group = extrasBySite.get(`${error.instancePath}\u0000${error.schemaPath}`);
  if (group === undefined || group.error !== error) return null;
  const names = [...group.extras].sort(compareCodePoints).map((name) => pyRepr(name));
  return `Additional properties are not allowed (${names.join(', ')} ${names.length === 1 ? 'was' : 'were'} unexpected)`;
}
