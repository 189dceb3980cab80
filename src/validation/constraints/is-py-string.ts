/** Strict-type strings with code-point lengths and pattern (ENVELOPE.md §2.3, §2.4). */
import { fieldDecorator, type FieldDecoratorOptions } from '../field-decorator';
import { INVALID, scalarType, type FieldType } from '../field-type';
import { parsePyString } from '../parsers';
import { pyStringCheck } from '../parsers/py-string';

export const IS_PY_STRING = 'isPyString';

export interface PyStringOptions {
  readonly minLength?: number;
  readonly maxLength?: number;
  /** Whole-string pattern; `source` is the pattern text reported in messages and schemas. */
  readonly pattern?: { readonly regex: RegExp; readonly source: string };
}

export function pyStringType(options: PyStringOptions = {}): FieldType<string> {
  const schema: Record<string, unknown> = { type: 'string' };
  if (options.minLength !== undefined) schema['minLength'] = options.minLength;
  if (options.maxLength !== undefined) schema['maxLength'] = options.maxLength;
  if (options.pattern !== undefined) schema['pattern'] = options.pattern.source;
  const check = pyStringCheck(options);
  return scalarType(IS_PY_STRING, (input) => parsePyString(input, options), schema, undefined, (input) => check(input) ?? INVALID);
}

export function isPyString(value: unknown, options: PyStringOptions = {}): value is string {
  return parsePyString(value, options).ok;
}

export function IsPyString(options: PyStringOptions = {}, field: FieldDecoratorOptions<string> = {}): PropertyDecorator {
  return fieldDecorator(pyStringType(options), field);
}
