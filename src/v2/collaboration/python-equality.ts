/**
 * Python `==` between two JSON values (COLLABORATION.md §8.9), used to match a completed step
 * against the started ones: numbers and booleans compare numerically (`true == 1`), `null`
 * equals only `null`, arrays element by element (their real elements: holes are absent,
 * conventions/json-walk.ts), objects by own key set and values (key order ignored), and a
 * string never equals a non-string.
 *
 * Iterative (an explicit stack of pairs still to compare), so values of any nesting depth
 * compare in time linear in their size. A pair of containers met a second time is not
 * compared again: either it is still being compared (a cycle; Python would hit its recursion
 * limit) or it already compared equal, since the first unequal pair ends the comparison.
 */
import { arrayElements, hasOwn, isPlainObject } from '../../conventions';

/** `==` of two leaves, or `undefined` when both are containers that need their contents compared. */
function leafEquals(a: unknown, b: unknown): boolean | undefined {
  if (a === b) return true;
  const ta = typeof a;
  const tb = typeof b;
  if ((ta === 'number' || ta === 'boolean') && (tb === 'number' || tb === 'boolean')) {
    return Number(a) === Number(b);
  }
  if (ta !== 'object' || tb !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (!Array.isArray(a) && (!isPlainObject(a) || !isPlainObject(b))) return false;
  return undefined;
}

export function pyEquals(a: unknown, b: unknown): boolean {
  try {
    return compare(a, b);
  } catch {
    // A getter or Proxy trap threw while reading one side: such a value equals nothing.
    return false;
  }
}

function compare(a: unknown, b: unknown): boolean {
  const first = leafEquals(a, b);
  if (first !== undefined) return first;
  const pending: unknown[] = [a, b];
  const seen = new Map<object, Set<object>>();
  while (pending.length > 0) {
    const y = pending.pop();
    const x = pending.pop();
    const leaf = leafEquals(x, y);
    if (leaf === false) return false;
    if (leaf === true) continue;
    const left = x as object;
    const right = y as object;
    let partners = seen.get(left);
    if (partners === undefined) seen.set(left, (partners = new Set()));
    else if (partners.has(right)) continue;
    partners.add(right);
    if (Array.isArray(left)) {
      const xs = arrayElements(left);
      const ys = arrayElements(right as unknown[]);
      if (xs.length !== ys.length) return false;
      for (let i = xs.length - 1; i >= 0; i--) pending.push(xs[i], ys[i]);
    } else {
      const xr = left as Record<string, unknown>;
      const yr = right as Record<string, unknown>;
      const keys = Object.keys(xr);
      if (keys.length !== Object.keys(yr).length) return false;
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]!;
        if (!hasOwn(yr, key)) return false;
        pending.push(xr[key], yr[key]);
      }
    }
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
