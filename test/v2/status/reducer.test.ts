import { FrozenMap } from '../../../src/conventions';
import { ValidationError } from '../../../src/envelope/errors';
import type { Event } from '../../../src/v2/envelope/event';
import {
  DoneEvidence,
  Lane,
  ReducedStatus,
  TransitionAnomaly,
  WPState,
  reduceStatusEvents,
} from '../../../src/v2/status';
import { EVIDENCE, EVIDENCE_DICT, asJson, ev, id, transition } from './helpers';

const T = (time: string): string => `2026-01-01T${time}Z`;

function wpState(wpId: string, lane: string, eventSuffix: string, time: string, evidence: unknown = null): Record<string, unknown> {
  return { wp_id: wpId, current_lane: lane, last_event_id: id(eventSuffix), last_transition_at: T(time), evidence };
}

describe('§13 worked examples (exact toDict)', () => {
  it('Example 1 — filter, out-of-order input, duplicate, alias', () => {
    const events = [
      ev('A3', 3, '00:02:00', transition('WP01', 'claimed', 'doing')),
      ev('A9', 9, '00:09:00', { x: 1 }, 'GatePassed'),
      ev('A2', 2, '00:01:00', transition('WP01', 'planned', 'claimed', { actor: 'other' })),
      ev('A1', 1, '00:00:00', transition('WP01', null, 'planned')),
      ev('A2', 2, '00:01:00', transition('WP01', 'planned', 'claimed')),
    ];
    expect(reduceStatusEvents(events).toDict()).toEqual({
      wp_states: { WP01: wpState('WP01', 'in_progress', 'A3', '00:02:00') },
      anomalies: [],
      event_count: 3,
      last_processed_event_id: id('A3'),
    });
  });

  const B = [
    ev('B1', 1, '00:00:00', transition('WP01', null, 'planned')),
    ev('B2', 2, '00:00:01', transition('WP01', 'planned', 'claimed')),
    ev('B3', 3, '00:00:02', transition('WP01', 'claimed', 'in_progress')),
    ev('B4', 4, '00:00:03', transition('WP01', 'in_progress', 'for_review')),
    ev('B6', 5, '00:00:04', transition('WP01', 'for_review', 'in_progress', { review_ref: 'PR#7' })),
    ev('B5', 5, '00:00:05', transition('WP01', 'for_review', 'done', { evidence: EVIDENCE })),
    ev('B7', 5, '00:00:06', transition('WP01', 'claimed', 'in_progress')),
    ev('B8', 5, '00:00:04.5', transition('WP02', null, 'planned')),
  ];

  it('Example 2 — concurrent group, rollback last, mismatch, second WP', () => {
    const result = reduceStatusEvents(B).toDict();
    expect(result).toEqual({
      wp_states: {
        WP01: wpState('WP01', 'in_progress', 'B6', '00:00:04'),
        WP02: wpState('WP02', 'planned', 'B8', '00:00:04.500000'),
      },
      anomalies: [
        {
          event_id: id('B7'),
          wp_id: 'WP01',
          from_lane: 'claimed',
          to_lane: 'in_progress',
          reason: 'from_lane mismatch: expected Lane.FOR_REVIEW, got Lane.CLAIMED',
        },
      ],
      event_count: 8,
      last_processed_event_id: id('B7'),
    });
    expect(Object.keys(result['wp_states'] as object)).toEqual(['WP01', 'WP02']);
  });

  it('Example 2 without B6, B7, B8 — done with evidence', () => {
    expect(reduceStatusEvents(B.slice(0, 4).concat(B[5]!)).toDict()).toEqual({
      wp_states: { WP01: wpState('WP01', 'done', 'B5', '00:00:05', EVIDENCE_DICT) },
      anomalies: [],
      event_count: 5,
      last_processed_event_id: id('B5'),
    });
  });

  it('Example 3 — parse failure, mismatch on unknown WP, illegal move, forced move', () => {
    const events = [
      ev('C1', 1, '00:00:00', transition('WP01', null, 'planned')),
      ev('C2', 2, '00:00:01', transition('WP01', 'planned', 'for_review')),
      ev('C3', 3, '00:00:02', { feature_slug: 'feat', wp_id: 'WP01', from_lane: 'doing', to_lane: 'bogus' }),
      ev('C4', 1, '00:00:03', transition('WP03', 'planned', 'claimed')),
      ev('C5', 4, '00:00:04', transition('WP01', 'planned', 'in_progress', { force: true, reason: 'skip' })),
    ];
    expect(reduceStatusEvents(events).toDict()).toEqual({
      wp_states: { WP01: wpState('WP01', 'in_progress', 'C5', '00:00:04') },
      anomalies: [
        {
          event_id: id('C3'),
          wp_id: 'WP01',
          from_lane: 'in_progress',
          to_lane: null,
          reason:
            "payload validation failed: 3 validation errors for StatusTransitionPayload\nto_lane\n  Input should be 'planned', 'claimed', 'in_progress', 'for_review', 'done', 'blocked' or 'canceled' [type=enum, input_value='bogus', input_type=str]\n    For further information visit https://errors.pydantic.dev/2.13/v/enum\nactor\n  Field required [type=missing, input_value={'feature_slug': 'feat', ...ng', 'to_lane': 'bogus'}, input_type=dict]\n    For further information visit https://errors.pydantic.dev/2.13/v/missing\nexecution_mode\n  Field required [type=missing, input_value={'feature_slug': 'feat', ...ng', 'to_lane': 'bogus'}, input_type=dict]\n    For further information visit https://errors.pydantic.dev/2.13/v/missing",
        },
        {
          event_id: id('C4'),
          wp_id: 'WP03',
          from_lane: 'planned',
          to_lane: 'claimed',
          reason: 'from_lane mismatch: expected None, got Lane.PLANNED',
        },
        {
          event_id: id('C2'),
          wp_id: 'WP01',
          from_lane: 'planned',
          to_lane: 'for_review',
          reason: 'Transition Lane.PLANNED -> Lane.FOR_REVIEW is not allowed',
        },
      ],
      event_count: 5,
      last_processed_event_id: id('C5'),
    });
  });
});

