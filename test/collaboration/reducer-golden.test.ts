/**
 * The 6.1.0 collaboration reducer against the reference: reduce_collaboration_events in both
 * modes on random logs (test/golden/6.1.0/collaboration-reducer.json, made by
 * scripts/golden/collaboration_6_1_0.py), whole and incremental, the reducer laws over those
 * logs, and the 6.1.0 rule changes one by one (each checked against the reference when written).
 */
import 'reflect-metadata';
import { SpecKittyEventsError } from '../../src/envelope/errors';
import { Event } from '../../src/envelope/event';
import {
  CollaborationReducer,
  ParticipantIdentity,
  ReducedCollaborationState,
  UnknownParticipantError,
  reduceCollaborationEvents,
  type CollaborationMode,
} from '../../src/collaboration';
import * as root from '../../src';
import * as v2 from '../../src/v2';
import { golden, reducerMismatches, type Outcome } from '../support/golden-6';
import { checkReducerLaws } from '../support/reducer-laws';

interface ModeCase { readonly events: readonly Record<string, unknown>[]; readonly strict: Outcome; readonly permissive: Outcome }

const cases = golden<ModeCase[]>('collaboration-reducer.json');
const MODES: readonly CollaborationMode[] = ['strict', 'permissive'];

let seq = 0;
function ev(event_type: string, payload: Record<string, unknown>, lamport_clock = ++seq): Event {
  return Event.fromDict({
    event_id: `01HV${String(seq * 7 + lamport_clock).padStart(22, '0')}`,
    event_type,
    aggregate_id: 'mission-m1',
    payload: { mission_id: 'm1', ...payload },
    timestamp: `2026-01-01T00:00:${String(lamport_clock % 60).padStart(2, '0')}+00:00`,
    build_id: 'b',
    node_id: 'n',
    lamport_clock,
    project_uuid: '12345678-1234-5678-1234-567812345678',
    correlation_id: '01HV00000000000000000000CR',
  });
}
const ident = (pid: string, extra: Record<string, unknown> = {}) => ({ participant_id: pid, participant_type: 'human', display_name: null, session_id: null, ...extra });
const join = (pid: string, extra: Record<string, unknown> = {}) => ev('ParticipantJoined', { participant_id: pid, participant_identity: ident(pid, extra) });
const invite = (pid: string) => ev('ParticipantInvited', { participant_id: pid, participant_identity: ident(pid), invited_by: 'p0' });
const leave = (pid: string) => ev('ParticipantLeft', { participant_id: pid, reason: 'explicit' });
const heartbeat = (pid: string) => ev('PresenceHeartbeat', { participant_id: pid, session_id: 's' });
const warning = (id: string, pids: string[]) => ev('ConcurrentDriverWarning', { warning_id: id, participant_ids: pids, focus_target: { target_type: 'wp', target_id: 'WP01' }, severity: 'warning' });
const ack = (pid: string, id: string, acknowledgement = 'continue') => ev('WarningAcknowledged', { participant_id: pid, warning_id: id, acknowledgement });
const completed = (pid: string, step: string) => ev('PromptStepExecutionCompleted', { participant_id: pid, step_id: step, wp_id: null, outcome: 'success' });
/** The golden sorts the frozensets (Python dumps them in hash order): sort ours the same way. */
function setsSorted(state: ReducedCollaborationState): { toDict(): unknown } {
  return {
    toDict: () => {
      const dump = state.toDict() as { active_drivers: string[]; participants_by_focus: Record<string, string[]> };
      const byFocus = Object.fromEntries(Object.entries(dump.participants_by_focus).map(([key, pids]) => [key, [...pids].sort()]));
      return { ...dump, active_drivers: [...dump.active_drivers].sort(), participants_by_focus: byFocus };
    },
  };
}
function sortedReducer(mode: CollaborationMode) {
  const reducer = new CollaborationReducer({ mode });
  return {
    apply: (event: Event) => reducer.apply(event),
    get state() {
      return setsSorted(reducer.state);
    },
  };
}
const permissive = (events: Event[]) => reduceCollaborationEvents(events, { mode: 'permissive' });
const reasons = (state: ReducedCollaborationState) => state.anomalies.map((a) => a.reason);

