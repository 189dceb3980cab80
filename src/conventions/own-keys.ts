/**
 * Own-key access to user-keyed data (CONVENTIONS.md §7). A Python dict has no inherited
 * keys, so `__proto__`, `constructor`, `toString`, … are ordinary data keys in the
 * reference. These helpers never read `Object.prototype` members as data, never write
 * through the `__proto__` setter, and never change or pollute any prototype.
 */

import { arrayElements } from './json-walk';

const objectProto = Object.prototype;
const getProto = Object.getPrototypeOf;
const objectHasOwn = Object.hasOwn;
const fnToString = Function.prototype.toString;
const OBJECT_CTOR_SOURCE = fnToString.call(Object);

/**
 * True for a plain data object: a non-array object whose prototype is `Object.prototype`
 * (what `JSON.parse` and object literals make) or `null`. Class instances, Maps, Dates and
 * arrays are not plain. An `Object.prototype` from another realm (vm context) also counts.
 */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  try {
    const proto = getProto(v);
    if (proto === objectProto || proto === null) return !Array.isArray(v);
    return isForeignObjectPrototype(proto) && !Array.isArray(v);
  } catch {
    // A Proxy whose `getPrototypeOf` trap throws, or a revoked Proxy: not plain data.
    return false;
  }
}

/**
 * `Name: message` of something thrown while reading a user value (a throwing getter or Proxy
 * trap), for the library's own errors and violations. Never throws itself.
 */
export function describeThrown(thrown: unknown): string {
  try {
    if (thrown instanceof Error) return `${thrown.name}: ${thrown.message}`;
    return String(thrown);
  } catch {
    return 'unreadable error';
  }
}

function isForeignObjectPrototype(proto: object): boolean {
  if (getProto(proto) !== null || !objectHasOwn(proto, 'constructor')) return false;
  const ctor = (proto as { constructor: unknown }).constructor;
  return typeof ctor === 'function' && fnToString.call(ctor) === OBJECT_CTOR_SOURCE;
}

/** `Object.hasOwn`: is `key` an own property of `obj` (inherited members never count)? */
export function hasOwn(obj: object, key: PropertyKey): boolean {
  return objectHasOwn(obj, key);
}

/**
 * The own property `key` of `obj`, or `undefined` when it is not an own property. An own
 * property holding `undefined` also reads `undefined`, i.e. as absent (§7.2).
 */
export function getOwn(obj: object, key: PropertyKey): unknown {
  return objectHasOwn(obj, key) ? (obj as Record<PropertyKey, unknown>)[key] : undefined;
}

/** §7.2: absent = not an own property, or an own property whose value is `undefined`. */
export function isAbsent(obj: object, key: PropertyKey): boolean {
  return !objectHasOwn(obj, key) || (obj as Record<PropertyKey, unknown>)[key] === undefined;
}

/** Defines an own, enumerable, writable, configurable data property (never a setter call). */
export function defineOwn(obj: object, key: PropertyKey, value: unknown): void {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
}

/**
 * A plain object (prototype `Object.prototype`, like `JSON.parse` output) with the given
 * entries as own data properties. A `"__proto__"` entry becomes an own key, not a
 * prototype change. A repeated key keeps its first position and takes the last value
 * (Python dict semantics; integer-like keys still list first, §7.5).
 */
export function safeFromEntries(
  entries: Iterable<readonly [string, unknown]>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    if (key === '__proto__') defineOwn(out, key, value);
    else out[key] = value;
  }
  return out;
}

type ToJSONable = { toJSON(key: string): unknown };

/** Options of `jsonCopy`. */
export interface JsonCopyOptions {
  /**
   * Largest nesting depth copied (non-empty containers on a path, the value itself counted;
   * ./json-walk.ts); deeper input throws `JsonDepthError`. Unlimited by default.
   */
  readonly maxDepth?: number;
  /**
   * Rewrites (or refuses, by throwing) each object key; `depth` is 1 for the keys of the value
   * itself, 2 for the keys of its members, ... Keys are kept as they are by default.
   */
  readonly mapKey?: (key: string, depth: number) => string;
}

/** Thrown by `jsonCopy` for a value nested deeper than its `maxDepth`. */
export class JsonDepthError extends RangeError {
  readonly maxDepth: number;