describe('§13 more confirmed facts (equal timestamps, event_id breaks ties)', () => {
  const AT = '00:00:00';

  it('same-clock chain cannot chain: planned + mismatch', () => {
    const result = reduceStatusEvents([
      ev('01', 1, AT, transition('WP01', null, 'planned')),
      ev('02', 1, AT, transition('WP01', 'planned', 'claimed')),
    ]);
    expect(result.wp_states.get('WP01')?.current_lane).toBe(Lane.PLANNED);
    expect(asJson(result.anomalies)).toEqual([
      { event_id: id('02'), wp_id: 'WP01', from_lane: 'planned', to_lane: 'claimed', reason: 'from_lane mismatch: expected None, got Lane.PLANNED' },
    ]);
  });

  it('concurrent valid moves: the last applied wins (blocked), no anomaly', () => {
    const result = reduceStatusEvents([
      ev('01', 1, AT, transition('WP01', null, 'planned')),
      ev('02', 2, AT, transition('WP01', 'planned', 'claimed')),
      ev('03', 2, AT, transition('WP01', 'planned', 'blocked')),
    ]);
    expect(result.wp_states.get('WP01')?.current_lane).toBe(Lane.BLOCKED);
    expect(result.wp_states.get('WP01')?.last_event_id).toBe(id('03'));
    expect(result.anomalies).toEqual([]);
  });

  function toReview(): Event[] {
    return [
      ev('01', 1, AT, transition('WP01', null, 'planned')),
      ev('02', 2, AT, transition('WP01', 'planned', 'claimed')),
      ev('03', 3, AT, transition('WP01', 'claimed', 'in_progress')),
      ev('04', 4, AT, transition('WP01', 'in_progress', 'for_review')),
    ];
  }

  it('a blank review_ref still counts as a rollback (ordered last) and fails the guard', () => {
    const result = reduceStatusEvents([
      ...toReview(),
      ev('05', 5, AT, transition('WP01', 'for_review', 'in_progress', { review_ref: '' })),
      ev('06', 5, AT, transition('WP01', 'for_review', 'done', { evidence: EVIDENCE })),
    ]);
    expect(result.wp_states.get('WP01')?.current_lane).toBe(Lane.DONE);
    expect(result.wp_states.get('WP01')?.evidence).toBeInstanceOf(DoneEvidence);
    expect(asJson(result.anomalies)).toEqual([
      { event_id: id('05'), wp_id: 'WP01', from_lane: 'for_review', to_lane: 'in_progress', reason: 'for_review -> in_progress requires review_ref' },
    ]);
  });

  it('done → done unforced: terminal and matrix messages joined by "; "', () => {
    const result = reduceStatusEvents([
      ...toReview(),
      ev('05', 5, AT, transition('WP01', 'for_review', 'done', { evidence: EVIDENCE })),
      ev('06', 6, AT, transition('WP01', 'done', 'done', { evidence: EVIDENCE })),
    ]);
    expect(result.wp_states.get('WP01')?.last_event_id).toBe(id('05'));
    expect(result.anomalies.map((a) => a.reason)).toEqual([
      'done is terminal; requires force=True to exit; Transition Lane.DONE -> Lane.DONE is not allowed',
    ]);
  });
});

