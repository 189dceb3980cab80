/** `Dict[str, Any]`: any plain object, shallow-copied with own keys only (ENVELOPE.md §2.9). */
import { fieldDecorator, type FieldDecoratorOptions } from '../field-decorator';
import { scalarType, type FieldType } from '../field-type';
import { defineOwn, isPlainObject, jsonCopy } from '../../conventions';
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
  return scalarType(IS_JSON_OBJECT, parseJsonObject, { type: 'object', additionalProperties: true }, jsonCopy);
}

export function isJsonObject(value: unknown): boolean {
  return isPlainObject(value);
}

export function IsJsonObject(field: FieldDecoratorOptions<JsonObject> = {}): PropertyDecorator {
  return fieldDecorator(jsonObjectType(), field);
}
