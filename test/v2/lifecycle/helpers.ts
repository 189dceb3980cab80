/** Event builders shared by the lifecycle tests (LIFECYCLE.md §7 notation). */
import { Event } from '../../../src/v2/envelope/event';

export const PROJECT_UUID = '12345678-1234-5678-1234-567812345678';
export const CORRELATION_ID = '01HVCORRELATION00000000000';

/** `#NN` → `01HV00000000000000000000NN` (26 characters). */
export function eid(n: number | string): string {
  const suffix = typeof n === 'number' ? String(n).padStart(2, '0') : n;
  return `01HV${'0'.repeat(22 - suffix.length)}${suffix}`;
}

/** `tN` → `2026-03-01T09:00:0NZ`. */
export function ts(n: number): string {
  return `2026-03-01T09:00:${String(n).padStart(2, '0')}Z`;
}

export interface EventSpec {
  readonly id: number | string;
  readonly type: string;
  readonly clock: number;
  readonly time?: string;
  readonly payload?: Record<string, unknown>;
  readonly node?: string;
}

export function envelope(spec: EventSpec): Record<string, unknown> {
  return {
    event_id: eid(spec.id),
    event_type: spec.type,
    aggregate_id: 'mission/M-7',
    payload: spec.payload ?? {},
    timestamp: spec.time ?? ts(spec.clock),
    node_id: spec.node ?? 'n1',
    lamport_clock: spec.clock,
    project_uuid: PROJECT_UUID,
    correlation_id: CORRELATION_ID,
  };
}

export function ev(spec: EventSpec): Event {
  return Event.fromDict(envelope(spec));
}

export const STARTED = { mission_id: 'M-7', mission_type: 'software-dev', initial_phase: 'specify', actor: 'alice' } as const;

export function started(id: number | string, clock: number, initial_phase = 'specify'): Event {
  return ev({ id, type: 'MissionStarted', clock, payload: { ...STARTED, initial_phase } });
}

export function phase(id: number | string, clock: number, phase_name: string, previous_phase?: string): Event {
  const payload: Record<string, unknown> = { mission_id: 'M-7', phase_name, actor: 'alice' };
  if (previous_phase !== undefined) payload['previous_phase'] = previous_phase;
  return ev({ id, type: 'PhaseEntered', clock, payload });
}

export function completed(id: number | string, clock: number, final_phase = 'implement'): Event {
  return ev({ id, type: 'MissionCompleted', clock, payload: { mission_id: 'M-7', mission_type: 'software-dev', final_phase, actor: 'alice' } });
}

export function cancelled(id: number | string, clock: number, reason = 'budget cut'): Event {
  return ev({ id, type: 'MissionCancelled', clock, payload: { mission_id: 'M-7', reason, actor: 'bob' } });
}

export function rollback(id: number | string, clock: number, target_phase: string): Event {
  return ev({ id, type: 'ReviewRollback', clock, payload: { mission_id: 'M-7', review_ref: 'PR-42', target_phase, affected_wp_ids: ['WP01'], actor: 'rev' } });
}

export function wp(id: number | string, clock: number, wpId: string, from: string | null, to: string, time?: string): Event {
  return ev({
    id,
    type: 'WPStatusChanged',
    clock,
    ...(time !== undefined ? { time } : {}),
    payload: { feature_slug: 'feat', wp_id: wpId, from_lane: from, to_lane: to, actor: 'alice', execution_mode: 'worktree' },
  });
}

/** `toDict()` through JSON, so objects compare as plain JSON values. */
export function json(value: { toDict(): Record<string, unknown> }): unknown {
  return JSON.parse(JSON.stringify(value.toDict()));
}
