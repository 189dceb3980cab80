/**
 * Field types: the one mechanism behind every model field. A field type parses a raw JSON
 * value the way pydantic's lax mode does (coercing, or recording violations at a location),
 * renders the parsed value back to JSON for `toDict()`, and describes itself as a JSON Schema
 * fragment for the schema generator. Decorators (`IsPyString`, `IsLaxInt`, ...) are thin
 * wrappers that attach a field type to a class property.
 */
import { arrayElements } from '../conventions/json-walk';
import { childLoc, type LocSegment, type ParseOutcome, type Violation } from './violation';

/** Returned by `FieldType.parse` when the value is invalid (violations were recorded). */
export const INVALID: unique symbol = Symbol('INVALID');
export type Invalid = typeof INVALID;

/** A JSON Schema fragment (plain JSON). */
export type JsonSchema = { readonly [key: string]: unknown };

/** Collects `$defs` while a schema is being rendered: one entry per nested class or enum. */
export interface SchemaDefs {
  /** Registers (once) and returns the `$ref` for a named definition built lazily. */
  ref(name: string, build: () => JsonSchema): JsonSchema;
}

export interface FieldType<T = unknown> {
  /** Constraint name (the class-validator constraint this type backs), e.g. `isPyString`. */
  readonly name: string;
  /** Parses `input`; on failure appends violations located under `loc` and returns INVALID. */
  parse(input: unknown, loc: readonly LocSegment[], out: Violation[]): T | Invalid;
  /** The `toDict()` rendering of a parsed value. */
  toJson(value: T): unknown;
  /** The JSON Schema fragment for this type (draft 2020-12 form). */
  schema(defs: SchemaDefs): JsonSchema;
  /**
   * Optional fast check for the compiled model parsers (./compiled-parser.ts): the value
   * `parse` would return for a valid `input`, or INVALID on failure or any doubt, recording
   * nothing. Must never return a value `parse` would not. Without it, `fastCheck` calls `parse`.
   */
  readonly fast?: (input: unknown) => T | Invalid;
}

/** The fast check of a field type: its own `fast`, else `parse` into a throwaway list. */
export function fastCheck<T>(type: FieldType<T>): (input: unknown) => T | Invalid {
  const fast = type.fast;
  if (fast !== undefined) return fast;
  const loc: readonly LocSegment[] = Object.freeze([]);
  return (input) => type.parse(input, loc, []);
}

/** Wraps a pure scalar parser (a `ParseOutcome` producer) into a field type. */
export function scalarType<T>(
  name: string,
  parser: (input: unknown) => ParseOutcome<T>,
  schema: JsonSchema,
  toJson: (value: T) => unknown = (value) => value,
  fast?: (input: unknown) => T | Invalid,
): FieldType<T> {
  return {
    name,
    fast:
      fast ??
      ((input) => {
        const outcome = parser(input);
        return outcome.ok ? outcome.value : INVALID;
      }),
    parse(input, loc, out) {
      const outcome = parser(input);
      if (outcome.ok) return outcome.value;
      out.push(
        outcome.ctx === undefined
          ? { type: outcome.type, loc, msg: outcome.msg, input }
          : { type: outcome.type, loc, msg: outcome.msg, input, ctx: outcome.ctx },
      );
      return INVALID;
    },
    toJson,
    schema: () => schema,
  };
}

/**
 * A string type whose parsed values go through `canonical` (e.g. to the registry's own string
 * for a known name, so later comparisons are by pointer); same checks, messages and schema.
 */
export function canonicalStringType(inner: FieldType<string>, canonical: (value: string) => string): FieldType<string> {
  const innerFast = fastCheck(inner);
  return {
    name: inner.name,
    parse(input, loc, out) {
      const parsed = inner.parse(input, loc, out);
      return parsed === INVALID ? INVALID : canonical(parsed);
    },
    fast(input) {
      const parsed = innerFast(input);
      return parsed === INVALID ? INVALID : canonical(parsed);
    },
    toJson: (value) => inner.toJson(value),
    schema: (defs) => inner.schema(defs),
  };
}

/** `T | null`: null passes as null; anything else is parsed by the inner type. */
export function nullableType<T>(inner: FieldType<T>): FieldType<T | null> {
  const innerFast = fastCheck(inner);
  return {
    name: inner.name,
    fast: (input) => (input === null ? null : innerFast(input)),
    parse: (input, loc, out) => (input === null ? null : inner.parse(input, loc, out)),
    toJson: (value) => (value === null ? null : inner.toJson(value)),
    schema: (defs) => ({ anyOf: [inner.schema(defs), { type: 'null' }] }),
  };
}

export interface ListOptions {
  readonly minItems?: number;
}

/**
 * `T[]`: a JSON array; items are parsed at `[...loc, index]`; the result is frozen. A sparse
 * array is its real elements (holes are absent, conventions/json-walk.ts).
 */
export function listType<T>(item: FieldType<T>, options: ListOptions = {}): FieldType<readonly T[]> {
  const minItems = options.minItems ?? 0;
  const itemFast = fastCheck(item);
  return {
    name: item.name,
    fast(input) {
      if (!Array.isArray(input)) return INVALID;
      const items = arrayElements(input);
      if (items.length < minItems) return INVALID;
      const values: T[] = new Array<T>(items.length);
      for (let i = 0; i < items.length; i++) {
        const parsed = itemFast(items[i]);
        if (parsed === INVALID) return INVALID;
        values[i] = parsed;
      }
      return Object.freeze(values);
    },
    parse(input, loc, out) {
      if (!Array.isArray(input)) {
        out.push({ type: 'list_type', loc, msg: 'Input should be a valid list', input });
        return INVALID;
      }
      const before = out.length;
      const items = arrayElements(input);
      const values: T[] = new Array<T>(items.length);
      for (let i = 0; i < items.length; i++) {
        const parsed = item.parse(items[i], childLoc(loc, i), out);
        if (parsed !== INVALID) values[i] = parsed;
      }
      if (out.length !== before) return INVALID;
      if (values.length < minItems) {
        out.push({
          type: 'too_short',
          loc,
          msg: `List should have at least ${minItems} item${minItems === 1 ? '' : 's'} after validation, not ${values.length}`,
          input,
          ctx: { field_type: 'List', min_length: minItems, actual_length: values.length },
        });
        return INVALID;
      }
      return Object.freeze(values);
    },
    toJson: (values) => values.map((value) => item.toJson(value)),
    schema: (defs) => ({
      type: 'array',
      items: item.schema(defs),
      ...(minItems > 0 ? { minItems } : {}),
    }),
  };
}
