/** Strict integers: JS integral numbers only, no bools or strings (STATUS_AND_GATES.md §14). */
import { fieldDecorator, type FieldDecoratorOptions } from '../field-decorator';
import { scalarType, type FieldType } from '../field-type';
import { parseStrictInt } from '../parsers';

export const IS_STRICT_INT = 'isStrictInt';

export interface StrictIntOptions {
  readonly gt?: number;
}

export function strictIntType(options: StrictIntOptions = {}): FieldType<number> {
  const schema: Record<string, unknown> = { type: 'integer' };
  if (options.gt !== undefined) schema['exclusiveMinimum'] = options.gt;
  return scalarType(IS_STRICT_INT, (input) => parseStrictInt(input, options), schema);
}

export function isStrictInt(value: unknown, options: StrictIntOptions = {}): boolean {
  return parseStrictInt(value, options).ok;
}

export function IsStrictInt(options: StrictIntOptions = {}, field: FieldDecoratorOptions<number> = {}): PropertyDecorator {
  return fieldDecorator(strictIntType(options), field);
}