describe('reduceCollaborationEvents (6.1.0) against the reference', () => {
  it('has random logs with the 6.1.0 anomalies, both error kinds and long logs', () => {
    expect(cases.length).toBeGreaterThanOrEqual(300);
    const all = cases.flatMap((c) => ('dump' in c.permissive ? (c.permissive.dump as { anomalies: { reason: string }[] }).anomalies.map((a) => a.reason) : []));
    for (const pattern of [/already invited or active \(duplicate invite\)$/, /has departed$/, /^Warning .* not found$/, /^No matching PromptStepExecutionStarted/, /^Unknown participant/]) {
      expect(all.some((r) => pattern.test(r))).toBe(true);
    }
    const strictErrors = cases.map((c) => ('message' in c.strict ? c.strict.message : ''));
    for (const pattern of [/has departed \(event_id=/, /^Warning .* not found \(event_id=/, /^No matching .*\(event_id=/, /^Unknown participant/]) {
      expect(strictErrors.some((m) => pattern.test(m))).toBe(true);
    }
    expect(cases.some((c) => 'dump' in c.strict)).toBe(true);
    expect(cases.some((c) => 'error' in c.permissive && c.permissive.error === 'ValidationError')).toBe(true);
    expect(cases.some((c) => c.events.length >= 300)).toBe(true);
  });

  it.each(MODES)('gives the reference result in %s mode, whole and incremental', (mode) => {
    const mismatches = reducerMismatches(
      cases.map((c) => ({ events: c.events, result: c[mode] })),
      (events) => setsSorted(reduceCollaborationEvents(events, { mode })),
      () => sortedReducer(mode),
    );
    expect(mismatches.slice(0, 2)).toEqual([]);
  });

  it.each(MODES)('obeys the reducer laws in %s mode', (mode) => {
    const logs = cases.filter((c) => c.events.length <= 40).map((c) => c.events.map((e) => Event.fromDict(e)));
    checkReducerLaws(logs, { reduce: (events) => reduceCollaborationEvents(events, { mode }), makeReducer: () => new CollaborationReducer({ mode }) }, 30);
  });
});

describe('the 6.1.0 reducer rules', () => {
  it('is the root export, distinct from /v2, and builds the 6.1.0 models', () => {
    expect(root.reduceCollaborationEvents).toBe(reduceCollaborationEvents);
    expect(root.CollaborationReducer).toBe(CollaborationReducer);
    expect(root.ReducedCollaborationState).not.toBe(v2.ReducedCollaborationState);
    expect(root.UnknownParticipantError).toBe(v2.UnknownParticipantError);
    const state = reduceCollaborationEvents([join('p1', { external_refs: { slack_user_id: 'U1' } })]);
    expect(state).toBeInstanceOf(ReducedCollaborationState);
    expect(state.participants.get('p1')).toBeInstanceOf(ParticipantIdentity);
    expect(state.toDict()).toMatchObject({ participants: { p1: { external_refs: { slack_user_id: 'U1', slack_team_id: null, teamspace_member_id: null } } } });
    expect(Object.isFrozen(state)).toBe(true);
    expect(reduceCollaborationEvents([])).toBeInstanceOf(ReducedCollaborationState);
    // 2.1.0 has no such field and ignores it.
    const old = v2.reduceCollaborationEvents([join('p1', { external_refs: { slack_user_id: 'U1' } })]);
    expect(Object.keys((old.toDict() as { participants: Record<string, object> }).participants.p1!)).not.toContain('external_refs');
  });

  it('keeps invites out of the roster; a second invite is a duplicate; a join clears the invite', () => {
    const events = [invite('p1'), invite('p1'), heartbeat('p1')];
    const state = permissive(events);
    expect([...state.participants.keys()]).toEqual([]);
    expect(reasons(state)).toEqual(["Participant 'p1' already invited or active (duplicate invite)", "Unknown participant 'p1'"]);
    expect(() => reduceCollaborationEvents(events)).toThrow(UnknownParticipantError);
    const joined = permissive([invite('p2'), join('p2'), invite('p2')]);
    expect([...joined.participants.keys()]).toEqual(['p2']);
    expect(reasons(joined)).toEqual(["Participant 'p2' already invited or active (duplicate invite)"]);
    expect(reduceCollaborationEvents([invite('p4'), join('p4')]).anomalies).toEqual([]); // no duplicate join
    // 2.1.0: an invite activates.
    expect([...v2.reduceCollaborationEvents([invite('p3')]).participants.keys()]).toEqual(['p3']);
  });

  it('rejects departed participants: strict raises SpecKittyEventsError, permissive keeps the heartbeat', () => {
    const events = [join('p1'), leave('p1'), heartbeat('p1')];
    let thrown: unknown;
    try {
      reduceCollaborationEvents(events);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SpecKittyEventsError);
    expect(thrown).not.toBeInstanceOf(UnknownParticipantError);
    expect((thrown as Error).message).toBe(`Participant 'p1' has departed (event_id=${events[2]!.event_id}, event_type=PresenceHeartbeat)`);
    const state = permissive(events);
    expect(reasons(state)).toEqual(["Participant 'p1' has departed"]);
    expect(state.presence.has('p1')).toBe(true);
    expect(reasons(permissive([join('p1'), leave('p1'), ack('p1', 'w1')]))).toEqual(["Participant 'p1' has departed"]);
  });

  it('raises in strict mode on a completion without a start; permissive records it', () => {
    const events = [join('p1'), completed('p1', 'st1')];
    expect(() => reduceCollaborationEvents(events)).toThrow(
      `No matching PromptStepExecutionStarted for step 'st1' by participant 'p1' (event_id=${events[1]!.event_id}, event_type=PromptStepExecutionCompleted)`,
    );
    expect(reasons(permissive(events))).toEqual(["No matching PromptStepExecutionStarted for step 'st1' by participant 'p1'"]);
    expect(v2.reduceCollaborationEvents(events).anomalies).toHaveLength(1);
  });

  it('keeps an orphan acknowledgement as an UnknownWarning entry, and acknowledgements across repeated warnings', () => {
    const events = [join('p1'), join('p2'), ack('p1', 'w1', 'hold'), warning('w1', ['p1', 'p2']), ack('p2', 'w1'), warning('w1', ['p2'])];
    expect(() => reduceCollaborationEvents(events.slice(0, 3))).toThrow(`Warning 'w1' not found (event_id=${events[2]!.event_id}, event_type=WarningAcknowledged)`);
    const orphan = permissive(events.slice(0, 3));
    expect(orphan.warnings.map((w) => w.toDict())).toEqual([
      { warning_id: 'w1', event_id: events[2]!.event_id, warning_type: 'UnknownWarning', participant_ids: ['p1'], acknowledgements: { p1: 'hold' } },
    ]);
    const state = permissive(events);
    expect(state.warnings.map((w) => w.toDict())).toEqual([
      { warning_id: 'w1', event_id: events[5]!.event_id, warning_type: 'ConcurrentDriverWarning', participant_ids: ['p2'], acknowledgements: { p1: 'hold', p2: 'continue' } },
    ]);
    // 2.1.0 resets acknowledgements when a warning repeats.
    expect(v2.reduceCollaborationEvents(events, { mode: 'permissive' }).warnings[0]!.acknowledgements.size).toBe(0);
  });
});
