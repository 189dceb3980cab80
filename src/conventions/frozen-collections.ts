/**
 * Run-time immutable collections: the port of Python's `frozenset` and of read-only mappings
 * (reducer results, set/map constants). `FrozenSet` / `FrozenMap` are read-only views over a
 * private store: they do **not** extend `Set` / `Map`, so nothing reaches the store —
 * `Map.prototype.set.call(view, k, v)` throws `TypeError` (incompatible receiver), the object
 * is `Object.freeze`d, and `forEach` hands callbacks the view, never the store.
 *
 * They implement `ReadonlySet` / `ReadonlyMap`: `has`, `get`, `size`, `forEach`, `keys`,
 * `values`, `entries` and iteration, in insertion order. Code that needs "a set or a frozen
 * set" tests with `isSetLike` / `isMapLike` rather than `instanceof Set` / `instanceof Map`.
 * `toJSON()`: a `FrozenSet` is an array of its items, a `FrozenMap` a plain object of its
 * string-keyed entries (own data keys; `__proto__` stays a key).
 *
 * Every result gets its own instances (no process-wide empty singletons), so identity never
 * links two callers' results.
 */
/** A set that cannot change after construction (Python `frozenset`). */
export class FrozenSet<T> implements ReadonlySet<T> {
  readonly #items: Set<T>;

  constructor(values: Iterable<T> = []) {
    this.#items = new Set(values);
    Object.freeze(this);
  }

  get size(): number {
    return this.#items.size;
  }

  has(value: T): boolean {
    return this.#items.has(value);
  }

  forEach(callback: (value: T, value2: T, set: ReadonlySet<T>) => void, thisArg?: unknown): void {
    for (const value of this.#items) callback.call(thisArg, value, value, this);
  }

  keys(): SetIterator<T> {
    return this.#items.keys();
  }

  values(): SetIterator<T> {
    return this.#items.values();
  }

  entries(): SetIterator<[T, T]> {
    return this.#items.entries();
  }

  [Symbol.iterator](): SetIterator<T> {
    return this.#items.values();
  }

  get [Symbol.toStringTag](): string {
    return 'FrozenSet';
  }

  /** The items, in insertion order. */
  toJSON(): T[] {
    return [...this.#items];
  }
}

/** A map that cannot change after construction. */
export class FrozenMap<K, V> implements ReadonlyMap<K, V> {
  readonly #entries: Map<K, V>;

  constructor(entries: Iterable<readonly [K, V]> = []) {
    this.#entries = new Map(entries);
    Object.freeze(this);
  }

  get size(): number {
    return this.#entries.size;
  }

  get(key: K): V | undefined {
    return this.#entries.get(key);
  }

  has(key: K): boolean {
    return this.#entries.has(key);
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.#entries) callback.call(thisArg, value, key, this);
  }

  keys(): MapIterator<K> {
    return this.#entries.keys();
  }

  values(): MapIterator<V> {
    return this.#entries.values();
  }

  entries(): MapIterator<[K, V]> {
    return this.#entries.entries();
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.#entries.entries();
  }

  get [Symbol.toStringTag](): string {
    return 'FrozenMap';
  }

  /** A plain object of the string-keyed entries, in insertion order. */
  toJSON(): Record<string, V> {
    const out: Record<string, V> = {};
    for (const [key, value] of this.#entries) {
      if (typeof key === 'string') Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true });
    }
    return out;
  }
}

/** An immutable `ReadonlySet` holding `values` in first-occurrence order. */
export function frozenSet<T>(values: Iterable<T>): ReadonlySet<T> {
  return new FrozenSet(values);
}

/** An immutable `ReadonlyMap` holding `entries` (a later duplicate key overwrites the value). */
export function frozenMap<K, V>(entries: Iterable<readonly [K, V]>): ReadonlyMap<K, V> {
  return new FrozenMap(entries);
}

/** A `Set` or a `FrozenSet`. */
export function isSetLike(value: unknown): value is ReadonlySet<unknown> {
  return value instanceof Set || value instanceof FrozenSet;
}

/** A `Map` or a `FrozenMap`. */
export function isMapLike(value: unknown): value is ReadonlyMap<unknown, unknown> {
  return value instanceof Map || value instanceof FrozenMap;
}
