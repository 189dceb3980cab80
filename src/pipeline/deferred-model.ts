/**
 * Result lists that cost nothing until read (issue 9 item 6).
 *
 * A reducer result holds its lists as frozen arrays. An append-only list that grows by one
 * item per event, copied into a fresh frozen array at every read, makes n reads after n
 * applies cost O(n²), although most readers never look at most lists. A `Deferred` field is
 * built on its first access (once per result, then kept), from a prefix of the append-only
 * working list taken at the read: items appended later are not in it, so the result still
 * cannot change. A read of the result itself costs O(1) per deferred field.
 */
import type { ModelClass } from '../validation';
import { modelFields } from '../validation/model';

/** Deferred values by the accessor that reads them (see `deferredField`). */
const byAccessor = new WeakMap<Function, Deferred<unknown>>();

/**
 * A value built on its first `value()` (then kept, and shared by every result holding this
 * `Deferred`). `make` must not throw. `length`: the length of the list it builds, when known
 * without building it (-1: unknown).
 */
export class Deferred<T> {
  #make: (() => T) | null;
  #value: T | undefined = undefined;
  /** @internal The accessor of a result field holding this value. */
  readonly accessor: () => T;

  constructor(make: () => T, readonly length = -1) {
    this.#make = make;
    this.accessor = () => this.value();
    byAccessor.set(this.accessor, this);
  }

  value(): T {
    const make = this.#make;
    if (make !== null) {
      this.#value = make();
      this.#make = null;
    }
    return this.#value as T;
  }
}

/** The `Deferred` behind field `name` of a result built by `constructDeferredModel`, else null. */
export function deferredField(instance: object, name: string): Deferred<unknown> | null {
  const getter = Object.getOwnPropertyDescriptor(instance, name)?.get;
  return getter === undefined ? null : byAccessor.get(getter) ?? null;
}

const EMPTY: readonly never[] = Object.freeze([]);

/**
 * The frozen array of the prefixes `items[0..length)` of `parts`, in order, then `tail`
 * (nothing is copied before the first access). Every `items` must only grow after this call
 * (append-only) and `tail` must not change.
 */
export function deferredPrefixes<T>(parts: readonly (readonly [readonly T[], number])[], tail: readonly T[] = EMPTY): Deferred<readonly T[]> {
  let size = tail.length;
  for (const [, length] of parts) size += length;
  return new Deferred(() => {
    const out = new Array<T>(size);
    let k = 0;
    for (const [items, length] of parts) for (let i = 0; i < length; i++) out[k++] = items[i]!;
    for (let i = 0; i < tail.length; i++) out[k++] = tail[i]!;
    return Object.freeze(out);
  }, size);
}

/** `deferredPrefixes` of one list. */
export function deferredPrefix<T>(items: readonly T[], length: number, tail: readonly T[] = EMPTY): Deferred<readonly T[]> {
  return deferredPrefixes([[items, length]], tail);
}

/**
 * A deferred list known to hold at most this many items is built at once: a bounded copy
 * costs less than an accessor (defining it and freezing an object that has one).
 */
const BUILD_AT_ONCE = 16;

/**
 * A frozen instance of a (frozen) result model from trusted field values, as `constructModel`
 * builds it (declaration order, defaults for absent fields), except that a `Deferred` value
 * becomes a read-only, enumerable accessor that builds the value on first access and keeps it
 * (a `Deferred` shared by several results builds once for all); a short list is built at once.
 * `toDict`, `toJSON` and structural comparisons read fields by name, so they see no difference.
 */
export function constructDeferredModel<M>(ctor: ModelClass<M>, values: Readonly<Record<string, unknown>>): M {
  const instance = Object.create(ctor.prototype as object) as Record<string, unknown>;
  for (const field of modelFields(ctor)) {
    let value = Object.prototype.hasOwnProperty.call(values, field.name) ? values[field.name] : undefined;
    if (value instanceof Deferred && value.length >= 0 && value.length <= BUILD_AT_ONCE) value = value.value();
    if (value instanceof Deferred) {
      Object.defineProperty(instance, field.name, { get: (value as Deferred<unknown>).accessor, enumerable: true, configurable: false });
      continue;
    }
    if (value === undefined) value = field.defaultValue === undefined ? null : field.defaultValue.make();
    instance[field.name] = value;
  }
  return Object.freeze(instance) as M;
}
