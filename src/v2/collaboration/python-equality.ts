/**
 * Python `==` between two JSON values (COLLABORATION.md §8.9), used to match a completed step
 * against the started ones: numbers and booleans compare numerically (`true == 1`), `null`
 * equals only `null`, arrays element by element, objects by own key set and values (key order
 * ignored), and a string never equals a non-string.
 */
import { hasOwn, isPlainObject } from '../../conventions';

export function pyEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const ta = typeof a;
  const tb = typeof b;
  if ((ta === 'number' || ta === 'boolean') && (tb === 'number' || tb === 'boolean')) {
    return Number(a) === Number(b);
  }
  if (ta !== 'object' || tb !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!pyEquals(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b) || !isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!hasOwn(b, key) || !pyEquals(a[key], b[key])) return false;
  }
  return true;
}

/** Index of the first element of `list` equal to `value` (Python `list.index`), or -1. */
export function pyIndexOf(list: readonly unknown[], value: unknown): number {
  // A string equals only an identical string, so the native search is exact for strings.
  if (typeof value === 'string') return list.indexOf(value);
  for (let i = 0; i < list.length; i++) if (pyEquals(list[i], value)) return i;
  return -1;
}
