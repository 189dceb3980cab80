/**
 * Property tests (fast-check) for the glossary reducer: the result does not depend on the
 * arrival order (distinct sort keys), repeated copies of an event change nothing, and the
 * incremental `GlossaryReducer` equals the whole-log function under random apply orders with
 * reads in between, in both modes (strict errors included).
 */
import 'reflect-metadata';
import fc from 'fast-check';
import { SpecKittyEventsError, ValidationError } from '../../src/envelope/errors';
import type { Event } from '../../src/envelope/event';
import {
  GENERATION_BLOCKED_BY_SEMANTIC_CONFLICT,
  GLOSSARY_CLARIFICATION_REQUESTED,
  GLOSSARY_CLARIFICATION_RESOLVED,
  GLOSSARY_SCOPE_ACTIVATED,
  GLOSSARY_SENSE_UPDATED,
  GLOSSARY_STRICTNESS_SET,
  GlossaryReducer,
  SEMANTIC_CHECK_EVALUATED,
  TERM_CANDIDATE_OBSERVED,
  reduceGlossaryEvents,
  type GlossaryReduceMode,
  type ReducedGlossaryState,
} from '../../src/glossary';
import { glossaryEvent, numId } from './helpers';

const SCOPES = ['s-1', 's-2', '__proto__'];
const TERMS = ['lane', 'Lane', 'constructor'];
/** Ids 0..5 may be semantic checks and requests: clarifications point at them. */
const REF_IDS = [0, 1, 2, 3, 4, 5].map(numId);

const payloadArb = (type: string): fc.Arbitrary<Record<string, unknown>> => {
  const base = { mission_id: 'm-1' };
  switch (type) {
    case GLOSSARY_SCOPE_ACTIVATED:
      return fc.record({ scope_id: fc.constantFrom(...SCOPES) }).map((p) => ({ ...base, ...p, scope_type: 'team_domain', glossary_version_id: 'v1' }));
    case GLOSSARY_STRICTNESS_SET:
      return fc.record({ new_strictness: fc.constantFrom('off', 'medium', 'max') }).map((p) => ({ ...base, ...p, actor: 'a' }));
    case TERM_CANDIDATE_OBSERVED:
      return fc
        .record({ scope_id: fc.constantFrom(...SCOPES), term_surface: fc.constantFrom(...TERMS), confidence: fc.constantFrom(0, 0.5, 1) })
        .map((p) => ({ ...base, ...p, step_id: 's', actor: 'a' }));
    case GLOSSARY_SENSE_UPDATED:
      return fc
        .record({ scope_id: fc.constantFrom(...SCOPES), term_surface: fc.constantFrom(...TERMS) })
        .map((p) => ({ ...base, ...p, after_sense: 'x', reason: '', actor: 'a' }));
    case SEMANTIC_CHECK_EVALUATED:
      return fc.record({ scope_id: fc.constantFrom(...SCOPES) }).map((p) => ({
        ...base,
        ...p,
        step_id: 's',
        conflicts: [],
        severity: 'low',
        confidence: 0.5,
        recommended_action: 'pass',
        effective_strictness: 'medium',
      }));
    case GLOSSARY_CLARIFICATION_REQUESTED:
      return fc
        .record({ scope_id: fc.constantFrom(...SCOPES), semantic_check_event_id: fc.constantFrom(...REF_IDS) })
        .map((p) => ({ ...base, ...p, step_id: 's', term: 't', question: 'q', options: [], urgency: 'low', actor: 'a' }));
    case GLOSSARY_CLARIFICATION_RESOLVED:
      return fc.record({ clarification_event_id: fc.constantFrom(...REF_IDS, numId(9)) }).map((p) => ({ ...base, ...p, selected_meaning: 'm', actor: 'a' }));
    case GENERATION_BLOCKED_BY_SEMANTIC_CONFLICT:
      return fc.constant({ ...base, step_id: 's', conflict_event_ids: [REF_IDS[0]], blocking_strictness: 'max' });
    default:
      return fc.constant(base);
  }
};

