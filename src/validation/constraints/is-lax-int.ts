/** Lax integers: numbers, bools and integer strings as pydantic reads them (ENVELOPE.md §2.5). */
import { fieldDecorator, type FieldDecoratorOptions } from '../field-decorator';
import { scalarType, type FieldType } from '../field-type';
import { parseLaxInt } from '../parsers';

export const IS_LAX_INT = 'isLaxInt';

export interface LaxIntOptions {
  readonly gt?: number;
  readonly ge?: number;
  readonly le?: number;
}

export function laxIntType(options: LaxIntOptions = {}): FieldType<number> {
  const schema: Record<string, unknown> = { type: 'integer' };
  if (options.gt !== undefined) schema['exclusiveMinimum'] = options.gt;
  if (options.ge !== undefined) schema['minimum'] = options.ge;
  if (options.le !== undefined) schema['maximum'] = options.le;
  return scalarType(IS_LAX_INT, (input) => parseLaxInt(input, options), schema);
}

export function isLaxInt(value: unknown, options: LaxIntOptions = {}): boolean {
  return parseLaxInt(value, options).ok;
}

export function IsLaxInt(options: LaxIntOptions = {}, field: FieldDecoratorOptions<number> = {}): PropertyDecorator {
  return fieldDecorator(laxIntType(options), field);
}