describe('§15 pinned reducer behaviour', () => {
  const lifecycle = (wp: string, start: number, prefix: string): Event[] => [
    ev(`${prefix}1`, start, '00:00:00', transition(wp, null, 'planned')),
    ev(`${prefix}2`, start + 1, '00:00:01', transition(wp, 'planned', 'claimed')),
    ev(`${prefix}3`, start + 2, '00:00:02', transition(wp, 'claimed', 'in_progress')),
    ev(`${prefix}4`, start + 3, '00:00:03', transition(wp, 'in_progress', 'for_review')),
    ev(`${prefix}5`, start + 4, '00:00:04', transition(wp, 'for_review', 'done', { evidence: EVIDENCE })),
  ];

  it('full lifecycle to done', () => {
    const result = reduceStatusEvents(lifecycle('WP01', 1, 'L'));
    const state = result.wp_states.get('WP01')!;
    expect(state.current_lane).toBe(Lane.DONE);
    expect(state.last_event_id).toBe(id('L5'));
    expect(state.evidence).not.toBeNull();
    expect(asJson(state.evidence)).toEqual(EVIDENCE_DICT);
    expect(result.anomalies).toEqual([]);
    expect(result.event_count).toBe(5);
  });

  it('two interleaved WPs both reach claimed', () => {
    const result = reduceStatusEvents([
      ev('01', 1, '00:00:00', transition('WP01', null, 'planned')),
      ev('02', 1, '00:00:01', transition('WP02', null, 'planned')),
      ev('03', 2, '00:00:02', transition('WP01', 'planned', 'claimed')),
      ev('04', 2, '00:00:03', transition('WP02', 'planned', 'claimed')),
    ]);
    expect([...result.wp_states.keys()]).toEqual(['WP01', 'WP02']);
    expect(result.wp_states.get('WP01')?.current_lane).toBe(Lane.CLAIMED);
    expect(result.wp_states.get('WP02')?.current_lane).toBe(Lane.CLAIMED);
    expect(result.anomalies).toEqual([]);
  });

  it('[] gives the defaults', () => {
    const result = reduceStatusEvents([]);
    expect(result).toBeInstanceOf(ReducedStatus);
    expect(result.toDict()).toEqual({ wp_states: {}, anomalies: [], event_count: 0, last_processed_event_id: null });
  });

  it('a non-status event only: no states, event_count 0', () => {
    const result = reduceStatusEvents([ev('01', 1, '00:00:00', transition('WP01', null, 'planned'), 'GatePassed')]);
    expect(result.toDict()).toEqual({ wp_states: {}, anomalies: [], event_count: 0, last_processed_event_id: null });
  });

  it('the filter is exact and case-sensitive', () => {
    const result = reduceStatusEvents([
      ev('01', 1, '00:00:00', transition('WP01', null, 'planned'), 'wpstatuschanged'),
      ev('02', 1, '00:00:00', transition('WP01', null, 'planned'), 'WPStatusChanged '),
    ]);
    expect(result.event_count).toBe(0);
  });

  it('planned → for_review: one anomaly, lane stays planned', () => {
    const result = reduceStatusEvents([
      ev('01', 1, '00:00:00', transition('WP01', null, 'planned')),
      ev('02', 2, '00:00:01', transition('WP01', 'planned', 'for_review')),
    ]);
    expect(result.anomalies).toHaveLength(1);
    expect(result.wp_states.get('WP01')?.current_lane).toBe(Lane.PLANNED);
  });

  it('a payload missing actor / execution_mode: counted, salvaged wp_id, parse anomaly, no states', () => {
    const result = reduceStatusEvents([ev('01', 1, '00:00:00', { feature_slug: 'f', wp_id: 'WP01', to_lane: 'planned' })]);
    expect(result.event_count).toBe(1);
    expect(result.wp_states.size).toBe(0);
    expect(result.anomalies).toHaveLength(1);
    const anomaly = result.anomalies[0]!;
    expect(anomaly.wp_id).toBe('WP01');
    expect(anomaly.from_lane).toBeNull();
    expect(anomaly.to_lane).toBe(Lane.PLANNED);
    expect(anomaly.reason).toContain('payload validation failed');
    expect(result.last_processed_event_id).toBe(id('01'));
  });

  it('a wrong from_lane: mismatch anomaly, lane unchanged', () => {
    const result = reduceStatusEvents([
      ev('01', 1, '00:00:00', transition('WP01', null, 'planned')),
      ev('02', 2, '00:00:01', transition('WP01', 'claimed', 'in_progress')),
    ]);
    expect(result.anomalies[0]?.reason).toContain('mismatch');
    expect(result.anomalies[0]?.reason).toBe('from_lane mismatch: expected Lane.PLANNED, got Lane.CLAIMED');
    expect(result.wp_states.get('WP01')?.current_lane).toBe(Lane.PLANNED);
  });

  it('same-lamport done vs rollback → in_progress, also with another WP sorting between them', () => {
    const base = lifecycle('WP01', 1, 'L').slice(0, 4);
    const done = ev('L5', 5, '00:00:04', transition('WP01', 'for_review', 'done', { evidence: EVIDENCE }));
    const rollback = ev('L6', 5, '00:00:06', transition('WP01', 'for_review', 'in_progress', { review_ref: 'PR#1' }));
    const other = ev('L7', 5, '00:00:05', transition('WP02', null, 'planned'));
    for (const events of [[...base, done, rollback], [...base, rollback, done], [...base, done, other, rollback], [...base, rollback, other, done]]) {
      const result = reduceStatusEvents(events);
      const state = result.wp_states.get('WP01')!;
      expect(state.current_lane).toBe(Lane.IN_PROGRESS);
      expect(state.last_event_id).toBe(id('L6'));
      expect(state.evidence).toBeNull();
      expect(result.anomalies).toEqual([]);
    }
  });

  it('a duplicated event is counted once', () => {
    const events = lifecycle('WP01', 1, 'L');
    const result = reduceStatusEvents([...events, events[2]!, events[0]!]);
    expect(result.event_count).toBe(5);
    expect(result.anomalies).toEqual([]);
  });

  it('last_processed_event_id is the last id in sorted order, whatever its fate', () => {
    const result = reduceStatusEvents([
      ev('09', 9, '00:00:00', { bad: true }),
      ev('01', 1, '00:00:00', transition('WP01', null, 'planned')),
    ]);
    expect(result.last_processed_event_id).toBe(id('09'));
    expect(result.wp_states.get('WP01')?.last_event_id).toBe(id('01'));
  });

  it('shuffling a valid lifecycle gives identical wp_states', () => {
    const events = [...lifecycle('WP01', 1, 'L'), ...lifecycle('WP02', 3, 'M')];
    const expected = reduceStatusEvents(events).toDict();
    const reversed = reduceStatusEvents([...events].reverse()).toDict();
    const rotated = reduceStatusEvents([...events.slice(3), ...events.slice(0, 3)]).toDict();
    expect(reversed).toEqual(expected);
    expect(rotated).toEqual(expected);
  });
});

