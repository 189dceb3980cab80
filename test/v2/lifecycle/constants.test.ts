import {
  MISSION_CANCELLED,
  MISSION_COMPLETED,
  MISSION_EVENT_TYPES,
  MISSION_STARTED,
  MissionStatus,
  PHASE_ENTERED,
  REVIEW_ROLLBACK,
  SCHEMA_VERSION,
  TERMINAL_MISSION_STATUSES,
} from '../../../src/v2/lifecycle';
import * as lifecycle from '../../../src/v2/lifecycle';
import { MISSION_STATUS_ENUM, missionStatusText } from '../../../src/v2/lifecycle/constants';
import { Event } from '../../../src/v2/envelope/event';

describe('lifecycle constants (LIFECYCLE.md §1)', () => {
  it('SCHEMA_VERSION is "2.0.0" and is not the envelope default', () => {
    expect(SCHEMA_VERSION).toBe('2.0.0');
    const event = Event.fromDict({
      event_id: '01HV0000000000000000000001',
      event_type: 'MissionStarted',
      aggregate_id: 'a',
      timestamp: '2026-03-01T09:00:01Z',
      node_id: 'n',
      lamport_clock: 1,
      project_uuid: '12345678-1234-5678-1234-567812345678',
      correlation_id: '01HV0000000000000000000001',
    });
    expect(event.schema_version).toBe('1.0.0');
  });

  it('the 5 event type constants have their values', () => {
    expect(MISSION_STARTED).toBe('MissionStarted');
    expect(MISSION_COMPLETED).toBe('MissionCompleted');
    expect(MISSION_CANCELLED).toBe('MissionCancelled');
    expect(PHASE_ENTERED).toBe('PhaseEntered');
    expect(REVIEW_ROLLBACK).toBe('ReviewRollback');
  });

  it('MISSION_EVENT_TYPES holds exactly the 5 types, not WPStatusChanged', () => {
    expect(MISSION_EVENT_TYPES.size).toBe(5);
    for (const type of ['MissionStarted', 'MissionCompleted', 'MissionCancelled', 'PhaseEntered', 'ReviewRollback']) {
      expect(MISSION_EVENT_TYPES.has(type)).toBe(true);
    }
    expect(MISSION_EVENT_TYPES.has('WPStatusChanged')).toBe(false);
    expect(MISSION_EVENT_TYPES.has('missionstarted')).toBe(false);
    expect([...MISSION_EVENT_TYPES]).toEqual(['MissionStarted', 'MissionCompleted', 'MissionCancelled', 'PhaseEntered', 'ReviewRollback']);
  });

  it('TERMINAL_MISSION_STATUSES is {COMPLETED, CANCELLED}', () => {
    expect(TERMINAL_MISSION_STATUSES.size).toBe(2);
    expect(TERMINAL_MISSION_STATUSES.has(MissionStatus.COMPLETED)).toBe(true);
    expect(TERMINAL_MISSION_STATUSES.has(MissionStatus.CANCELLED)).toBe(true);
    expect(TERMINAL_MISSION_STATUSES.has(MissionStatus.ACTIVE)).toBe(false);
  });

  it.each([
    ['MISSION_EVENT_TYPES', MISSION_EVENT_TYPES as ReadonlySet<unknown>, 'MissionStarted'],
    ['TERMINAL_MISSION_STATUSES', TERMINAL_MISSION_STATUSES as ReadonlySet<unknown>, MissionStatus.COMPLETED],
  ])('%s is immutable at run time', (_name, set, member) => {
    const mutable = set as Set<unknown>;
    const size = set.size;
    expect(() => mutable.add('WPStatusChanged')).toThrow(TypeError);
    expect(() => mutable.delete(member)).toThrow(TypeError);
    expect(() => mutable.clear()).toThrow(TypeError);
    expect(Object.isFrozen(set)).toBe(true);
    expect(() => {
      (mutable as unknown as Record<string, unknown>)['add'] = () => mutable;
    }).toThrow(TypeError);
    expect(set.size).toBe(size);
    expect(set.has('WPStatusChanged')).toBe(false);
    expect(set.has(member)).toBe(true);
  });

  it('MissionStatus has the 3 lowercase values (cancelled with two l)', () => {
    expect(MissionStatus.ACTIVE).toBe('active');
    expect(MissionStatus.COMPLETED).toBe('completed');
    expect(MissionStatus.CANCELLED).toBe('cancelled');
    expect(Object.values(MissionStatus)).toEqual(['active', 'completed', 'cancelled']);
    expect(MISSION_STATUS_ENUM.values).toEqual(['active', 'completed', 'cancelled']);
    expect(MISSION_STATUS_ENUM.name).toBe('MissionStatus');
  });

  it('renders a status inside messages as MissionStatus.<MEMBER>', () => {
    expect(missionStatusText(MissionStatus.COMPLETED)).toBe('MissionStatus.COMPLETED');
    expect(missionStatusText(MissionStatus.CANCELLED)).toBe('MissionStatus.CANCELLED');
    expect(missionStatusText(MissionStatus.ACTIVE)).toBe('MissionStatus.ACTIVE');
  });

  it('the module exports exactly API rows 28–44 plus LifecycleReducer', () => {
    expect(Object.keys(lifecycle).sort()).toEqual(
      [
        'SCHEMA_VERSION',
        'MISSION_STARTED',
        'MISSION_COMPLETED',
        'MISSION_CANCELLED',
        'PHASE_ENTERED',
        'REVIEW_ROLLBACK',
        'MISSION_EVENT_TYPES',
        'TERMINAL_MISSION_STATUSES',
        'MissionStatus',
        'MissionStartedPayload',
        'MissionCompletedPayload',
        'MissionCancelledPayload',
        'PhaseEnteredPayload',
        'ReviewRollbackPayload',
        'LifecycleAnomaly',
        'ReducedMissionState',
        'reduceLifecycleEvents',
        'LifecycleReducer',
      ].sort(),
    );
  });
});
