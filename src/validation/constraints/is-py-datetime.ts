/** Datetimes as pydantic reads them, kept as `PyDateTime` values (ENVELOPE.md §2.7). */
import { fieldDecorator, type FieldDecoratorOptions } from '../field-decorator';
import { scalarType, type FieldType } from '../field-type';
import { parsePyDateTime, type PyDateTime } from '../parsers';

export const IS_PY_DATETIME = 'isPyDateTime';

export function pyDateTimeType(): FieldType<PyDateTime> {
  return scalarType(IS_PY_DATETIME, parsePyDateTime, { type: 'string', format: 'date-time' }, (value) => value.jsonTs());
}

export function isPyDateTime(value: unknown): boolean {
  return parsePyDateTime(value).ok;
}

export function IsPyDateTime(field: FieldDecoratorOptions<PyDateTime> = {}): PropertyDecorator {
  return fieldDecorator(pyDateTimeType(), field);
}
