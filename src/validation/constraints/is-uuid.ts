/** UUIDs in every form pydantic accepts, normalised to lowercase hyphenated (ENVELOPE.md §2.8). */
import { fieldDecorator, type FieldDecoratorOptions } from '../field-decorator';
import { INVALID, scalarType, type FieldType, type Invalid } from '../field-type';
import { parseUuid } from '../parsers';
import { isCanonicalUuid } from '../parsers/ascii-class';

export const IS_PY_UUID = 'isPyUuid';

export function pyUuidType(): FieldType<string> {
  return scalarType(IS_PY_UUID, parseUuid, { type: 'string', format: 'uuid' }, undefined, fastUuid);
}

/**
 * The fast check: a UUID already in its parsed form is returned as it is (the last one is
 * remembered: a log repeats its project's UUID on every line), any other input parsed.
 */
function fastUuid(input: unknown): string | Invalid {
  if (typeof input === 'string') {
    if (input === lastCanonical) return input;
    if (isCanonicalUuid(input)) return (lastCanonical = input);
  }
  const outcome = parseUuid(input);
  return outcome.ok ? outcome.value : INVALID;
}

let lastCanonical: string | null = null;

export function isPyUuid(value: unknown): boolean {
  return parseUuid(value).ok;
}

export function IsPyUuid(field: FieldDecoratorOptions<string> = {}): PropertyDecorator {
  return fieldDecorator(pyUuidType(), field);
}
