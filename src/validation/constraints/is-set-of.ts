/**
 * `frozenset[T]` fields: a JSON array (or a `Set`), items parsed at `[...loc, index]`,
 * duplicates collapsed, kept as an immutable `ReadonlySet`. `toDict()` renders an array sorted
 * ascending (strings by code point, CONVENTIONS.md §6.2; numbers numerically): Python's own
 * rendering is hash order, which the port replaces with a deterministic one (API.md).
 */
import { compareCodePoints } from '../../conventions/code-points';
import { isSetLike } from '../../conventions/frozen-collections';
import { arrayElements } from '../../conventions/json-walk';
import { fieldDecorator, type FieldDecoratorOptions } from '../field-decorator';
import { INVALID, type FieldType } from '../field-type';
import { FrozenSet } from '../frozen-collections';
import { childLoc, type Violation } from '../violation';

export const IS_SET_OF = 'isSetOf';

/**
 * Ascending order of rendered set items: strings by code point, numbers numerically, tuples
 * (arrays) item by item, shorter first on a tie.
 */
export function compareSetItems(a: unknown, b: unknown): number {
  if (typeof a === 'string' && typeof b === 'string') return compareCodePoints(a, b);
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  if (Array.isArray(a) && Array.isArray(b)) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      const order = compareSetItems(a[i], b[i]);
      if (order !== 0) return order;
    }
    return a.length - b.length;
  }
  return 0;
}

export function setOfType<T>(item: FieldType<T>): FieldType<ReadonlySet<T>> {
  return {
    name: IS_SET_OF,
    parse(input, loc, out: Violation[]) {
      let values: readonly unknown[];
      if (Array.isArray(input)) values = arrayElements(input); // holes are absent items
      else if (isSetLike(input)) values = [...input];
      else {
        out.push({ type: 'frozen_set_type', loc, msg: 'Input should be a valid frozenset', input });
        return INVALID;
      }
      const before = out.length;
      const parsed: T[] = [];
      for (let i = 0; i < values.length; i++) {
        const value = item.parse(values[i], childLoc(loc, i), out);
        if (value !== INVALID) parsed.push(value);
      }
      return out.length !== before ? INVALID : new FrozenSet<T>(parsed);
    },
    toJson: (set) => Array.from(set, (value) => item.toJson(value)).sort(compareSetItems),
    schema: (defs) => ({ type: 'array', items: item.schema(defs), uniqueItems: true }),
  };
}

export function isSetOf(input: unknown, item: FieldType<unknown>): boolean {
  return setOfType(item).parse(input, [], []) !== INVALID;
}

export function IsSetOf<T>(item: FieldType<T>, field: FieldDecoratorOptions<ReadonlySet<T>> = {}): PropertyDecorator {
  return fieldDecorator(setOfType(item), field);
}
