/**
 * The one ordering pipeline every reducer shares (STATUS_AND_GATES.md §9, LIFECYCLE.md §6.2,
 * COLLABORATION.md §8.2): a stable sort on `(lamport_clock, isoText(timestamp), event_id)`,
 * then dedup by `event_id` keeping the first occurrence in sorted order.
 */
import { StringHashSet, compareCodePoints } from '../conventions';
import type { Event } from '../envelope/event';

export type StatusSortKey = readonly [number, string, string];

/** `[lamport_clock, isoText(timestamp), event_id]`. */
export function statusEventSortKey(event: Event): StatusSortKey {
  return Object.freeze([event.lamport_clock, event.timestamp.isoText(), event.event_id] as const);
}

/**
 * Compares two events by their sort key without building it: the clock decides almost
 * always, so the timestamp text is rendered only on a clock tie.
 */
export function compareBySortKey(a: Event, b: Event): number {
  if (a.lamport_clock !== b.lamport_clock) return a.lamport_clock < b.lamport_clock ? -1 : 1;
  const byTime = compareCodePoints(a.timestamp.isoText(), b.timestamp.isoText());
  if (byTime !== 0) return byTime;
  return compareCodePoints(a.event_id, b.event_id);
}

/** Keeps the first event of each `event_id`, in the given order (no sorting). */
export function dedupEvents(events: readonly Event[]): Event[] {
  const seen = new StringHashSet(events.length);
  const out: Event[] = [];
  for (const event of events) {
    if (seen.add(event.event_id)) out.push(event);
  }
  return out;
}

/** Stable sort by the shared key; skips the sort when the input is already in order. */
export function sortBySortKey(events: readonly Event[]): Event[] {
  const copy = events.slice();
  for (let i = 1; i < copy.length; i++) {
    if (compareBySortKey(copy[i - 1]!, copy[i]!) > 0) return copy.sort(compareBySortKey);
  }
  return copy;
}

/** filter → stable sort → dedup: the processing list U of every reducer. */
export function sortedUniqueEvents(events: readonly Event[], keep: (event: Event) => boolean = () => true): Event[] {
  return dedupEvents(sortBySortKey(events.filter(keep)));
}
