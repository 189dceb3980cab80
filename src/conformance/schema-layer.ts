/**
 * The schema layer (SCHEMAS_AND_CONFORMANCE.md §1.8, §2.6): ajv's draft 2020-12 validator
 * configured as the reference's `jsonschema` validator behaves — all errors, no format
 * assertion, no coercion/defaults/removal, Unicode `\d`, own properties only — every schema
 * compiled once and cached; errors mapped to `SchemaViolation`s.
 */
import Ajv2020 from 'ajv/dist/2020';
import type { ErrorObject, Options, ValidateFunction } from 'ajv';
import type { RegExpEngine } from 'ajv/dist/types';
import { compareCodePoints, pyRepr } from '../conventions';
import { loadSchema, SCHEMA_DIR } from '../schemas/lookup';
import { SchemaViolation } from './violations';
import { referencePatternText } from '../validation/parsers/reference-regex';

/**
 * A schema pattern as the reference's schema layer reads it (CPython 3.11 `re` through
 * jsonschema): `\d`/`\D` pinned to that engine's digit set (Unicode 14, generated from the
 * reference; issue 9 item 20). Other escapes are copied; `\w \s \b` (and their negations) are
 * refused with a `RangeError`, as their reading differs between the engines.
 */
export function unicodeDigitPattern(pattern: string): string {
  return referencePatternText(pattern, 'schema');
}

const unicodeDigitRegExp: RegExpEngine = Object.assign(
  (pattern: string, flags: string) => new RegExp(unicodeDigitPattern(pattern), flags.includes('u') ? flags : flags + 'u'),
  { code: 'unicodeDigitRegExp' },
);

/** The ajv options of the schema layer (§1.8); exported so tests evaluate reference files alike. */
export function schemaLayerOptions(): Options {
  return {
    allErrors: true,
    verbose: true,
    validateFormats: false,
    strict: true,
    ownProperties: true,
    code: { regExp: unicodeDigitRegExp },
  };
}

/** A fresh ajv instance with the schema layer's configuration. */
export function createSchemaAjv(): Ajv2020 {
  return new Ajv2020(schemaLayerOptions());
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

let sharedAjv: Ajv2020 | null = null;
const compiled = new Map<string, ValidateFunction>();

/**
 * The compiled validator of a published schema (loaded from the package's `schemas/`
 * folder once; compiled once). Unknown names throw `No schema found for '…'. Available: […]`.
 */
export function schemaValidator(schemaName: string, dir: string = SCHEMA_DIR): ValidateFunction {
  const key = dir === SCHEMA_DIR ? schemaName : `${dir}\u0000${schemaName}`;
  let validate = compiled.get(key);
  if (validate === undefined) {
    const document = deepFreeze(loadSchema(schemaName, dir));
    sharedAjv ??= createSchemaAjv();
    const ajv = dir === SCHEMA_DIR ? sharedAjv : createSchemaAjv();
    validate = ajv.compile(document);
    compiled.set(key, validate);
  }
  return validate;
}

function unescapePointer(segment: string): string {
  return segment.includes('~') ? segment.replace(/~1/g, '/').replace(/~0/g, '~') : segment;
}

/** `$` + `.name` per property and `[i]` per array index, following the instance. */
function jsonPathOf(instancePath: string, payload: unknown): string {
  if (instancePath === '') return '$';
  let out = '$';
  let current: unknown = payload;
  for (const raw of instancePath.slice(1).split('/')) {
    const segment = unescapePointer(raw);
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
 * pyRepr that never throws: a value nested deeper than the stack allows (hostile input such
 * as 100k nested arrays) is rendered as Python's placeholder for its container kind.
 */
function safeRepr(value: unknown): string {
  try {
    return pyRepr(value);
  } catch {
    return Array.isArray(value) ? '[...]' : typeof value === 'object' && value !== null ? '{...}' : String(value);
  }
}

/** The reference's message for a keyword (jsonschema's templates, values in Python repr). */
function messageOf(error: ErrorObject): string {
  const v = (): string => safeRepr(error.data);
  const limit: unknown = error.schema;
  switch (error.keyword) {
    case 'required':
      return `${pyRepr((error.params as { missingProperty?: unknown }).missingProperty)} is a required property`;
    case 'type': {
      const types = Array.isArray(limit) ? limit : [limit];
      return `${v()} is not of type ${types.map((type) => pyRepr(type)).join(', ')}`;
    }
    case 'enum':
      return `${v()} is not one of ${pyRepr(limit)}`;
    case 'const':
      return `${pyRepr(limit)} was expected`;
    case 'minLength':
    case 'minItems':
      return limit === 1 ? `${v()} should be non-empty` : `${v()} is too short`;
    case 'maxLength':
    case 'maxItems':
      return `${v()} is too long`;
    case 'minimum':
      return `${v()} is less than the minimum of ${pyRepr(limit)}`;
    case 'maximum':
      return `${v()} is greater than the maximum of ${pyRepr(limit)}`;
    case 'exclusiveMinimum':
      return `${v()} is less than or equal to the minimum of ${pyRepr(limit)}`;
    case 'exclusiveMaximum':
      return `${v()} is greater than or equal to the maximum of ${pyRepr(limit)}`;
    case 'pattern':
      return `${v()} does not match ${pyRepr(limit)}`;
    case 'anyOf':
      return `${v()} is not valid under any of the given schemas`;
    default:
      return `${v()} ${error.message ?? 'is invalid'}`;
  }
}

function compareViolations(a: SchemaViolation, b: SchemaViolation): number {
  const byPath = compareCodePoints(a.jsonPath, b.jsonPath);
  return byPath !== 0 ? byPath : compareCodePoints(a.validator, b.validator);
}

/**
 * Maps ajv errors to the reference's top-level errors: one `anyOf` violation per failing
 * `anyOf` (nothing from inside its branches), sorted by JSON path (code point order), ties by
 * keyword, `required` failures at one path in the schema's order (stable sort).
 */
export function mapSchemaErrors(errors: readonly ErrorObject[], payload: unknown): readonly SchemaViolation[] {
  const anyOfPaths: string[] = [];
  for (const error of errors) if (error.keyword === 'anyOf') anyOfPaths.push(error.instancePath);
  const out: SchemaViolation[] = [];
  for (const error of errors) {
    const path = error.instancePath;
    let hidden = false;
    for (const prefix of anyOfPaths) {
      if (error.keyword === 'anyOf' && prefix === path) continue;
      if (path === prefix || path.startsWith(prefix + '/')) {
        hidden = true;
        break;
      }
    }
    if (hidden) continue;
    out.push(new SchemaViolation(jsonPathOf(path, payload), messageOf(error), error.keyword, error.schema, schemaPathOf(error.schemaPath)));
  }
  out.sort(compareViolations);
  return Object.freeze(out);
}
