/**
 * Concurrency test and total order of events (ENVELOPE.md §5).
 */
import { compareCodePoints } from '../conventions';
import type { AnyEvent } from './any-event';

/** The total-order key of an event: `[lamport_clock, node_id]` (ENVELOPE.md §5.2). */
export type TotalOrderKey = readonly [number, string];

/**
 * True when both events carry the same Lamport clock and aggregate but different event ids
 * (ENVELOPE.md §5.1). Nothing else (node, project, timestamps, causation) is consulted.
 */
export function isConcurrent(event1: AnyEvent, event2: AnyEvent): boolean {
  return (
    event1.lamport_clock === event2.lamport_clock &&
    event1.aggregate_id === event2.aggregate_id &&
    event1.event_id !== event2.event_id
  );
}

/** `[event.lamport_clock, event.node_id]` as a frozen tuple (ENVELOPE.md §5.2). */
export function totalOrderKey(event: AnyEvent): TotalOrderKey {
  return Object.freeze([event.lamport_clock, event.node_id] as const);
}

/**
 * Comparator for total-order keys: clock ascending numerically, then `node_id` ascending by
 * code point (CONVENTIONS.md §6.2). Returns a negative number, zero or a positive number.
 */
export function compareTotalOrderKeys(a: TotalOrderKey, b: TotalOrderKey): number {
  if (a[0] < b[0]) return -1;
  if (a[0] > b[0]) return 1;
  return compareCodePoints(a[1], b[1]);
}
