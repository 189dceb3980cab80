/**
 * Run-time immutable collections: the port of Python's `frozenset` and of read-only mapping
 * constants. `frozenSet(values)` returns a `Set` whose `add`, `delete` and `clear` throw
 * `TypeError`; `frozenMap(entries)` returns a `Map` whose `set`, `delete` and `clear` throw.
 * Both keep insertion order, support every read method (`has`, `get`, `size`, iteration,
 * `forEach`, ...), are `instanceof Set` / `instanceof Map`, and are `Object.freeze`d so no
 * own property (e.g. a replacement `add`) can be attached.
 *
 * Shared by every area with set/map constants (lifecycle, status, collaboration).
 */

function immutable(kind: string, method: string): never {
  throw new TypeError(`Cannot ${method} on an immutable ${kind}`);
}

/** A `Set` that cannot change after construction. */
export class FrozenSet<T> extends Set<T> implements ReadonlySet<T> {
  constructor(values: Iterable<T> = []) {
    // `super(values)` would call the overridden (throwing) `add`; fill through the base method.
    super();
    const baseAdd = Set.prototype.add;
    for (const value of values) baseAdd.call(this, value);
    Object.freeze(this);
  }

  override add(_value: T): this {
    return immutable('set', 'add');
  }

  override delete(_value: T): boolean {
    return immutable('set', 'delete');
  }

  override clear(): void {
    immutable('set', 'clear');
  }
}

/** A `Map` that cannot change after construction. */
export class FrozenMap<K, V> extends Map<K, V> implements ReadonlyMap<K, V> {
  constructor(entries: Iterable<readonly [K, V]> = []) {
    super();
    const baseSet = Map.prototype.set;
    for (const [key, value] of entries) baseSet.call(this, key, value);
    Object.freeze(this);
  }

  override set(_key: K, _value: V): this {
    return immutable('map', 'set');
  }

  override delete(_key: K): boolean {
    return immutable('map', 'delete');
  }

  override clear(): void {
    immutable('map', 'clear');
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
