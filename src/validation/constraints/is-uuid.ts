/** UUIDs in every form pydantic accepts, normalised to lowercase hyphenated (ENVELOPE.md §2.8). */
import { fieldDecorator, type FieldDecoratorOptions } from '../field-decorator';
import { scalarType, type FieldType } from '../field-type';
import { parseUuid } from '../parsers';

export const IS_PY_UUID = 'isPyUuid';

export function pyUuidType(): FieldType<string> {
  return scalarType(IS_PY_UUID, parseUuid, { type: 'string', format: 'uuid' });
}

export function isPyUuid(value: unknown): boolean {
  return parseUuid(value).ok;
}

export function IsPyUuid(field: FieldDecoratorOptions<string> = {}): PropertyDecorator {
  return fieldDecorator(pyUuidType(), field);
}
