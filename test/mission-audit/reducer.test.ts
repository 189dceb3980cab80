/** reduceMissionAuditEvents / MissionAuditReducer: the unguarded payload error, anomalies, event_count over every family. */
import 'reflect-metadata';
import { Event } from '../../src/envelope/event';
import { ValidationError } from '../../src/envelope/errors';
import { AuditStatus, MissionAuditReducer, ReducedMissionAuditState, reduceMissionAuditEvents } from '../../src/mission-audit';

const IDENTITY = { mission_id: 'm', run_id: 'r', mission_slug: 's', mission_number: 1, mission_type: 'sd', actor: 'a' };

function event(k: number, event_type: string, payload: Record<string, unknown>): Event {
  return Event.fromDict({
    event_id: `01HV000000000000000000000${k}`,
    event_type,
    aggregate_id: 'mission-1',
    payload,
    timestamp: '2026-01-01T00:00:00+00:00',
    build_id: 'b',
    node_id: 'n',
    lamport_clock: k,
    project_uuid: '12345678-1234-5678-1234-567812345678',
    correlation_id: '01HV00000000000000000000CR',
  });
}

describe('reduceMissionAuditEvents', () => {
  it('is pending with nothing set for no events', () => {
    const state = reduceMissionAuditEvents([]);
    expect(state.audit_status).toBe(AuditStatus.PENDING);
    expect(state.toDict()).toEqual(new ReducedMissionAuditState().toDict());
  });

  it('throws ValidationError carrying the violations for a bad payload, from the class too', () => {
    const bad = event(1, 'MissionAuditStarted', { ...IDENTITY, mission_number: 0 });
    let caught: unknown;
    try {
      reduceMissionAuditEvents([bad]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect((caught as ValidationError).violations.map((v) => [v.type, v.loc])).toEqual([
      ['greater_than_equal', ['mission_number']],
      ['missing', ['audit_scope_hash']],
    ]);
    expect(() => new MissionAuditReducer().apply(bad).state).toThrow(ValidationError);
  });

  it('records before-requested and after-terminal anomalies and counts other families', () => {
    const state = reduceMissionAuditEvents([
      event(1, 'MissionAuditStarted', { ...IDENTITY, audit_scope_hash: 'h' }),
      event(2, 'WPStatusChanged', {}),
      event(3, 'MissionAuditFailed', { ...IDENTITY, error_code: 'E', error_message: 'x' }),
      event(4, 'MissionAuditStarted', { ...IDENTITY, audit_scope_hash: 'h2' }),
    ]);
    expect(state.audit_status).toBe(AuditStatus.FAILED);
    expect(state.anomalies.map((a) => a.kind)).toEqual(['event_before_requested', 'event_before_requested', 'event_after_terminal']);
    expect(state.anomalies[2]!.message).toBe("Event 'MissionAuditStarted' arrived after terminal state");
    expect(state.audit_scope_hash).toBe('h');
    expect(state.event_count).toBe(4);
    expect(Object.isFrozen(state)).toBe(true);
  });
});
