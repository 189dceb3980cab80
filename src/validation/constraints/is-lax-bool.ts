/** Lax booleans (ENVELOPE.md §2.6) and the `Literal[True]` of ForceMetadata.force. */
import { fieldDecorator, type FieldDecoratorOptions } from '../field-decorator';
import { scalarType, type FieldType } from '../field-type';
import { parseLaxBool, parseLiteralTrue } from '../parsers';
import type { ParseOutcome } from '../violation';

export const IS_LAX_BOOL = 'isLaxBool';
export const IS_LITERAL_TRUE = 'isLiteralTrue';

export function laxBoolType(): FieldType<boolean> {
  return scalarType(IS_LAX_BOOL, parseLaxBool, { type: 'boolean' });
}

export function literalTrueType(): FieldType<true> {
  return scalarType<true>(IS_LITERAL_TRUE, (input) => parseLiteralTrue(input) as ParseOutcome<true>, { type: 'boolean', const: true });
}

export function isLaxBool(value: unknown): boolean {
  return parseLaxBool(value).ok;
}

export function isLiteralTrue(value: unknown): boolean {
  return parseLiteralTrue(value).ok;
}

export function IsLaxBool(field: FieldDecoratorOptions<boolean> = {}): PropertyDecorator {
  return fieldDecorator(laxBoolType(), field);
}

export function IsLiteralTrue(field: FieldDecoratorOptions<true> = {}): PropertyDecorator {
  return fieldDecorator(literalTrueType(), field);
}
