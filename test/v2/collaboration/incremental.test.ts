/** `CollaborationReducer`: the incremental form of `reduceCollaborationEvents`. */
import { CollaborationReducer, UnknownParticipantError, reduceCollaborationEvents } from '../../../src/v2/collaboration';
import { ValidationError } from '../../../src/envelope/errors';
import { EXAMPLE_1, EXAMPLE_5 } from './examples';
import { comment, driverWarning, ev, exampleEvents, heartbeat, identity, intent, joined, sessionLinked, thrown } from './helpers';

describe('CollaborationReducer', () => {
  it('takes the same options object as the function and starts empty (roster ignored until an event arrives)', () => {
    const reducer = new CollaborationReducer({ mode: 'permissive', roster: { p1: identity('p1') } });
    expect(reducer.size).toBe(0);
    expect(reducer.state.toDict()).toEqual(reduceCollaborationEvents([]).toDict());
    expect(reducer.state.participants.size).toBe(0);
    reducer.apply(heartbeat('p1'));
    expect([...reducer.state.participants.keys()]).toEqual(['p1']);
    expect(reducer.state.anomalies).toHaveLength(0);
  });

  it('defaults to strict mode', () => {
    const reducer = new CollaborationReducer();
    reducer.apply(heartbeat('ghost'));
    expect(() => reducer.state).toThrow(UnknownParticipantError);
    expect(() => new CollaborationReducer(null).apply(heartbeat('ghost')).state).toThrow(UnknownParticipantError);
  });

  it('apply and applyAll return the reducer; non-collaboration events are ignored', () => {
    const reducer = new CollaborationReducer();
    expect(reducer.apply(ev('WPStatusChanged', {}))).toBe(reducer);
    expect(reducer.size).toBe(0);
    expect(reducer.applyAll(exampleEvents(EXAMPLE_1))).toBe(reducer);
    expect(reducer.size).toBe(15);
    expect(reducer.state.toDict()).toEqual(EXAMPLE_1.expected);
  });

  it('in-order appends are folded as they arrive; each state equals the function over the prefix', () => {
    const events = exampleEvents(EXAMPLE_5);
    const reducer = new CollaborationReducer({ mode: 'permissive' });
    events.forEach((event, i) => {
      reducer.apply(event);
      expect(reducer.state.toDict()).toEqual(reduceCollaborationEvents(events.slice(0, i + 1), { mode: 'permissive' }).toDict());
    });
    expect(reducer.state.toDict()).toEqual(EXAMPLE_5.expected);
  });

  it('returns the same state object until something changes; unchanged parts are shared between states', () => {
    const j = joined('p1');
    const reducer = new CollaborationReducer().apply(j).apply(comment('p1'));
    const first = reducer.state;
    expect(reducer.state).toBe(first);
    reducer.apply(j); // a duplicate changes nothing
    expect(reducer.state).toBe(first);
    reducer.apply(heartbeat('p1'));
    const second = reducer.state;
    expect(second).not.toBe(first);
    expect(second.comments).toBe(first.comments);
    expect(second.participants).toBe(first.participants);
    expect(second.presence).not.toBe(first.presence);
    expect(second.event_count).toBe(3);
    // The earlier state is a snapshot: it did not change.
    expect(first.presence.size).toBe(0);
    expect(first.event_count).toBe(2);
  });

  it('states are frozen snapshots', () => {
    const reducer = new CollaborationReducer().apply(joined('p1')).apply(intent('p1', 'active'));
    const state = reducer.state;
    expect(Object.isFrozen(state)).toBe(true);
    expect(Object.isFrozen(state.comments)).toBe(true);
    expect(() => (state.active_drivers as Set<string>).add('x')).toThrow(TypeError);
    expect(() => (state.participants as Map<string, unknown>).delete('p1')).toThrow(TypeError);
    reducer.apply(intent('p1', 'inactive'));
    expect([...state.active_drivers]).toEqual(['p1']);
    expect(reducer.state.active_drivers.size).toBe(0);
  });

  it('holds a strict-mode error and re-throws it from state; an earlier join inserted later resolves it', () => {
    const hb = heartbeat('p1', { clock: 10 });
    const reducer = new CollaborationReducer();
    expect(() => reducer.apply(hb)).not.toThrow();
    const error = thrown(() => reducer.state) as UnknownParticipantError;
    expect(error.eventId).toBe(hb.event_id);
    expect(() => reducer.apply(heartbeat('p1', { clock: 11 }))).not.toThrow();
    expect(() => reducer.state).toThrow(UnknownParticipantError);
    reducer.apply(joined('p1', { clock: 1 }));
    const state = reducer.state;
    expect(state.event_count).toBe(3);
    expect(state.presence.has('p1')).toBe(true);
  });

  it('holds hard failures too, exactly where the function throws', () => {
    const reducer = new CollaborationReducer().apply(joined('p1')).apply(comment('p1', { content: null }));
    expect(() => reducer.state).toThrow(ValidationError);
    const assembly = new CollaborationReducer().apply(joined('p1')).apply(sessionLinked('p1', 5));
    expect(() => assembly.state).toThrow(ValidationError);
    const typeError = new CollaborationReducer({ mode: 'permissive' }).apply(driverWarning('w', [['x']]));
    expect(() => typeError.state).toThrow(TypeError);
  });

  it('an event that replaces an earlier copy of its id (smaller key) re-folds', () => {
    const id = '01JT0000000000000000000777';
    const reducer = new CollaborationReducer({ mode: 'permissive' });
    reducer.apply(joined('p1', { clock: 1 }));
    reducer.apply(heartbeat('p1', { id, clock: 9, ts: '2026-01-01T00:00:09Z' }));
    reducer.apply(heartbeat('p1', { clock: 5, ts: '2026-01-01T00:00:05Z' }));
    expect(reducer.state.presence.get('p1')!.isoText()).toBe('2026-01-01T00:00:09+00:00');
    reducer.apply(heartbeat('p1', { id, clock: 2, ts: '2026-01-01T00:00:02Z' }));
    expect(reducer.size).toBe(3);
    expect(reducer.state.presence.get('p1')!.isoText()).toBe('2026-01-01T00:00:05+00:00');
  });

  it('the mission id follows the first event of U, even when an earlier one arrives late', () => {
    const reducer = new CollaborationReducer({ mode: 'permissive' });
    reducer.apply(joined('p1', { clock: 5 }, 'M-late'));
    expect(reducer.state.mission_id).toBe('M-late');
    reducer.apply(joined('p2', { clock: 1 }, 'M-early'));
    expect(reducer.state.mission_id).toBe('M-early');
  });
});
