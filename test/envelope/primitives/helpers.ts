/**
 * Shared builders for the envelope-primitive tests: valid Events and ErrorEntries built through
 * the public `fromDict` entry points.
 */
import fc from 'fast-check';
import { ErrorEntry } from '../../../src/envelope/error-entry';
import { Event } from '../../../src/v2/envelope/event';

export const PROJECT_UUID = '12345678-1234-5678-1234-567812345678';
export const CORRELATION_ID = '01HRN7QMQJT8XVKP9YZ2CORR00';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A valid 26-character ULID-like id, distinct for every distinct non-negative integer `n`. */
export function ulid(n: number): string {
  let suffix = '';
  let rest = n;
  for (let i = 0; i < 8; i++) {
    suffix = CROCKFORD[rest % 32] + suffix;
    rest = Math.floor(rest / 32);
  }
  const id = `01HRN7QMQJT8XVKP9Y${suffix}`;
  if (id.length !== 26) throw new Error(`bad test id ${id}`);
  return id;
}

export interface EventSpec {
  event_id?: string;
  event_type?: string;
  aggregate_id?: string;
  payload?: Record<string, unknown>;
  timestamp?: string;
  node_id?: string;
  lamport_clock?: number;
  causation_id?: string | null;
  project_uuid?: string;
  project_slug?: string | null;
  correlation_id?: string;
  schema_version?: string;
  data_tier?: number;
}

let autoId = 1_000_000;

/** Builds a valid Event via `Event.fromDict`, with defaults for every required field. */
export function makeEvent(spec: EventSpec = {}): Event {
  const { event_id, ...rest } = spec;
  return Event.fromDict({
    event_type: 'TestEvent',
    aggregate_id: 'AGG-001',
    payload: {},
    timestamp: '2026-01-26T10:00:00Z',
    node_id: 'node1',
    lamport_clock: 1,
    causation_id: null,
    project_uuid: PROJECT_UUID,
    project_slug: null,
    correlation_id: CORRELATION_ID,
    ...rest,
    event_id: event_id ?? ulid(autoId++),
  });
}

/** Builds a valid ErrorEntry via `ErrorEntry.fromDict`. */
export function makeEntry(action: string, timestamp = '2026-01-26T10:00:00Z'): ErrorEntry {
  return ErrorEntry.fromDict({
    timestamp,
    action_attempted: action,
    error_message: `error while ${action}`,
  });
}

/** The `action_attempted` texts of a list of entries. */
export function actions(entries: readonly ErrorEntry[]): string[] {
  return entries.map((e) => e.action_attempted);
}

/** The `event_id`s of a list of events. */
export function ids(events: readonly Event[]): string[] {
  return events.map((e) => e.event_id);
}

/** Arbitrary non-empty Unicode string (full code-point range, astral planes included). */
export const unicodeId = fc.string({ unit: 'binary', minLength: 1, maxLength: 8 });

/** Either an arbitrary Unicode string or a short ASCII one (to force collisions). */
export const nodeIdArb = fc.oneof(unicodeId, fc.constantFrom('a', 'b', 'node1', '\uffff', '😀'));
