/**
 * `Dict[str, Any]`: any plain object, shallow-copied with its own enumerable keys (ENVELOPE.md §2.9).
 * Parsing never walks the contents (the reference accepts any value, of any depth); `toDict()`
 * renders a JSON copy, iteratively, and refuses a value nested deeper than the reference's
 * `model_dump(mode="json")` serialises (`JSON_DUMP_MAX_DEPTH`, the object itself counted),
 * where the reference fails too. Keys: a lone surrogate in a key of the object itself is
 * written as three U+FFFD (`dumpedDictKey`, as the reference writes typed dict keys); in a key
 * nested deeper the reference's dump fails (`UnicodeEncodeError`), and so does `toDict()`.
 */
import { fieldDecorator, type FieldDecoratorOptions } from '../field-decorator';
import { INVALID, scalarType, type FieldType, type Invalid } from '../field-type';
import { defineOwn, dumpedDictKey, hasLoneSurrogate, isPlainObject, JSON_DUMP_MAX_DEPTH, jsonCopy, pyRepr } from '../../conventions';
import { isProxy } from '../../conventions/proxy';
import { fail, ok, type ParseOutcome } from '../violation';

export const IS_JSON_OBJECT = 'isJsonObject';

export type JsonObject = Record<string, unknown>;

const getOwnPropertySymbols = Object.getOwnPropertySymbols;
const propertyIsEnumerable = Object.prototype.propertyIsEnumerable;

/**
 * Own enumerable keys copied with defineProperty (strings, then symbols, as object spread
 * copies them), so a `__proto__` key stays a key and no setter runs.
 */
export function shallowCopyRecord(source: Record<string, unknown>): JsonObject {
  const copy: JsonObject = {};
  for (const key of Object.keys(source)) defineOwn(copy, key, source[key]);
  for (const symbol of getOwnPropertySymbols(source)) {
    if (propertyIsEnumerable.call(source, symbol)) defineOwn(copy, symbol, (source as Record<symbol, unknown>)[symbol]);
  }
  return copy;
}

export function parseJsonObject(input: unknown): ParseOutcome<JsonObject> {
  return isPlainObject(input) ? ok(shallowCopyRecord(input)) : fail('dict_type', 'Input should be a valid dictionary');
}

/**
 * The fast check (compiled model parsers): the same copy as `shallowCopyRecord` by object
 * spread, which defines own data properties (a `__proto__` key stays a key, no setter runs)
 * and clones a JSON object's layout at once; a Proxy is left to the generic path.
 */
function fastJsonObject(input: unknown): JsonObject | Invalid {
  if (!isPlainObject(input) || (isProxy !== null && isProxy(input))) return INVALID;
  return { ...input };
}

export function jsonObjectType(): FieldType<JsonObject> {
  return scalarType(IS_JSON_OBJECT, parseJsonObject, { type: 'object', additionalProperties: true }, renderJsonObject, fastJsonObject);
}

/** The `toDict()` form of a JSON-object field: a plain JSON copy (throws past the depth limit). */
export function renderJsonObject(value: JsonObject): unknown {
  return jsonCopy(value, { maxDepth: JSON_DUMP_MAX_DEPTH, mapKey: dumpedKey });
}

function dumpedKey(key: string, depth: number): string {
  if (depth === 1) return dumpedDictKey(key);
  if (hasLoneSurrogate(key)) {
    throw new RangeError(
      `key ${pyRepr(key)} holds a lone surrogate (the reference's model_dump(mode="json") fails with ` +
        `"UnicodeEncodeError: 'utf-8' codec can't encode ... surrogates not allowed")`,
    );
  }
  return key;
}

export function isJsonObject(value: unknown): boolean {
  return isPlainObject(value);
}

export function IsJsonObject(field: FieldDecoratorOptions<JsonObject> = {}): PropertyDecorator {
  return fieldDecorator(jsonObjectType(), field);
}
