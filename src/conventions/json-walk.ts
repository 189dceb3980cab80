/**
 * The one way the library walks user values ("values as JSON sees them"; docs/ARCHITECTURE.md,
 * "Hostile values"):
 *
 * - **No recursion over user data.** Every walk over a user value (repr, equality, JSON copy,
 *   nesting depth) runs on an explicit stack, so a value nested 100,000 deep costs its size
 *   and never overflows the call stack.
 * - **Arrays are their real elements.** A JSON array has no holes, so a sparse JS array is read
 *   as the list of its own elements in index order: `[1, , 3]` is the 2-item list `[1, 3]`, and
 *   `a = []; a[1e7] = 1` is the 1-item list `[1]` (its `length` is never iterated). Holes are
 *   absent items, not `null`s (unlike `JSON.stringify`, which would invent 10 million `null`s);
 *   an own element holding `undefined` is a real element.
 * - **Nesting depth** (`nestingDepth`) counts the non-empty arrays and objects on the deepest
 *   path, the value itself included (`[]` and scalars: 0; `[[1]]`: 2; `{"a": []}`: 1). The
 *   reference's limits are stated in this measure: `model_dump(mode="json")` fails above
 *   `JSON_DUMP_MAX_DEPTH`, Python's `repr()` fails from `REPR_MAX_DEPTH` on.
 */

import { isMapLike, isSetLike } from './frozen-collections';
import { isProxy } from './proxy';

const objectKeys = Object.keys;
const hasOwnProperty = Object.prototype.hasOwnProperty;
const INDEX_KEY = /^(?:0|[1-9][0-9]*)$/;

/**
 * The elements of `array` as a JSON array holds them: `array` itself when it has no holes
 * (the common case, no copy), else a new dense array of its own elements in index order.
 * Cost: the dense prefix plus the number of own elements, never `length` for a sparse array.
 */
export function arrayElements<T>(array: readonly T[]): readonly T[] {
  const length = array.length;
  for (let i = 0; i < length; i++) {
    if (array[i] === undefined && !(i in array)) return compactFrom(array, i, length);
  }
  return array;
}

function compactFrom<T>(array: readonly T[], holeAt: number, length: number): T[] {
  const indices: number[] = [];
  let ascending = true;
  for (const key of objectKeys(array)) {
    if (!INDEX_KEY.test(key)) continue;
    const index = Number(key);
    if (index <= holeAt || index >= length) continue;
    if (indices.length > 0 && index < indices[indices.length - 1]!) ascending = false;
    indices.push(index);
  }
  // An ordinary array lists its index keys ascending; a Proxy's `ownKeys` may not.
  if (!ascending) indices.sort((a, b) => a - b);
  const out = array.slice(0, holeAt);
  for (const index of indices) out.push(array[index]!);
  return out;
}

/** Containers whose contents the library walks: arrays and non-null objects. */
function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/** The children of a container for depth purposes: array elements, or own enumerable values. */
function childrenOf(value: object): readonly unknown[] {
  if (Array.isArray(value)) return arrayElements(value);
  if (isMapLike(value) || isSetLike(value)) return [...value.values()];
  const record = value as Record<string, unknown>;
  return objectKeys(record).map((key) => record[key]);
}

/**
 * The nesting depth of `value` (module comment), or `limit + 1` as soon as it is known to
 * exceed `limit`. A container met again on its own path (a cycle) adds no depth, as Python's
 * `repr()` prints it as `[...]` / `{...}`. Iterative; stops early.
 */
export function nestingDepth(value: unknown, limit: number = Number.MAX_SAFE_INTEGER): number {
  if (!isContainer(value)) return 0;
  const children = childrenOf(value);
  if (children.length === 0) return 0;
  let deepest = 1;
  if (deepest > limit) return limit + 1;
  const onPath = new Set<object>([value]);
  const stack: { readonly container: object; readonly children: readonly unknown[]; next: number }[] = [
    { container: value, children, next: 0 },
  ];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next >= frame.children.length) {
      stack.pop();
      onPath.delete(frame.container);
      continue;
    }
    const child = frame.children[frame.next++];
    if (!isContainer(child) || onPath.has(child)) continue;
    const grandChildren = childrenOf(child);
    if (grandChildren.length === 0) continue;
    stack.push({ container: child, children: grandChildren, next: 0 });
    onPath.add(child);
    if (stack.length > deepest) {
      deepest = stack.length;
      if (deepest > limit) return limit + 1;
    }
  }
  return deepest;
}

/**
 * The deepest value (in `nestingDepth`'s measure) that the reference's
 * `model_dump(mode="json")` serialises: pydantic-core's serializer refuses deeper values with
 * `ValueError: Circular reference detected (depth exceeded)`. Measured on an `Event.payload`,
 * the payload object itself counted: `{"x": 254 nested lists}` dumps, 255 lists fail.
 */