  constructor(maxDepth: number) {
    super(`Value nested deeper than ${maxDepth} levels`);
    this.name = 'JsonDepthError';
    this.maxDepth = maxDepth;
  }
}

/**
 * A deep copy made of fresh plain objects and arrays, equal to
 * `JSON.parse(JSON.stringify(value))` but without the text round trip: own enumerable
 * string keys in order (an own `"__proto__"` key stays a data key), `toJSON` honoured,
 * boxed primitives unwrapped, object members that are `undefined` / functions / symbols
 * dropped and such array items turned into `null`, non-finite numbers → `null`, `-0` → `0`.
 * Arrays are their real elements: holes are skipped, not turned into `null`s (json-walk.ts).
 * Returns `undefined` where `JSON.stringify` would. Throws `TypeError` for a bigint or a
 * cycle, as `JSON.stringify` does, and `JsonDepthError` beyond `options.maxDepth`.
 * Iterative: any depth copies without growing the call stack.
 */
export function jsonCopy(value: unknown, options: JsonCopyOptions = {}): unknown {
  const maxDepth = options.maxDepth ?? Infinity;
  const mapKey = options.mapKey;
  const root = prepare(value, '');
  if (typeof root !== 'object' || root === null) return root;
  const stack: CopyFrame[] = [];
  const open = new Set<object>();
  const result = enter(root, stack, open, maxDepth);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next >= frame.items.length) {
      stack.pop();
      open.delete(frame.source);
      continue;
    }
    const depth = stack.length; // this frame's depth, before a child is entered
    const at = frame.next++;
    const key = frame.keys === null ? String(at) : frame.keys[at]!;
    let item = prepare(frame.items[at], key);
    if (typeof item === 'object' && item !== null) item = enter(item, stack, open, maxDepth);
    if (frame.keys === null) (frame.target as unknown[]).push(item === undefined ? null : item);
    else if (item !== undefined) {
      const name = mapKey === undefined ? key : mapKey(key, depth);
      if (name === '__proto__') defineOwn(frame.target, name, item);
      else (frame.target as Record<string, unknown>)[name] = item;
    }
  }
  return result;
}

interface CopyFrame {
  readonly source: object;
  readonly target: unknown[] | Record<string, unknown>;
  /** Own enumerable keys of an object source; null for an array source. */
  readonly keys: readonly string[] | null;
  /** The values to copy, parallel to `keys` (the real elements of an array). */
  readonly items: readonly unknown[];
  next: number;
}

/** `toJSON` applied, primitives and boxed primitives converted; containers returned as is. */
function prepare(value: unknown, key: string): unknown {
  if (typeof value === 'object' && value !== null) {
    const toJSON = (value as Partial<ToJSONable>).toJSON;
    if (typeof toJSON === 'function') value = (value as ToJSONable).toJSON(key);
  } else if (typeof value === 'bigint') {
    const toJSON = (value as unknown as Partial<ToJSONable>).toJSON;
    if (typeof toJSON === 'function') value = toJSON.call(value, key);
  }
  if (value === null) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value + 0 : null; // value + 0 turns -0 into 0
    case 'bigint':
      throw new TypeError('Do not know how to serialize a BigInt');
    case 'object':
      break;
    default:
      return undefined; // undefined, function, symbol
  }
  const obj = value as object;
  if (obj instanceof Number) return prepare(Number(obj), key);
  if (obj instanceof String) return String(obj);
  if (obj instanceof Boolean) return obj.valueOf();
  return obj;
}

/** Starts copying a container: its (empty) copy, with a frame pushed when it has contents. */
function enter(source: object, stack: CopyFrame[], open: Set<object>, maxDepth: number): unknown[] | Record<string, unknown> {
  if (open.has(source)) throw new TypeError('Converting circular structure to JSON');
  let frame: CopyFrame;
  if (Array.isArray(source)) {
    frame = { source, target: [], keys: null, items: arrayElements(source), next: 0 };
  } else {
    const record = source as Record<string, unknown>;
    const keys = Object.keys(record);
    frame = { source, target: {}, keys, items: keys.map((k) => record[k]), next: 0 };
  }
  if (frame.items.length > 0) {
    if (stack.length + 1 > maxDepth) throw new JsonDepthError(maxDepth);
    stack.push(frame);
    open.add(source);
  }
  return frame.target;
}
