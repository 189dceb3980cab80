/**
 * Result maps and sets that share structure between reads of an incremental reducer (issue 9
 * item 6).
 *
 * A reducer that hands out a frozen copy of its working map at every read pays O(state) per
 * read: a dashboard reading after each of n appends pays O(n²). `MapHistory` is the working
 * map of one fold (one writer) that remembers, for every key, the values it held at the
 * versions a view was taken; a `MapView` is an immutable `ReadonlyMap` of one version, built
 * in O(1) (plus the size of an optional overlay). Taking a view and then writing costs O(1)
 * per write: a write keeps the old value only if a view may see it. Iteration follows
 * insertion, as a `Map` does (a key deleted and set again comes last). `SetHistory` /
 * `SetView` are the same for sets. The histories of one fold may share a `VersionClock`, so
 * one read marks a version for all of them.
 */

import { FrozenMap, FrozenSet } from '../conventions/frozen-collections';

/** The version counter of one fold's histories (every write ticks it; a view marks it). */
export class VersionClock {
  /** Incremented by every write. */
  now = 0;
  /** The newest version a view was taken at (-1: none). */
  viewed = -1;
}

/** Marks a deleted key in a slot's history. */
const GONE: unique symbol = Symbol('deleted');
type Kept<R> = R | typeof GONE;

/** One life of a key in iteration order: set at `born`, deleted at `died` (Infinity: alive). */
interface Position<K> {
  readonly key: K;
  died: number;
}

interface Slot<K, R> {
  /** The versions at which the key got each kept value, ascending. */
  readonly since: number[];
  readonly values: Kept<R>[];
  /** The key's current position (null while deleted). */
  position: Position<K> | null;
}

/** Compaction of the iteration order waits for this many dead positions (and more dead than live). */
const COMPACT_FROM = 32;

/** One fold's working map with views of past versions. */
export class MapHistory<R, K = string> {
  private readonly slots = new Map<K, Slot<K, R>>();
  /** Key lives in insertion order; dead ones are dropped by compaction (old views keep the old array). */
  private order: Position<K>[] = [];
  private live = 0;
  private dead = 0;

  constructor(private readonly clock: VersionClock = new VersionClock()) {}

  get size(): number {
    return this.live;
  }

  /** The current value of `key`. */
  get(key: K): R | undefined {
    const slot = this.slots.get(key);
    if (slot === undefined) return undefined;
    const value = slot.values[slot.values.length - 1]!;
    return value === GONE ? undefined : value;
  }

  has(key: K): boolean {
    const slot = this.slots.get(key);
    return slot !== undefined && slot.position !== null;
  }

  set(key: K, value: R): void {
    const slot = this.slots.get(key);
    if (slot === undefined) {
      const position: Position<K> = { key, died: Infinity };
      this.slots.set(key, { since: [++this.clock.now], values: [value], position });
      this.order.push(position);
      this.live++;
      return;
    }
    if (slot.position === null) {
      slot.position = { key, died: Infinity };
      this.order.push(slot.position);
      this.live++;
    }
    this.record(slot, value);
  }

  /** Deletes `key`; false when it is absent. */
  delete(key: K): boolean {
    const slot = this.slots.get(key);
    if (slot === undefined || slot.position === null) return false;
    this.record(slot, GONE);
    slot.position.died = this.clock.now;
    slot.position = null;
    this.live--;
    if (++this.dead >= COMPACT_FROM && this.dead > this.live) {
      this.order = this.order.filter((position) => position.died === Infinity);
      this.dead = 0;
    }
    return true;
  }

  private record(slot: Slot<K, R>, value: Kept<R>): void {
    const version = ++this.clock.now;
    const last = slot.since.length - 1;
    if (slot.since[last]! > this.clock.viewed) {
      // No view can see the value being replaced: overwrite it.
      slot.since[last] = version;
      slot.values[last] = value;
    } else {
      slot.since.push(version);
      slot.values.push(value);
    }
  }

