/**
 * `tuple[T, ...]` fields: a JSON array whose items are parsed at `[...loc, index]`, kept as a
 * frozen array (order and duplicates kept). Anything else — a bare string included — is
 * rejected with pydantic's `tuple_type`. A sparse array is its real elements (holes absent).
 */
import { arrayElements } from '../../conventions/json-walk';
import { fieldDecorator, type FieldDecoratorOptions } from '../field-decorator';
import { INVALID, type FieldType } from '../field-type';
import type { Violation } from '../violation';

export const IS_TUPLE_OF = 'isTupleOf';

export function tupleOfType<T>(item: FieldType<T>): FieldType<readonly T[]> {
  return {
    name: IS_TUPLE_OF,
    parse(input, loc, out: Violation[]) {
      if (!Array.isArray(input)) {
        out.push({ type: 'tuple_type', loc, msg: 'Input should be a valid tuple', input });
        return INVALID;
      }
      const before = out.length;
      const items = arrayElements(input);
      const values: T[] = new Array<T>(items.length);
      for (let i = 0; i < items.length; i++) {
        const value = item.parse(items[i], [...loc, i], out);
        if (value !== INVALID) values[i] = value;
      }
      return out.length !== before ? INVALID : Object.freeze(values);
    },
    toJson: (values) => values.map((value) => item.toJson(value)),
    schema: (defs) => ({ type: 'array', items: item.schema(defs) }),
  };
}

export function isTupleOf(input: unknown, item: FieldType<unknown>): boolean {
  return tupleOfType(item).parse(input, [], []) !== INVALID;
}

export function IsTupleOf<T>(item: FieldType<T>, field: FieldDecoratorOptions<readonly T[]> = {}): PropertyDecorator {
  return fieldDecorator(tupleOfType(item), field);
}