const TYPES = [
  GLOSSARY_SCOPE_ACTIVATED,
  GLOSSARY_SCOPE_ACTIVATED,
  GLOSSARY_STRICTNESS_SET,
  TERM_CANDIDATE_OBSERVED,
  TERM_CANDIDATE_OBSERVED,
  GLOSSARY_SENSE_UPDATED,
  SEMANTIC_CHECK_EVALUATED,
  GLOSSARY_CLARIFICATION_REQUESTED,
  GLOSSARY_CLARIFICATION_REQUESTED,
  GLOSSARY_CLARIFICATION_RESOLVED,
  GENERATION_BLOCKED_BY_SEMANTIC_CONFLICT,
  'MissionStarted',
];

interface Spec {
  readonly type: string;
  readonly payload: Record<string, unknown>;
  readonly lamport: number;
}

const specArb: fc.Arbitrary<Spec> = fc
  .record({ type: fc.constantFrom(...TYPES), lamport: fc.integer({ min: 0, max: 6 }), broken: fc.integer({ min: 0, max: 40 }) })
  .chain(({ type, lamport, broken }) =>
    (broken === 0 ? fc.constant<Record<string, unknown>>({ mission_id: '' }) : payloadArb(type)).map((payload) => ({ type, lamport, payload })),
  );

const eventsArb: fc.Arbitrary<Event[]> = fc
  .array(specArb, { maxLength: 30 })
  .map((specs) => specs.map((s, i) => glossaryEvent({ event_id: numId(i), event_type: s.type, lamport_clock: s.lamport, payload: s.payload })));

const modeArb = fc.constantFrom<GlossaryReduceMode>('strict', 'permissive');

/** The result as JSON, or the error kind and text. */
function outcome(read: () => ReducedGlossaryState): string {
  try {
    return JSON.stringify(read().toDict());
  } catch (error) {
    if (error instanceof ValidationError || error instanceof SpecKittyEventsError) return `${error.constructor.name}: ${error.message}`;
    throw error;
  }
}

describe('GlossaryReducer properties', () => {
  it('does not depend on arrival order', () => {
    fc.assert(
      fc.property(eventsArb, modeArb, fc.infiniteStream(fc.nat()), (events, mode, seeds) => {
        const shuffled = events.map((e) => [seeds.next().value as number, e] as const).sort((a, b) => a[0] - b[0]).map(([, e]) => e);
        expect(outcome(() => reduceGlossaryEvents(shuffled, { mode }))).toBe(outcome(() => reduceGlossaryEvents(events, { mode })));
      }),
      { numRuns: 200 },
    );
  });

  it('ignores repeated copies of an event', () => {
    fc.assert(
      fc.property(eventsArb, modeArb, fc.array(fc.nat(), { maxLength: 10 }), (events, mode, picks) => {
        fc.pre(events.length > 0);
        const copies = picks.map((k) => events[k % events.length]!);
        expect(outcome(() => reduceGlossaryEvents([...events, ...copies], { mode }))).toBe(outcome(() => reduceGlossaryEvents(events, { mode })));
      }),
      { numRuns: 200 },
    );
  });

  it('incremental apply equals the whole log, with reads in between', () => {
    fc.assert(
      fc.property(eventsArb, modeArb, fc.infiniteStream(fc.nat()), fc.array(fc.boolean()), (events, mode, seeds, reads) => {
        const order = events.map((e) => [seeds.next().value as number, e] as const).sort((a, b) => a[0] - b[0]).map(([, e]) => e);
        const reducer = new GlossaryReducer({ mode });
        order.forEach((event, i) => {
          reducer.apply(event);
          if (reads[i] === true) expect(outcome(() => reducer.state)).toBe(outcome(() => reduceGlossaryEvents(order.slice(0, i + 1), { mode })));
        });
        expect(outcome(() => reducer.state)).toBe(outcome(() => reduceGlossaryEvents(events, { mode })));
      }),
      { numRuns: 200 },
    );
  });
});

