/**
 * Builders for the status tests: valid `Event`s (through `Event.fromDict`), status payloads
 * and the 26-character ids of the contract's worked examples (`…A1` = `01HV00000000000000000000A1`).
 */
import { Event } from '../../../src/v2/envelope/event';

export const PROJECT_UUID = '12345678-1234-5678-1234-567812345678';
export const CORRELATION_ID = '01HV0000000000000000000COR';

/** `id('A1')` → `01HV00000000000000000000A1` (26 characters). */
export function id(suffix: string): string {
  const out = `01HV${'0'.repeat(22 - suffix.length)}${suffix}`;
  if (out.length !== 26) throw new Error(`bad test id ${out}`);
  return out;
}

/** A distinct 26-character id for every non-negative integer. */
export function numId(n: number): string {
  return id(n.toString(36).toUpperCase().padStart(6, '0'));
}

/** The common payload fields of the worked examples. */
export const COMMON = Object.freeze({ feature_slug: 'feat', actor: 'agent', execution_mode: 'worktree' });

export const EVIDENCE = Object.freeze({
  repos: [{ repo: 'org/app', branch: 'main', commit: 'abc123' }],
  review: { reviewer: 'alice', verdict: 'approved' },
});

/** `toDict()` of `EVIDENCE` (defaults filled in). */
export const EVIDENCE_DICT = Object.freeze({
  repos: [{ repo: 'org/app', branch: 'main', commit: 'abc123', files_touched: null }],
  verification: [],
  review: { reviewer: 'alice', verdict: 'approved', reference: null },
});

/** A WPStatusChanged payload with the common fields. */
export function transition(
  wpId: string,
  from: string | null,
  to: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { ...COMMON, wp_id: wpId, from_lane: from, to_lane: to, ...extra };
}

export interface StatusEventSpec {
  readonly id: string;
  readonly lamport: number;
  /** `HH:MM:SS[.ffffff]` on 2026-01-01 (UTC), or a full timestamp. */
  readonly time?: string;
  readonly payload: Record<string, unknown>;
  readonly type?: string;
}

/** A valid Event (default type WPStatusChanged, timestamp 2026-01-01T{time}Z). */
export function statusEvent(spec: StatusEventSpec): Event {
  const time = spec.time ?? '00:00:00';
  return Event.fromDict({
    event_id: spec.id,
    event_type: spec.type ?? 'WPStatusChanged',
    aggregate_id: 'WP',
    payload: spec.payload,
    timestamp: time.includes('T') ? time : `2026-01-01T${time}Z`,
    node_id: 'node-1',
    lamport_clock: spec.lamport,
    project_uuid: PROJECT_UUID,
    correlation_id: CORRELATION_ID,
  });
}

/** Shorthand: `ev('A1', 1, '00:00:00', payload)`. */
export function ev(suffix: string, lamport: number, time: string, payload: Record<string, unknown>, type?: string): Event {
  return statusEvent({ id: id(suffix), lamport, time, payload, ...(type === undefined ? {} : { type }) });
}

/** `JSON.parse(JSON.stringify(x))`: compare results as JSON values. */
export function asJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}