export const JSON_DUMP_MAX_DEPTH = 255;

/**
 * The nesting depth from which Python's `repr()` exceeds its recursion limit (1000 frames)
 * when called with the reference's reducers on a shallow stack; pydantic then prints
 * `<unprintable list object>` instead of the value. (In Python the exact threshold moves with
 * the caller's stack depth; this is the value the reference gives called from a script's top
 * level, see scripts/golden/deep-values.py.)
 */
export const REPR_MAX_DEPTH = 995;

/** Whether an array has a hole before `length` (stops at the first one). */
function hasHole(array: readonly unknown[]): boolean {
  for (let i = 0; i < array.length; i++) if (array[i] === undefined && !(i in array)) return true;
  return false;
}

/**
 * `value` as JSON sees its arrays: `value` itself when no array inside it is sparse (no copy,
 * the common case), else a copy in which every array is its real elements (holes removed) and
 * every object a plain copy of its own enumerable properties; leaves are kept as they are.
 * For consumers that iterate `length` themselves, such as ajv. Iterative; shared and cyclic
 * containers are copied once (a cycle stays a cycle).
 */
export function withoutHoles(value: unknown): unknown {
  if (!isPlainContainer(value)) return value;
  const quick = quickHoleScan(value);
  if (quick === NO_HOLE) return value;
  if (quick === HOLE) return compactCopy(value);
  // Detection pass: cheap, no copies; each container visited once (shared or cyclic ones too).
  const seen = new Set<object>();
  const stack: object[] = [value];
  while (stack.length > 0) {
    const container = stack.pop()!;
    if (seen.has(container)) continue;
    seen.add(container);
    if (Array.isArray(container) && hasHole(container)) return compactCopy(value);
    for (const child of childrenOf(container)) if (isPlainContainer(child)) stack.push(child);
  }
  return value;
}

/** Containers the quick scan visits before handing over to the full one (which tracks shared and cyclic containers). */
const QUICK_SCAN_BUDGET = 2048;
const NO_HOLE = 0;
const HOLE = 1;
const UNDECIDED = 2;

/**
 * The detection pass for the common value (a tree of a few containers): no visited set, each
 * element read once; gives up (`UNDECIDED`) past `QUICK_SCAN_BUDGET` containers, which bounds
 * it on cycles and on containers shared many times over. Same reads, in the same order, as
 * the full pass until then.
 */
function quickHoleScan(root: object): typeof NO_HOLE | typeof HOLE | typeof UNDECIDED {
  const stack: object[] = [root];
  let visits = 0;
  while (stack.length > 0) {
    if (++visits > QUICK_SCAN_BUDGET) return UNDECIDED;
    const container = stack.pop()!;
    if (Array.isArray(container)) {
      const array = container as readonly unknown[];
      for (let i = 0; i < array.length; i++) {
        const item = array[i];
        if (item === undefined && !(i in array)) return HOLE;
        if (isPlainContainer(item)) stack.push(item);
      }
    } else if (isProxy !== null && !isProxy(container)) {
      // for-in over an ordinary object reads its fields through the engine's enum cache (no key
      // array); the own-key test drops inherited enumerable keys, leaving Object.keys' keys in
      // its order. A Proxy (or a platform that cannot tell) takes Object.keys, for its traps.
      const record = container as Record<string, unknown>;
      for (const key in record) {
        if (!hasOwnProperty.call(record, key)) continue;
        const item = record[key];
        if (isPlainContainer(item)) stack.push(item);
      }
    } else {
      const record = container as Record<string, unknown>;
      for (const key of objectKeys(record)) {
        const item = record[key];
        if (isPlainContainer(item)) stack.push(item);
      }
    }
  }
  return NO_HOLE;
}

function compactCopy(root: object): unknown {
  const copies = new Map<object, unknown[] | Record<string, unknown>>();
  const copyOf = (source: object): unknown[] | Record<string, unknown> => {
    let copy = copies.get(source);
    if (copy === undefined) {
      copy = Array.isArray(source) ? [] : {};
      copies.set(source, copy);
      pending.push(source);
    }
    return copy;
  };
  const pending: object[] = [];
  const result = copyOf(root);
  while (pending.length > 0) {
    const source = pending.pop()!;
    const target = copies.get(source)!;
    if (Array.isArray(source)) {
      for (const item of arrayElements(source)) (target as unknown[]).push(isPlainContainer(item) ? copyOf(item) : item);
    } else {
      const record = source as Record<string, unknown>;
      for (const key of objectKeys(record)) {
        const item = record[key];
        Object.defineProperty(target, key, { value: isPlainContainer(item) ? copyOf(item) : item, writable: true, enumerable: true, configurable: true });
      }
    }
  }
  return result;
}

/** Arrays and plain objects: what a JSON view copies (class instances stay as they are). */
function isPlainContainer(value: unknown): value is object {
  if (!isContainer(value)) return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