describe('ordering, dedup and grouping details', () => {
  it('equal full keys: the earlier input survives', () => {
    const first = ev('01', 1, '00:00:00', transition('WP01', null, 'planned', { actor: 'first' }));
    const second = ev('01', 1, '00:00:00', transition('WP01', null, 'claimed'));
    expect(reduceStatusEvents([first, second]).wp_states.get('WP01')?.current_lane).toBe(Lane.PLANNED);
    expect(reduceStatusEvents([second, first]).anomalies[0]?.reason).toBe('Transition None -> Lane.CLAIMED is not allowed');
  });

  it('same id, different keys: the smallest key survives', () => {
    const late = ev('01', 5, '00:00:00', transition('WP01', null, 'claimed'));
    const early = ev('01', 1, '00:00:00', transition('WP01', null, 'planned'));
    const result = reduceStatusEvents([late, early]);
    expect(result.event_count).toBe(1);
    expect(result.wp_states.get('WP01')?.current_lane).toBe(Lane.PLANNED);
  });

  it('timestamps sort as isoText, not as instants', () => {
    // 10:00+05:00 (05:00 UTC) sorts after 06:00+00:00 in text order.
    const a = ev('01', 1, '2026-01-01T10:00:00+05:00', transition('WP01', null, 'planned'));
    const b = ev('02', 1, '2026-01-01T06:00:00+00:00', transition('WP01', null, 'planned'));
    const result = reduceStatusEvents([a, b]);
    // Same group: both judged against null; both valid, the later in sorted order (a) wins.
    expect(result.wp_states.get('WP01')?.last_event_id).toBe(id('01'));
    expect(result.wp_states.get('WP01')?.toDict()['last_transition_at']).toBe('2026-01-01T10:00:00+05:00');
  });

  it('rollbacks go last within their group even when forced; non-rollbacks keep their order', () => {
    const result = reduceStatusEvents([
      ev('01', 1, '00:00:00', transition('WP01', null, 'planned')),
      ev('02', 2, '00:00:00', transition('WP01', 'planned', 'claimed')),
      ev('03', 3, '00:00:00', transition('WP01', 'claimed', 'in_progress')),
      ev('04', 4, '00:00:00', transition('WP01', 'in_progress', 'for_review')),
      ev('05', 5, '00:00:00', transition('WP01', 'for_review', 'in_progress', { review_ref: 'R1', force: true, reason: 'x' })),
      ev('06', 5, '00:00:01', transition('WP01', 'for_review', 'blocked')),
      ev('07', 5, '00:00:02', transition('WP01', 'for_review', 'done', { evidence: EVIDENCE })),
      ev('08', 5, '00:00:03', transition('WP01', 'planned', 'claimed')),
    ]);
    const state = result.wp_states.get('WP01')!;
    expect(state.current_lane).toBe(Lane.IN_PROGRESS);
    expect(state.last_event_id).toBe(id('05'));
    expect(result.anomalies.map((a) => a.event_id)).toEqual([id('08')]);
  });

  it('evidence is kept only for a →done transition; a forced exit from done clears it', () => {
    const result = reduceStatusEvents([
      ev('01', 1, '00:00:00', transition('WP01', null, 'done', { force: true, reason: 'import', evidence: EVIDENCE })),
      ev('02', 2, '00:00:00', transition('WP01', 'done', 'in_progress', { force: true, reason: 'reopen', evidence: EVIDENCE })),
    ]);
    const state = result.wp_states.get('WP01')!;
    expect(state.current_lane).toBe(Lane.IN_PROGRESS);
    expect(state.evidence).toBeNull();
  });
});

