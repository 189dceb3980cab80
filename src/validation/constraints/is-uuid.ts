/** UUIDs in every form pydantic accepts, normalised to lowercase hyphenated (ENVELOPE.md §2.8). */
import { fieldDecorator, type FieldDecoratorOptions } from '../field-decorator';
import { INVALID, scalarType, type FieldType, type Invalid } from '../field-type';
import { parseUuid } from '../parsers';
import { isCanonicalUuid, rememberingTest } from '../parsers/ascii-class';

export const IS_PY_UUID = 'isPyUuid';

export function pyUuidType(): FieldType<string> {
  return scalarType(IS_PY_UUID, parseUuid, { type: 'string', format: 'uuid' }, undefined, fastUuid());
}

/** The fast check of one UUID field: a UUID already in its parsed form is returned as it is, any other input parsed. */
function fastUuid(): (input: unknown) => string | Invalid {
  const isCanonical = rememberingTest(isCanonicalUuid);
  return (input) => {
    if (typeof input === 'string' && isCanonical(input)) return input;
    const outcome = parseUuid(input);
    return outcome.ok ? outcome.value : INVALID;
  };
}

export function isPyUuid(value: unknown): boolean {
  return parseUuid(value).ok;
}

export function IsPyUuid(field: FieldDecoratorOptions<string> = {}): PropertyDecorator {
  return fieldDecorator(pyUuidType(), field);
}
