/**
 * `Dict[str, Any]`: any plain object, shallow-copied with own keys only (ENVELOPE.md §2.9).
 * Parsing never walks the contents (the reference accepts any value, of any depth); `toDict()`
 * renders a JSON copy, iteratively, and refuses a value nested deeper than the reference's
 * `model_dump(mode="json")` serialises (`JSON_DUMP_MAX_DEPTH`, the object itself counted),
 * where the reference fails too.
 */
import { fieldDecorator, type FieldDecoratorOptions } from '../field-decorator';
import { scalarType, type FieldType } from '../field-type';
import { defineOwn, isPlainObject, JSON_DUMP_MAX_DEPTH, jsonCopy } from '../../conventions';
import { fail, ok, type ParseOutcome } from '../violation';

export const IS_JSON_OBJECT = 'isJsonObject';

export type JsonObject = Record<string, unknown>;

/** Own enumerable keys copied with defineProperty, so a `__proto__` key stays a key. */
export function shallowCopyRecord(source: Record<string, unknown>): JsonObject {
  const copy: JsonObject = {};
  for (const key of Object.keys(source)) defineOwn(copy, key, source[key]);
  return copy;
}

export function parseJsonObject(input: unknown): ParseOutcome<JsonObject> {
  return isPlainObject(input) ? ok(shallowCopyRecord(input)) : fail('dict_type', 'Input should be a valid dictionary');
}

export function jsonObjectType(): FieldType<JsonObject> {
  return scalarType(IS_JSON_OBJECT, parseJsonObject, { type: 'object', additionalProperties: true }, renderJsonObject);
}

/** The `toDict()` form of a JSON-object field: a plain JSON copy (throws past the depth limit). */
export function renderJsonObject(value: JsonObject): unknown {
  return jsonCopy(value, { maxDepth: JSON_DUMP_MAX_DEPTH });
}

export function isJsonObject(value: unknown): boolean {
  return isPlainObject(value);
}

export function IsJsonObject(field: FieldDecoratorOptions<JsonObject> = {}): PropertyDecorator {
  return fieldDecorator(jsonObjectType(), field);
}
