/**
 * Result maps that share structure between reads of an incremental reducer (issue 9 item 6).
 *
 * A reducer that hands out a frozen copy of its working map at every read pays O(state) per
 * read: a dashboard reading after each of n appends pays O(n²). `MapHistory` is the working
 * map of one fold (one writer, string keys, no deletions) that remembers, for every key, the
 * values it held at the versions a view was taken; a `MapView` is an immutable `ReadonlyMap`
 * of one version, built in O(1) (plus the size of an optional overlay). Taking a view and
 * then writing costs O(1) per write: a write keeps the old value only if a view may see it.
 * Iteration follows first insertion, as a `Map` does.
 */

import { FrozenMap } from '../conventions/frozen-collections';

interface Slot<R> {
  /** The versions at which the key got each kept value, ascending. */
  readonly since: number[];
  readonly values: R[];
}

/** One fold's working map with views of past versions (string keys; set only). */
export class MapHistory<R> {
  private readonly slots = new Map<string, Slot<R>>();
  /** Keys in first-insertion order. */
  private readonly order: string[] = [];
  /** Incremented by every `set`. */
  private version = 0;
  /** The newest version a view was taken at (-1: none). */
  private viewed = -1;

  get size(): number {
    return this.order.length;
  }

  /** The current value of `key`. */
  get(key: string): R | undefined {
    const slot = this.slots.get(key);
    return slot === undefined ? undefined : slot.values[slot.values.length - 1];
  }

  set(key: string, value: R): void {
    const version = ++this.version;
    const slot = this.slots.get(key);
    if (slot === undefined) {
      this.slots.set(key, { since: [version], values: [value] });
      this.order.push(key);
      return;
    }
    const last = slot.since.length - 1;
    if (slot.since[last]! > this.viewed) {
      // No view can see the value being replaced: overwrite it.
      slot.since[last] = version;
      slot.values[last] = value;
    } else {
      slot.since.push(version);
      slot.values.push(value);
    }
  }

  /** The current keys and values as a `Map` (for code that works on a copy). */
  entries(): IterableIterator<[string, R]> {
    return this.entriesAt(this.version, this.order.length);
  }

  /**
   * An immutable view of the current version, values mapped through `read` (called once per
   * value and key read: `read` should cache if it builds objects). `overlay` holds changes
   * on top of the current version (entries it sets win; new keys come after, in its order).
   */
  view<V>(read: (raw: R) => V, overlay: ReadonlyMap<string, R> | null = null): MapView<R, V> {
    this.viewed = this.version;
    return new MapView(this, this.version, this.order.length, read, overlay);
  }

  /** @internal The value of `key` at `version` (or undefined). */
  valueAt(key: string, version: number): R | undefined {
    const slot = this.slots.get(key);
    if (slot === undefined) return undefined;
    const since = slot.since;
    let hi = since.length - 1;
    if (since[hi]! <= version) return slot.values[hi];
    // Binary search: the last entry set at or before `version`.
    let lo = 0;
    if (since[0]! > version) return undefined;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (since[mid]! <= version) lo = mid;
      else hi = mid - 1;
    }
    return slot.values[lo];
  }

  /** @internal The key at insertion position `i`. */
  keyAt(i: number): string {
    return this.order[i]!;
  }

  /** @internal */
  *entriesAt(version: number, count: number): IterableIterator<[string, R]> {
    for (let i = 0; i < count; i++) {
      const key = this.order[i]!;
      yield [key, this.valueAt(key, version)!];
    }
  }
}

function immutable(method: string): never {
  throw new TypeError(`Cannot ${method} on an immutable map`);
}

/**
 * An immutable `ReadonlyMap` over one version of a `MapHistory` (plus an overlay). It is an
 * `instanceof FrozenMap` (see below), not a `Map`.
 */
export class MapView<R, V> implements ReadonlyMap<string, V> {
  readonly #history: MapHistory<R>;
  readonly #version: number;
  readonly #count: number;
  readonly #read: (raw: R) => V;
  readonly #overlay: ReadonlyMap<string, R> | null;
  /** Overlay keys that the base version does not hold, in overlay order. */
  readonly #added: readonly string[];

  constructor(history: MapHistory<R>, version: number, count: number, read: (raw: R) => V, overlay: ReadonlyMap<string, R> | null) {
    this.#history = history;
    this.#version = version;
    this.#count = count;
    this.#read = read;
    this.#overlay = overlay !== null && overlay.size > 0 ? overlay : null;
    const added: string[] = [];
    if (this.#overlay !== null) {
      for (const key of this.#overlay.keys()) if (history.valueAt(key, version) === undefined) added.push(key);
    }
    this.#added = Object.freeze(added);
    Object.freeze(this);
  }

  #raw(key: string): R | undefined {
    const overlay = this.#overlay;
    if (overlay !== null) {
      const changed = overlay.get(key);
      if (changed !== undefined) return changed;
    }
    return this.#history.valueAt(key, this.#version);
  }

  get size(): number {
    return this.#count + this.#added.length;
  }

  get(key: string): V | undefined {
    if (typeof key !== 'string') return undefined;
    const raw = this.#raw(key);
    return raw === undefined ? undefined : this.#read(raw);
  }

  has(key: string): boolean {
    return typeof key === 'string' && this.#raw(key) !== undefined;
  }

  *entries(): MapIterator<[string, V]> {
    for (let i = 0; i < this.#count; i++) {
      const key = this.#history.keyAt(i);
      yield [key, this.#read(this.#raw(key)!)];
    }
    for (const key of this.#added) yield [key, this.#read(this.#overlay!.get(key)!)];
  }

  *keys(): MapIterator<string> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }

  get [Symbol.toStringTag](): string {
    return 'FrozenMap';
  }

  /** A plain object of the entries, in insertion order (as `FrozenMap.toJSON`). */
  toJSON(): Record<string, V> {
    const out: Record<string, V> = {};
    for (const [key, value] of this.entries()) Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true });
    return out;
  }

  set(_key: string, _value: V): this {
    return immutable('set');
  }

  delete(_key: string): boolean {
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