describe('parse anomalies: salvage and order', () => {
  it.each([
    [{ wp_id: 'WP9' }, 'WP9'],
    [{ wp_id: ' ' }, ' '],
    [{ wp_id: '' }, '<unknown>'],
    [{ wp_id: 5 }, '<unknown>'],
    [{ wp_id: null }, '<unknown>'],
    [{}, '<unknown>'],
  ])('payload %p salvages wp_id %p', (payload, wpId) => {
    const result = reduceStatusEvents([ev('01', 1, '00:00:00', payload)]);
    expect(result.anomalies[0]?.wp_id).toBe(wpId);
    expect(result.anomalies[0]?.event_id).toBe(id('01'));
  });

  it.each([
    ['doing', Lane.IN_PROGRESS],
    ['planned', Lane.PLANNED],
    ['DOING', null],
    ['bogus', null],
    [5, null],
    [null, null],
    ['constructor', null],
  ])('raw lane %p salvages to %p', (raw, lane) => {
    const result = reduceStatusEvents([ev('01', 1, '00:00:00', { wp_id: 'W', from_lane: raw, to_lane: raw })]);
    expect(result.anomalies[0]?.from_lane).toBe(lane);
    expect(result.anomalies[0]?.to_lane).toBe(lane);
  });

  it('parse anomalies precede every transition anomaly, in sorted order', () => {
    const result = reduceStatusEvents([
      ev('01', 1, '00:00:00', transition('WP01', 'planned', 'claimed')),
      ev('02', 2, '00:00:00', { wp_id: 'A' }),
      ev('03', 3, '00:00:00', transition('WP01', 'planned', 'claimed')),
      ev('04', 4, '00:00:00', { wp_id: 'B' }),
    ]);
    expect(result.anomalies.map((a) => a.event_id)).toEqual([id('02'), id('04'), id('01'), id('03')]);
  });

  it('a payload whose every event fails parsing: no states, count and last id set', () => {
    const result = reduceStatusEvents([ev('02', 2, '00:00:00', { wp_id: 'A' }), ev('01', 1, '00:00:00', {})]);
    expect(result.toDict()).toMatchObject({ wp_states: {}, event_count: 2, last_processed_event_id: id('02') });
    expect(result.anomalies).toHaveLength(2);
  });

  it('a lone-surrogate wp_id makes the reducer throw the TransitionAnomaly ValidationError (§11)', () => {
    const events = [
      ev('01', 1, '00:00:00', transition('WP01', null, 'planned')),
      ev('02', 2, '00:00:00', transition('x\udc00', null, 'planned')),
    ];
    let caught: unknown;
    try {
      reduceStatusEvents(events);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    const error = caught as ValidationError;
    expect(error.violations).toHaveLength(1);
    expect(error.violations[0]).toMatchObject({
      type: 'string_unicode',
      loc: ['wp_id'],
      msg: 'Input should be a valid string, unable to parse raw data as a unicode string',
      input: 'x\udc00',
    });
    expect(error.modelName).toBe('TransitionAnomaly');
  });

  it('a lone surrogate elsewhere (reason, review_ref) does not throw', () => {
    const result = reduceStatusEvents([ev('01', 1, '00:00:00', transition('WP01', null, 'planned', { reason: '\udc00' }))]);
    expect(result.wp_states.get('WP01')?.current_lane).toBe(Lane.PLANNED);
  });
});

describe('result models', () => {
  const events = [
    ev('01', 1, '00:00:00', transition('WP01', null, 'planned')),
    ev('02', 2, '00:00:00', transition('WP01', 'planned', 'done', { evidence: EVIDENCE })),
  ];

  it('are frozen; wp_states is an immutable ReadonlyMap; anomalies frozen', () => {
    const result = reduceStatusEvents(events);
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.anomalies)).toBe(true);
    expect(result.wp_states).toBeInstanceOf(FrozenMap);
    expect(() => Map.prototype.set.call(result.wp_states, 'x', null)).toThrow(TypeError);
    expect(() => (result.wp_states as Map<string, WPState>).set('x', result.wp_states.get('WP01')!)).toThrow(TypeError);
    expect(() => (result.wp_states as Map<string, WPState>).delete('WP01')).toThrow(TypeError);
    expect(result.wp_states.get('WP01')).toBeInstanceOf(WPState);
    expect(Object.isFrozen(result.wp_states.get('WP01'))).toBe(true);
    expect(result.anomalies[0]).toBeInstanceOf(TransitionAnomaly);
    expect(Object.isFrozen(result.anomalies[0])).toBe(true);
  });

  it('toDict round-trips through fromDict', () => {
    const result = reduceStatusEvents(events);
    const again = ReducedStatus.fromDict(result.toDict());
    expect(again.toDict()).toEqual(result.toDict());
    expect(again.wp_states.get('WP01')).toBeInstanceOf(WPState);
  });

  it('__proto__, constructor and integer-like ids are ordinary WP ids', () => {
    const result = reduceStatusEvents([
      ev('01', 1, '00:00:00', transition('__proto__', null, 'planned')),
      ev('02', 1, '00:00:01', transition('constructor', null, 'planned')),
      ev('03', 1, '00:00:02', transition('10', null, 'planned')),
      ev('04', 1, '00:00:03', transition('7', null, 'planned')),
    ]);
    expect([...result.wp_states.keys()]).toEqual(['__proto__', 'constructor', '10', '7']);
    const dict = result.toDict()['wp_states'] as Record<string, { wp_id: string }>;
    expect(Object.getPrototypeOf(dict)).toBe(Object.prototype);
    expect(Object.keys(dict).sort()).toEqual(['10', '7', '__proto__', 'constructor']);
    expect(Object.prototype.hasOwnProperty.call(dict, '__proto__')).toBe(true);
    expect(dict['__proto__']!.wp_id).toBe('__proto__');
    expect(JSON.parse(JSON.stringify(result.toDict()))['wp_states']['__proto__']['wp_id']).toBe('__proto__');
  });

  it('WPState and TransitionAnomaly take exact lane values only (no alias)', () => {
    const state = { wp_id: 'W', current_lane: 'doing', last_event_id: 'e', last_transition_at: '2026-01-01T00:00:00Z' };
    expect(() => WPState.fromDict(state)).toThrow(ValidationError);
    expect(WPState.fromDict({ ...state, current_lane: 'in_progress' }).toDict()).toEqual({ ...state, current_lane: 'in_progress', evidence: null });
    expect(() => TransitionAnomaly.fromDict({ event_id: 'e', wp_id: 'w', to_lane: 'doing', reason: 'r' })).toThrow(ValidationError);
    expect(TransitionAnomaly.fromDict({ event_id: 'e', wp_id: 'w', reason: 'r' }).toDict()).toEqual({
      event_id: 'e',
      wp_id: 'w',
      from_lane: null,
      to_lane: null,
      reason: 'r',
    });
  });

  it('ReducedStatus: defaults, lax event_count, ge 0, keys need not equal wp_id', () => {
    expect(ReducedStatus.fromDict({}).toDict()).toEqual({ wp_states: {}, anomalies: [], event_count: 0, last_processed_event_id: null });
    expect(ReducedStatus.fromDict({ event_count: '3' }).event_count).toBe(3);
    expect(ReducedStatus.fromDict({ event_count: 3.0 }).event_count).toBe(3);
    expect(ReducedStatus.fromDict({ event_count: true }).event_count).toBe(1);
    expect(() => ReducedStatus.fromDict({ event_count: -1 })).toThrow(ValidationError);
    const state = { wp_id: 'W', current_lane: 'planned', last_event_id: 'e', last_transition_at: '2026-01-01T00:00:00Z' };
    const status = ReducedStatus.fromDict({ wp_states: { other: state } });
    expect(status.wp_states.get('other')?.wp_id).toBe('W');
    expect(() => ReducedStatus.fromDict({ wp_states: [] })).toThrow(ValidationError);
  });
});
