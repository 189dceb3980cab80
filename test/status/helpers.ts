/**
 * Builders for the 6.1.0 status tests. Events are built as the envelope the shared pipeline
 * types (`EventLogReducer`'s event); the 6.1.0 reducer reads only `event_id`, `event_type`,
 * `payload`, `timestamp` and `lamport_clock`, which every envelope version carries.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { Event } from '../../src/v2/envelope/event';
import type { StatusEvent } from '../../src/status/status-reducer';

export const PROJECT_UUID = '12345678-1234-5678-1234-567812345678';
export const CORRELATION_ID = '01HV00000000000000000000CR';

/** A distinct 26-character id for every non-negative integer. */
export function numId(n: number): string {
  return `01HV${n.toString(36).toUpperCase().padStart(22, '0')}`;
}

export const EVIDENCE = Object.freeze({
  repos: [{ repo: 'org/app', branch: 'main', commit: 'abc123' }],
  review: { reviewer: 'alice', verdict: 'approved' },
});

/** A 6.1.0 WPStatusChanged payload. */
export function transition(wpId: string, from: string | null, to: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { mission_slug: 'm-1', wp_id: wpId, from_lane: from, to_lane: to, actor: 'agent', execution_mode: 'worktree', ...extra };
}

export interface EventSpec {
  readonly event_id: string;
  readonly lamport_clock: number;
  readonly timestamp?: string;
  readonly payload: Record<string, unknown>;
  readonly event_type?: string;
}

/** A valid envelope (default type WPStatusChanged, timestamp 2026-01-01T00:00:00Z). */
export function statusEvent(spec: EventSpec): StatusEvent {
  return Event.fromDict({
    aggregate_id: 'WP',
    node_id: 'node-1',
    project_uuid: PROJECT_UUID,
    correlation_id: CORRELATION_ID,
    event_type: 'WPStatusChanged',
    timestamp: '2026-01-01T00:00:00Z',
    ...spec,
  });
}

/** `JSON.parse(JSON.stringify(x))`: compare results as JSON values. */
export function asJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

/** A committed golden file of test/golden/6.1.0/. */
export function golden<T>(name: string): T {
  return JSON.parse(readFileSync(join(__dirname, '..', 'golden', '6.1.0', name), 'utf8')) as T;
}
