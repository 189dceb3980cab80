/** Builders for the glossary tests: 6.1.0 envelopes. */
import { Event } from '../../src/envelope/event';

export const PROJECT_UUID = '12345678-1234-5678-1234-567812345678';
export const CORRELATION_ID = '01HV00000000000000000000CR';

/** A distinct 26-character id for every non-negative integer. */
export function numId(n: number): string {
  return `01HV${String(n).padStart(22, '0')}`;
}

export interface EventSpec {
  readonly event_id: string;
  readonly event_type: string;
  readonly lamport_clock: number;
  readonly timestamp?: string;
  readonly payload: Record<string, unknown>;
}

/** A valid 6.1.0 envelope (timestamp 2026-01-01T00:00:00Z unless given). */
export function glossaryEvent(spec: EventSpec): Event {
  return Event.fromDict({
    aggregate_id: 'glossary',
    build_id: 'golden-build',
    node_id: 'node-1',
    project_uuid: PROJECT_UUID,
    correlation_id: CORRELATION_ID,
    timestamp: '2026-01-01T00:00:00Z',
    ...spec,
  });
}