  /** The current keys and values (for code that works on a copy). */
  *entries(): IterableIterator<[K, R]> {
    for (const position of this.order) if (position.died === Infinity) yield [position.key, this.get(position.key) as R];
  }

  /** The current keys. */
  *keys(): IterableIterator<K> {
    for (const position of this.order) if (position.died === Infinity) yield position.key;
  }

  /** The current values. */
  *values(): IterableIterator<R> {
    for (const [, value] of this.entries()) yield value;
  }

  /**
   * An immutable view of the current version, values mapped through `read` (called once per
   * value and key read: `read` should cache if it builds objects). `overlay` holds changes
   * on top of the current version (entries it sets win; new keys come after, in its order).
   */
  view<V>(read: (raw: R) => V, overlay: ReadonlyMap<K, R> | null = null): MapView<R, V, K> {
    this.clock.viewed = this.clock.now;
    return new MapView(this, this.clock.now, this.order, this.order.length, this.live, read, overlay);
  }

  /** @internal Whether `key` is present at `version`, and its value then. */
  rawAt(key: K, version: number): Kept<R> {
    const slot = this.slots.get(key);
    if (slot === undefined) return GONE;
    const since = slot.since;
    let hi = since.length - 1;
    if (since[hi]! <= version) return slot.values[hi]!;
    // Binary search: the last entry set at or before `version`.
    let lo = 0;
    if (since[0]! > version) return GONE;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (since[mid]! <= version) lo = mid;
      else hi = mid - 1;
    }
    return slot.values[lo]!;
  }

  /** @internal The value of `key` at `version` (or undefined). */
  valueAt(key: K, version: number): R | undefined {
    const raw = this.rawAt(key, version);
    return raw === GONE ? undefined : raw;
  }
}

function immutable(method: string, what = 'map'): never {
  throw new TypeError(`Cannot ${method} on an immutable ${what}`);
}

/**
 * An immutable `ReadonlyMap` over one version of a `MapHistory` (plus an overlay). It is an
 * `instanceof FrozenMap` (see below), not a `Map`.
 */
export class MapView<R, V, K = string> implements ReadonlyMap<K, V> {
  readonly #history: MapHistory<R, K>;
  readonly #version: number;
  readonly #order: readonly Position<K>[];
  readonly #count: number;
  readonly #size: number;
  readonly #read: (raw: R) => V;
  readonly #overlay: ReadonlyMap<K, R> | null;
  /** Overlay keys that the base version does not hold, in overlay order. */
  readonly #added: readonly K[];

  constructor(
    history: MapHistory<R, K>,
    version: number,
    order: readonly Position<K>[],
    count: number,
    size: number,
    read: (raw: R) => V,
    overlay: ReadonlyMap<K, R> | null,
  ) {
    this.#history = history;
    this.#version = version;
    this.#order = order;
    this.#count = count;
    this.#size = size;
    this.#read = read;
    this.#overlay = overlay !== null && overlay.size > 0 ? overlay : null;
    const added: K[] = [];
    if (this.#overlay !== null) {
      for (const key of this.#overlay.keys()) if (history.rawAt(key, version) === GONE) added.push(key);
    }
    this.#added = Object.freeze(added);
    Object.freeze(this);
  }

  #raw(key: K): Kept<R> {
    const overlay = this.#overlay;
    if (overlay !== null && overlay.has(key)) return overlay.get(key)!;
    return this.#history.rawAt(key, this.#version);
  }

  get size(): number {
    return this.#size + this.#added.length;
  }

  get(key: K): V | undefined {
    const raw = this.#raw(key);
    return raw === GONE ? undefined : this.#read(raw);
  }

  has(key: K): boolean {
    return this.#raw(key) !== GONE;
  }

