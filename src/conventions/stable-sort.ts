/**
 * Sorting the way the reference sorts (CONVENTIONS.md §6.3): stable, always with an
 * explicit comparator, tuple keys compared element by element — numbers numerically,
 * strings by code point (§6.2). The default `Array.prototype.sort()` would stringify
 * numbers (`10` before `9`) and compare strings by UTF-16 unit.
 */
import { compareCodePoints } from './code-points';

/** One component of a sort key. */
export type SortKeyPart = number | string;
/** A tuple sort key, like a Python tuple key. */
export type SortKey = readonly SortKeyPart[];

/** Numbers numerically, strings by code point; a number and a string are not comparable. */
export function compareKeyParts(a: SortKeyPart, b: SortKeyPart): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'string' && typeof b === 'string') return compareCodePoints(a, b);
  // Python: TypeError: '<' not supported between instances of 'int' and 'str'
  throw new TypeError(`cannot compare ${typeof a} with ${typeof b} in a sort key`);
}

/**
 * Python tuple order: the first unequal element decides; when one key is a prefix of the
 * other, the shorter sorts first. Returns -1, 0 or 1. A descending component is expressed
 * by the caller (negate the number, or use {@link descending} in a custom comparator).
 */
export function compareTuple(a: SortKey, b: SortKey): number {
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) {
    const c = compareKeyParts(a[i], b[i]);
    if (c !== 0) return c;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

/** Reverses one comparison result (for a descending key component); never returns -0. */
export function descending(c: number): number {
  return c === 0 ? 0 : -c;
}

/**
 * A new array with the items of `items` stably sorted by `keyFn` (tuple order, as
 * {@link compareTuple}), like Python's `sorted(items, key=keyFn)`. Each key is computed
 * once. The input is not modified.
 */
export function sortBy<T>(items: Iterable<T>, keyFn: (item: T) => SortKey): T[] {
  const decorated: { key: SortKey; item: T }[] = [];
  for (const item of items) decorated.push({ key: keyFn(item), item });
  // Array.prototype.sort is stable (ES2019+): equal keys keep input order.
  decorated.sort((x, y) => compareTuple(x.key, y.key));
  const out: T[] = new Array(decorated.length);
  for (let i = 0; i < decorated.length; i++) out[i] = decorated[i].item;
  return out;
}

/** Stable sort of a copy of `items` with an explicit comparator (never the default one). */
export function sortedWith<T>(items: Iterable<T>, compare: (a: T, b: T) => number): T[] {
  return Array.from(items).sort(compare);
}
