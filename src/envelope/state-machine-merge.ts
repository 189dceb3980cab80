/**
 * Priority-based merge of concurrent state changes (ENVELOPE.md §8).
 */
import { compareCodePoints, getOwn, hasOwn, pyRepr, pyStr } from '../conventions';
import { ConflictResolution } from './conflict-resolution';
import { ConflictResolution as ConflictResolution61 } from './conflict-resolution-6-1';
import { Event as Event61 } from './event';
import { ValidationError } from './errors';
import type { Event } from '../v2/envelope/event';

export type PriorityMap = ReadonlyMap<string, number> | Readonly<Record<string, number>>;

function isMap(priorityMap: PriorityMap): priorityMap is ReadonlyMap<string, number> {
  return priorityMap instanceof Map;
}

/** Keys of the priority map in its own order (Map insertion order / JS object key order). */
function priorityKeys(priorityMap: PriorityMap): unknown[] {
  return isMap(priorityMap) ? [...priorityMap.keys()] : Object.keys(priorityMap);
}

/** Own-key priority lookup; non-strings never match. `undefined` when not a key. */
function lookupPriority(priorityMap: PriorityMap, state: unknown): number | undefined {
  if (typeof state !== 'string') return undefined;
  if (isMap(priorityMap)) {
    return priorityMap.has(state) ? (priorityMap.get(state) as number) : undefined;
  }
  return hasOwn(priorityMap, state) ? (priorityMap[state] as number) : undefined;
}

/**
 * `payload[stateKey]`, falling back to `payload["status"]` only when `stateKey` is `"state"`.
 * `null` and absent both yield `null`.
 */
function lookupState(event: Event, stateKey: string): unknown {
  let state: unknown = getOwn(event.payload, stateKey);
  if ((state === null || state === undefined) && stateKey === 'state') {
    state = getOwn(event.payload, 'status');
  }
  return state === undefined ? null : state;
}

function unhashableName(value: object): string {
  if (Array.isArray(value)) return 'list';
  if (value instanceof Set) return 'set';
  return 'dict';
}

interface Candidate {
  readonly priority: number;
  readonly nodeId: string;
  readonly event: Event;
}

/**
 * Picks the event whose state has the highest priority among concurrent events (same
 * `lamport_clock` and `aggregate_id`); ties go to the smallest `node_id` by code point, then
 * input order. Throws `ValidationError` (empty list, non-concurrent events, missing or unknown
 * state) or `TypeError` (unhashable state). The result is the 6.1.0 `ConflictResolution` when
 * every event is a 6.1.0 `Event`, the 2.1.0 one otherwise.
 */
export function stateMachineMerge(events: readonly Event61[], priorityMap: PriorityMap, stateKey?: string): ConflictResolution61;
export function stateMachineMerge(events: readonly Event[], priorityMap: PriorityMap, stateKey?: string): ConflictResolution;
export function stateMachineMerge(
  events: readonly Event[],
  priorityMap: PriorityMap,
  stateKey = 'state',
): ConflictResolution {
  if (events.length === 0) {
    throw new ValidationError('Cannot merge empty event list');
  }

  const first = events[0];
  for (const event of events.slice(1)) {
    if (event.lamport_clock !== first.lamport_clock) {
      throw new ValidationError(
        `Events have different lamport_clocks: ${pyStr(event.lamport_clock)} != ${pyStr(first.lamport_clock)}`,
      );
    }
    if (event.aggregate_id !== first.aggregate_id) {
      throw new ValidationError(
        `Events have different aggregate_ids: ${event.aggregate_id} != ${first.aggregate_id}`,
      );
    }
  }

  const candidates: Candidate[] = [];
  const states: unknown[] = [];
  for (const event of events) {
    const state = lookupState(event, stateKey);
    if (state === null) {
      const keys = stateKey === 'state' ? "'state' or 'status'" : `'${stateKey}'`;
      throw new ValidationError(`Event ${event.event_id} missing ${keys} in payload`);
    }
    if ((typeof state === 'object' && state !== null) || typeof state === 'function') {
      throw new TypeError(`unhashable type: '${unhashableName(state as object)}'`);
    }
    const priority = lookupPriority(priorityMap, state);
    if (priority === undefined) {
      throw new ValidationError(
        `State value '${pyStr(state)}' not in priority_map. Available states: ${pyRepr(priorityKeys(priorityMap))}`,
      );
    }
    candidates.push({ priority, nodeId: event.node_id, event });
    states.push(state);
  }

  // Stable: priority descending, then node_id ascending by code point, then input order.
  const ranked = [...candidates].sort((a, b) => {
    if (a.priority > b.priority) return -1;
    if (a.priority < b.priority) return 1;
    return compareCodePoints(a.nodeId, b.nodeId);
  });
  const winner = ranked[0];
  const winnerState = lookupState(winner.event, stateKey);

  let note: string;
  if (events.length === 1) {
    note = `Single event, no conflict: state=${pyStr(winnerState)}`;
  } else if (new Set(states).size === 1) {
    note = `All events have same state: ${pyStr(winnerState)} (tiebroken by node '${winner.nodeId}')`;
  } else {
    note =
      `Selected state '${pyStr(winnerState)}' (priority=${pyStr(winner.priority)}) ` +
      `from node '${winner.nodeId}' over ${events.length - 1} conflicting states`;
  }

  if (events.every((event) => event instanceof Event61)) {
    return new ConflictResolution61(winner.event as Event61, note, false, [...events] as Event61[]);
  }
  return new ConflictResolution(winner.event, note, false, [...events]);
}
