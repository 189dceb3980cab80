/**
 * CRDT merges over event payloads (ENVELOPE.md §7): a grow-only set of `tags` and a
 * counter of `delta`s.
 */
import { getOwn, isPlainObject, pyTypeName } from '../conventions';
import type { AnyEvent } from './any-event';

/** Reads `payload[key]` by own-key lookup; `undefined` means absent (CONVENTIONS.md §7.2). */
function payloadValue(event: AnyEvent, key: string): unknown {
  return getOwn(event.payload, key);
}

/**
 * The elements Python's `set.update(value)` would iterate: array items, string code points,
 * object keys, Set items (Map keys). Anything else is not iterable → TypeError.
 */
function iterateTags(value: unknown): Iterable<unknown> {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return Array.from(value);
  if (value instanceof Set) return value;
  if (value instanceof Map) return value.keys();
  if (isPlainObject(value)) return Object.keys(value as object);
  throw new TypeError(`'${pyTypeName(value)}' object is not iterable`);
}

/**
 * Identity key implementing Python set equality for hashable JSON scalars:
 * `true` ≡ `1` ≡ `1.0`, `false` ≡ `0` ≡ `-0` (Map's SameValueZero already merges `0`/`-0`).
 * Containers are unhashable → TypeError.
 */
function hashKey(element: unknown): unknown {
  if (typeof element === 'boolean') return element ? 1 : 0;
  if (typeof element === 'bigint') {
    const asNumber = Number(element);
    return BigInt(asNumber) === element ? asNumber : element;
  }
  if ((typeof element === 'object' && element !== null) || typeof element === 'function') {
    throw new TypeError(`unhashable type: '${pyTypeName(element)}'`);
  }
  return element;
}

/**
 * Union of `payload["tags"]` over the events (grow-only set). Elements compare by Python
 * equality; the first-seen representative is kept. The iteration order is unspecified.
 */
export function mergeGSet(events: readonly AnyEvent[]): Set<unknown> {
  const members = new Map<unknown, unknown>();
  for (const event of events) {
    const tags = payloadValue(event, 'tags');
    if (tags === undefined) continue;
    for (const element of iterateTags(tags)) {
      const key = hashKey(element);
      if (!members.has(key)) members.set(key, element);
    }
  }
  return new Set(members.values());
}

/**
 * Sum of `payload["delta"]` over the events, counting each `event_id` once (the first
 * occurrence wins). A missing delta counts 0, a boolean 1/0; other non-numbers → TypeError.
 */
export function mergeCounter(events: readonly AnyEvent[]): number {
  const seen = new Set<string>();
  let total = 0;
  for (const event of events) {
    if (seen.has(event.event_id)) continue;
    seen.add(event.event_id);
    const delta = payloadValue(event, 'delta');
    if (delta === undefined) continue;
    if (typeof delta === 'boolean') {
      total += delta ? 1 : 0;
    } else if (typeof delta === 'number') {
      total += delta;
    } else {
      throw new TypeError(
        `unsupported operand type(s) for +=: '${pyTypeName(total)}' and '${pyTypeName(delta)}'`,
      );
    }
  }
  return total;
}
