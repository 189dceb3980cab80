/** Lax floats: numbers, bools and number strings as pydantic reads them, with `ge` / `le`. */
import { fieldDecorator, type FieldDecoratorOptions } from '../field-decorator';
import { scalarType, type FieldType } from '../field-type';
import { parseLaxFloat } from '../parsers';

export const IS_LAX_FLOAT = 'isLaxFloat';

export interface LaxFloatOptions {
  readonly ge?: number;
  readonly le?: number;
}

export function laxFloatType(options: LaxFloatOptions = {}): FieldType<number> {
  const schema: Record<string, unknown> = { type: 'number' };
  if (options.le !== undefined) schema['maximum'] = options.le;
  if (options.ge !== undefined) schema['minimum'] = options.ge;
  return scalarType(IS_LAX_FLOAT, (input) => parseLaxFloat(input, options), schema);
}

export function isLaxFloat(value: unknown, options: LaxFloatOptions = {}): boolean {
  return parseLaxFloat(value, options).ok;
}

export function IsLaxFloat(options: LaxFloatOptions = {}, field: FieldDecoratorOptions<number> = {}): PropertyDecorator {
  return fieldDecorator(laxFloatType(options), field);
}