describe('GlossaryReducer results', () => {
  it('are frozen and toJSON equals toDict', () => {
    const events = [
      glossaryEvent({ event_id: numId(1), event_type: GLOSSARY_SCOPE_ACTIVATED, lamport_clock: 1, payload: { mission_id: 'm', scope_id: 's', scope_type: 'team_domain', glossary_version_id: 'v' } }),
      glossaryEvent({ event_id: numId(2), event_type: TERM_CANDIDATE_OBSERVED, lamport_clock: 2, payload: { mission_id: 'm', scope_id: 's', step_id: 'x', term_surface: 't', confidence: '0.5', actor: 'a' } }),
    ];
    const state = reduceGlossaryEvents(events);
    expect(Object.isFrozen(state)).toBe(true);
    expect(Object.isFrozen(state.anomalies)).toBe(true);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state.toDict());
    expect(state.term_candidates.get('s')?.get('t')?.[0]?.confidence).toBe(0.5);
    expect(() => (state.active_scopes as Map<string, unknown>).set('x', 1)).toThrow();
  });

  it('strict mode names the event and the scope; permissive records an anomaly', () => {
    const event = glossaryEvent({ event_id: numId(7), event_type: TERM_CANDIDATE_OBSERVED, lamport_clock: 1, payload: { mission_id: 'm', scope_id: 'nope', step_id: 'x', term_surface: 't', confidence: 1, actor: 'a' } });
    expect(() => reduceGlossaryEvents([event])).toThrow(new SpecKittyEventsError(`Event ${numId(7)} references unactivated scope 'nope'`));
    expect(reduceGlossaryEvents([event], { mode: 'permissive' }).anomalies.map((a) => a.reason)).toEqual(["References unactivated scope 'nope'"]);
  });

  it('a wrong-shaped payload throws the library ValidationError naming the field', () => {
    const event = glossaryEvent({ event_id: numId(1), event_type: GLOSSARY_SCOPE_ACTIVATED, lamport_clock: 1, payload: { mission_id: 'm', scope_id: 5 } });
    let caught: unknown;
    try {
      reduceGlossaryEvents([event], { mode: 'permissive' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect((caught as ValidationError).violations.map((v) => v.loc.join('.'))).toEqual(['scope_id', 'scope_type', 'glossary_version_id']);
  });

  it('rejects an unknown mode', () => {
    expect(() => new GlossaryReducer({ mode: 'lenient' as GlossaryReduceMode })).toThrow(SpecKittyEventsError);
  });

  it('a long burst of requests, each resolved in turn, never hits the cap', () => {
    const events: Event[] = [
      glossaryEvent({ event_id: numId(0), event_type: GLOSSARY_SCOPE_ACTIVATED, lamport_clock: 0, payload: { mission_id: 'm', scope_id: 's', scope_type: 'team_domain', glossary_version_id: 'v' } }),
      glossaryEvent({ event_id: numId(1), event_type: SEMANTIC_CHECK_EVALUATED, lamport_clock: 1, payload: { mission_id: 'm', scope_id: 's', step_id: 'x', conflicts: [], severity: 'low', confidence: 0.5, recommended_action: 'pass', effective_strictness: 'medium' } }),
    ];
    for (let i = 2; i < 4000; i += 2) {
      events.push(glossaryEvent({ event_id: numId(i), event_type: GLOSSARY_CLARIFICATION_REQUESTED, lamport_clock: i, payload: { mission_id: 'm', scope_id: 's', step_id: 'x', semantic_check_event_id: numId(1), term: 't', question: 'q', options: [], urgency: 'low', actor: 'a' } }));
      events.push(glossaryEvent({ event_id: numId(i + 1), event_type: GLOSSARY_CLARIFICATION_RESOLVED, lamport_clock: i + 1, payload: { mission_id: 'm', clarification_event_id: numId(i), selected_meaning: 'm', actor: 'a' } }));
    }
    const state = reduceGlossaryEvents(events);
    expect(state.clarifications).toHaveLength(1999);
    expect(state.clarifications.every((c) => c.resolved)).toBe(true);
  });
});
