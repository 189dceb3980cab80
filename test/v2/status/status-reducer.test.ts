import { ValidationError } from '../../../src/envelope/errors';
import { EventLogReducer, Lane, StatusReducer, reduceStatusEvents } from '../../../src/v2/status';
import { EVIDENCE, ev, id, transition } from './helpers';

const LIFECYCLE = [
  ev('01', 1, '00:00:00', transition('WP01', null, 'planned')),
  ev('02', 2, '00:00:01', transition('WP01', 'planned', 'claimed')),
  ev('03', 3, '00:00:02', transition('WP01', 'claimed', 'in_progress')),
  ev('04', 4, '00:00:03', transition('WP01', 'in_progress', 'for_review')),
  ev('05', 5, '00:00:04', transition('WP01', 'for_review', 'done', { evidence: EVIDENCE })),
  ev('06', 5, '00:00:05', transition('WP01', 'for_review', 'in_progress', { review_ref: 'PR#1' })),
  ev('07', 6, '00:00:06', transition('WP02', null, 'planned')),
  ev('08', 6, '00:00:07', { wp_id: 'WP03' }),
  ev('09', 7, '00:00:08', transition('WP02', 'claimed', 'in_progress')),
];

describe('StatusReducer', () => {
  it('is an EventLogReducer whose state equals the whole-log function', () => {
    const reducer = new StatusReducer();
    expect(reducer).toBeInstanceOf(EventLogReducer);
    expect(reducer.applyAll(LIFECYCLE).state.toDict()).toEqual(reduceStatusEvents(LIFECYCLE).toDict());
  });

  it('starts at the defaults', () => {
    expect(new StatusReducer().state.toDict()).toEqual({ wp_states: {}, anomalies: [], event_count: 0, last_processed_event_id: null });
  });

  it('reading state after every in-order apply matches the function on the prefix', () => {
    const reducer = new StatusReducer();
    LIFECYCLE.forEach((event, i) => {
      reducer.apply(event);
      expect(reducer.state.toDict()).toEqual(reduceStatusEvents(LIFECYCLE.slice(0, i + 1)).toDict());
    });
    expect(reducer.size).toBe(9);
  });

  it('an open concurrent group is re-judged when a member arrives after a read', () => {
    const reducer = new StatusReducer().applyAll(LIFECYCLE.slice(0, 5));
    expect(reducer.state.wp_states.get('WP01')?.current_lane).toBe(Lane.DONE);
    reducer.apply(LIFECYCLE[5]!); // the rollback of the same group
    expect(reducer.state.wp_states.get('WP01')?.current_lane).toBe(Lane.IN_PROGRESS);
    expect(reducer.state.anomalies).toEqual([]);
  });

  it('out-of-order applies re-fold: late events land in their place', () => {
    const reducer = new StatusReducer();
    for (const event of [...LIFECYCLE].reverse()) reducer.apply(event);
    expect(reducer.state.toDict()).toEqual(reduceStatusEvents(LIFECYCLE).toDict());
  });

  it('ignores non-status events and duplicates', () => {
    const reducer = new StatusReducer().applyAll(LIFECYCLE);
    const before = reducer.state;
    reducer.apply(ev('99', 99, '00:00:00', {}, 'GatePassed'));
    reducer.apply(LIFECYCLE[3]!);
    expect(reducer.state).toBe(before);
    expect(reducer.size).toBe(9);
  });

  it('results read earlier are not changed by later applies', () => {
    const reducer = new StatusReducer().applyAll(LIFECYCLE.slice(0, 2));
    const early = reducer.state;
    const earlyDict = early.toDict();
    reducer.applyAll(LIFECYCLE.slice(2));
    expect(early.toDict()).toEqual(earlyDict);
    expect(reducer.state).not.toBe(early);
  });

  it('the §11 lone-surrogate failure surfaces on state, not on apply, and clears when the event is superseded', () => {
    const reducer = new StatusReducer().applyAll(LIFECYCLE.slice(0, 2));
    const bad = ev('50', 10, '00:00:00', transition('W\ud800', null, 'planned'));
    expect(() => reducer.apply(bad)).not.toThrow();
    expect(() => reducer.state).toThrow(ValidationError);
    // A later event does not hide the failure.
    reducer.apply(ev('51', 11, '00:00:00', transition('WP09', null, 'planned')));
    expect(() => reducer.state).toThrow(ValidationError);
    // The same id with a smaller key replaces the bad event.
    reducer.apply(ev('50', 3, '00:00:00', transition('WP05', null, 'planned')));
    expect(reducer.state.wp_states.get('WP05')?.last_event_id).toBe(id('50'));
  });
});
