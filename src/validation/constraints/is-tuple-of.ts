/**
 * `tuple[T, ...]` fields: a JSON array whose items are parsed at `[...loc, index]`, kept as a
 * frozen array (order and duplicates kept). Anything else — a bare string included — is
 * rejected with pydantic's `tuple_type`. A sparse array is its real elements (holes absent).
 */
import { arrayElements } from '../../conventions/json-walk';
import { fieldDecorator, type FieldDecoratorOptions } from '../field-decorator';
import { INVALID, type FieldType } from '../field-type';
import { childLoc, type Violation } from '../violation';

/** `min_length` of a tuple field (pydantic `too_short`, `field_type: 'Tuple'`). */
export interface TupleOptions {
  readonly minItems?: number;
}

export const IS_TUPLE_OF = 'isTupleOf';

export function tupleOfType<T>(item: FieldType<T>, options: TupleOptions = {}): FieldType<readonly T[]> {
  const minItems = options.minItems ?? 0;
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
      let valid = 0;
      for (let i = 0; i < items.length; i++) {
        const value = item.parse(items[i], childLoc(loc, i), out);
        if (value !== INVALID) {
          values[i] = value;
          valid++;
        }
      }
      // pydantic's tuple counts the items that validated, and reports a short tuple after the item errors.
      if (valid < minItems) {
        out.push({
          type: 'too_short',
          loc,
          msg: `Tuple should have at least ${minItems} item${minItems === 1 ? '' : 's'} after validation, not ${valid}`,
          input,
          ctx: { field_type: 'Tuple', min_length: minItems, actual_length: valid },
        });
        return INVALID;
      }
      return out.length !== before ? INVALID : Object.freeze(values);
    },
    toJson: (values) => values.map((value) => item.toJson(value)),
    schema: (defs) => ({ type: 'array', items: item.schema(defs), ...(minItems > 0 ? { minItems } : {}) }),
  };
}

export function isTupleOf(input: unknown, item: FieldType<unknown>, options: TupleOptions = {}): boolean {
  return tupleOfType(item, options).parse(input, [], []) !== INVALID;
}

export function IsTupleOf<T>(item: FieldType<T>, field: FieldDecoratorOptions<readonly T[]> = {}, options: TupleOptions = {}): PropertyDecorator {
  return fieldDecorator(tupleOfType(item, options), field);
}

export const IS_FIXED_TUPLE = 'isFixedTuple';

/**
 * `tuple[A, B, ...]` (fixed length, one type per position): a JSON array whose item `i` is
 * parsed by `items[i]` at `[...loc, i]`; a missing position is pydantic's `missing`, extra
 * items give `too_long` ("Tuple should have at most N items after validation, not M").
 */
export function fixedTupleType<T extends readonly unknown[]>(items: { readonly [K in keyof T]: FieldType<T[K]> }): FieldType<Readonly<T>> {
  const types = items as readonly FieldType<unknown>[];
  return {
    name: IS_FIXED_TUPLE,
    parse(input, loc, out: Violation[]) {
      if (!Array.isArray(input)) {
        out.push({ type: 'tuple_type', loc, msg: 'Input should be a valid tuple', input });
        return INVALID;
      }
      const elements = arrayElements(input);
      if (elements.length > types.length) {
        out.push({
          type: 'too_long',
          loc,
          msg: `Tuple should have at most ${types.length} item${types.length === 1 ? '' : 's'} after validation, not ${elements.length}`,
          input,
          ctx: { field_type: 'Tuple', max_length: types.length, actual_length: elements.length },
        });
        return INVALID;
      }
      const before = out.length;
      const values: unknown[] = new Array<unknown>(types.length);
      types.forEach((type, i) => {
        if (i >= elements.length) out.push({ type: 'missing', loc: childLoc(loc, i), msg: 'Field required', input });
        else values[i] = type.parse(elements[i], childLoc(loc, i), out);
      });
      return out.length !== before ? INVALID : (Object.freeze(values) as unknown as Readonly<T>);
    },
    toJson: (values) => types.map((type, i) => type.toJson((values as readonly unknown[])[i])),
    schema: (defs) => ({ type: 'array', prefixItems: types.map((type) => type.schema(defs)), minItems: types.length, maxItems: types.length }),
  };
}