  *entries(): MapIterator<[K, V]> {
    const version = this.#version;
    for (let i = 0; i < this.#count; i++) {
      const position = this.#order[i]!;
      if (position.died <= version) continue;
      yield [position.key, this.#read(this.#raw(position.key) as R)];
    }
    for (const key of this.#added) yield [key, this.#read(this.#overlay!.get(key)!)];
  }

  *keys(): MapIterator<K> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }

  get [Symbol.toStringTag](): string {
    return 'FrozenMap';
  }

  /** A plain object of the string-keyed entries, in insertion order (as `FrozenMap.toJSON`). */
  toJSON(): Record<string, V> {
    const out: Record<string, V> = {};
    for (const [key, value] of this.entries()) {
      if (typeof key === 'string') Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true });
    }
    return out;
  }

  set(_key: K, _value: V): this {
    return immutable('set');
  }

  delete(_key: K): boolean {
    return immutable('delete');
  }

  clear(): void {
    immutable('clear');
  }
}

/**
 * A view is a frozen map of the library like any other: an `instanceof FrozenMap` (its
 * prototype chain goes through `FrozenMap.prototype`, every method its own) whose
 * `constructor` is `FrozenMap`, so checks and structural comparisons (jest's `toEqual`) treat a
 * reducer's view and a parsed `FrozenMap` with the same entries alike. It is no `Map`:
 * `Map.prototype.set.call(view, …)` throws a TypeError, as on any `FrozenMap`.
 */
Object.setPrototypeOf(MapView.prototype, FrozenMap.prototype);
Object.defineProperty(MapView.prototype, 'constructor', { value: FrozenMap, writable: true, configurable: true });

/** One fold's working set with views of past versions (a `MapHistory` of members). */
export class SetHistory<T> {
  private readonly members: MapHistory<true, T>;

  constructor(clock: VersionClock = new VersionClock()) {
    this.members = new MapHistory<true, T>(clock);
  }

  get size(): number {
    return this.members.size;
  }

  has(value: T): boolean {
    return this.members.has(value);
  }

  /** Adds `value`; false when it was there already. */
  add(value: T): boolean {
    if (this.members.has(value)) return false;
    this.members.set(value, true);
    return true;
  }

  delete(value: T): boolean {
    return this.members.delete(value);
  }

  /** The current members, in insertion order. */
  values(): IterableIterator<T> {
    return this.members.keys();
  }

  /** An immutable view of the current members. */
  view(): SetView<T> {
    return new SetView(this.members.view(returnTrue));
  }
}

const returnTrue = (): true => true;

/**
 * An immutable `ReadonlySet` over one version of a `SetHistory`: an `instanceof FrozenSet`
 * whose `constructor` is `FrozenSet` (see below), not a `Set`.
 */
export class SetView<T> implements ReadonlySet<T> {
  readonly #members: MapView<true, true, T>;

  constructor(members: MapView<true, true, T>) {
    this.#members = members;
    Object.freeze(this);
  }

  get size(): number {
    return this.#members.size;
  }

  has(value: T): boolean {
    return this.#members.has(value);
  }

  forEach(callback: (value: T, value2: T, set: ReadonlySet<T>) => void, thisArg?: unknown): void {
    for (const value of this.#members.keys()) callback.call(thisArg, value, value, this);
  }

  keys(): SetIterator<T> {
    return this.#members.keys();
  }

  values(): SetIterator<T> {
    return this.#members.keys();
  }

  *entries(): SetIterator<[T, T]> {
    for (const value of this.#members.keys()) yield [value, value];
  }

  [Symbol.iterator](): SetIterator<T> {
    return this.#members.keys();
  }

  get [Symbol.toStringTag](): string {
    return 'FrozenSet';
  }

  /** The members, in insertion order (as `FrozenSet.toJSON`). */
  toJSON(): T[] {
    return [...this.#members.keys()];
  }

  add(_value: T): this {
    return immutable('add', 'set');
  }

  delete(_value: T): boolean {
    return immutable('delete', 'set');
  }

  clear(): void {
    immutable('clear', 'set');
  }
}

/** As for `MapView`: a set view is a `FrozenSet` to `instanceof` and structural comparisons. */
Object.setPrototypeOf(SetView.prototype, FrozenSet.prototype);
Object.defineProperty(SetView.prototype, 'constructor', { value: FrozenSet, writable: true, configurable: true });
