/** `Dict[str, Any]`: any plain object, shallow-copied with own keys only (ENVELOPE.md §2.9). */
import { fieldDecorator, type FieldDecoratorOptions } from '../field-decorator';
import { scalarType, type FieldType } from '../field-type';
import { isPlainRecord } from '../model';
import { fail, ok, type ParseOutcome } from '../violation';

export const IS_JSON_OBJECT = 'isJsonObject';

export type JsonObject = Record<string, unknown>;

/** Own enumerable keys copied with defineProperty, so a `__proto__` key stays a key. */
export function shallowCopyRecord(source: Record<string, unknown>): JsonObject {
  const copy: JsonObject = {};
  for (const key of Object.keys(source)) {
    Object.defineProperty(copy, key, { value: source[key], enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

export function parseJsonObject(input: unknown): ParseOutcome<JsonObject> {
  return isPlainRecord(input) ? ok(shallowCopyRecord(input)) : fail('dict_type', 'Input should be a valid dictionary');
}

/** Deep JSON copy for `toDict()`: plain data only, `__proto__` keys kept as data. */
export function jsonCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(jsonCopy);
  if (isPlainRecord(value)) {
    const copy: JsonObject = {};
    for (const key of Object.keys(value)) {
      Object.defineProperty(copy, key, { value: jsonCopy(value[key]), enumerable: true, writable: true, configurable: true });
    }
    return copy;
  }
  return value;
}

export function jsonObjectType(): FieldType<JsonObject> {
  return scalarType(IS_JSON_OBJECT, parseJsonObject, { type: 'object', additionalProperties: true }, jsonCopy);
}

export function isJsonObject(value: unknown): boolean {
  return isPlainRecord(value);
}

export function IsJsonObject(field: FieldDecoratorOptions<JsonObject> = {}): PropertyDecorator {
  return fieldDecorator(jsonObjectType(), field);
}
