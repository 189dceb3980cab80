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

/** Keeps the first event of each `event_id`, in the given order (no sorting); a new array. */
export function dedupEvents(events: readonly Event[]): Event[] {
  const unique = uniqueInOrder(events);
  return unique === events ? events.slice() : (unique as Event[]);
}

/**
 * `dedupEvents` without the copy: returns `events` itself when no id repeats (the common
 * case), else a new array. Large logs pay for every array they build (a growing 1M-element
 * array costs more than the pass that fills it), so the pipeline copies only when it must.
 */
function uniqueInOrder(events: readonly Event[]): readonly Event[] {
  const seen = new StringHashSet(events.length);
  for (let i = 0; i < events.length; i++) {
    if (seen.add(events[i]!.event_id)) continue;
    // First repeat: keep the prefix, then filter the rest.
    const out = events.slice(0, i);
    for (let j = i + 1; j < events.length; j++) {
      const event = events[j]!;
      if (seen.add(event.event_id)) out.push(event);
    }
    return out;
  }
  return events;
}

function isSortedBySortKey(events: readonly Event[]): boolean {
  for (let i = 1; i < events.length; i++) {
    if (compareBySortKey(events[i - 1]!, events[i]!) > 0) return false;
  }
  return true;
}

/** Stable sort by the shared key into a new array (no sorting work when already in order). */
export function sortBySortKey(events: readonly Event[]): Event[] {
  return isSortedBySortKey(events) ? events.slice() : events.slice().sort(compareBySortKey);
}

/** The events `keep` accepts, in order; `events` itself when it accepts all of them. */
function keptEvents(events: readonly Event[], keep: (event: Event) => boolean): readonly Event[] {
  let i = 0;
  while (i < events.length && keep(events[i]!)) i++;
  if (i === events.length) return events;
  const out: Event[] = new Array<Event>(events.length);
  let count = 0;
  for (let j = 0; j < i; j++) out[count++] = events[j]!;
  for (let j = i + 1; j < events.length; j++) {
    const event = events[j]!;
    if (keep(event)) out[count++] = event;
  }
  out.length = count;
  return out;
}

/**
 * filter → stable sort → dedup: the processing list U of every reducer. Read-only: it may be
 * the caller's own array when nothing had to be removed or reordered.
 */
export function sortedUniqueEvents(events: readonly Event[], keep?: (event: Event) => boolean): readonly Event[] {
  const kept = keep === undefined ? events : keptEvents(events, keep);
  return uniqueInOrder(isSortedBySortKey(kept) ? kept : kept.slice().sort(compareBySortKey));
}
