/**
 * `Literal[SomeEnum.MEMBER]` fields (pydantic): the schema and parsing of a one-value literal,
 * but the failure text names the enum member's repr (`Input should be <OriginSurface.ADR: 'adr'>`).
 */
import { fieldDecorator, type FieldDecoratorOptions } from '../validation/field-decorator';
import { INVALID, type FieldType } from '../validation/field-type';
import { literalType } from '../validation/constraints/is-choice';
import type { Violation } from '../validation/violation';

export function enumLiteralType<V extends string>(enumName: string, member: string, value: V): FieldType<V> {
  const base = literalType<V>([value]);
  const expected = `<${enumName}.${member}: '${value}'>`;
  return {
    ...base,
    parse: (input, loc, out) => {
      const local: Violation[] = [];
      const parsed = base.parse(input, loc, local);
      if (parsed !== INVALID) return parsed;
      for (const v of local) out.push(v.type === 'literal_error' ? { ...v, msg: `Input should be ${expected}`, ctx: { expected } } : v);
      return INVALID;
    },
  };
}

export function IsEnumLiteral<V extends string>(enumName: string, member: string, value: V, field: FieldDecoratorOptions<V> = {}): PropertyDecorator {
  return fieldDecorator(enumLiteralType(enumName, member, value), field);
}
