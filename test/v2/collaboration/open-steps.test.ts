/**
 * Long runs of step starts and completions (§8.6: append, remove the first equal step with
 * Python equality) against a plain-list model. Lists longer than 64 steps are indexed by the
 * reducer and compacted as completions leave holes, so these runs cross both thresholds.
 */
import fc from 'fast-check';
import { CollaborationReducer, reduceCollaborationEvents } from '../../../src/v2/collaboration';
import { ValidationError } from '../../../src/envelope/errors';
import type { Event } from '../../../src/v2/envelope/event';
import { pyEquals } from '../../../src/v2/collaboration/python-equality';
import { completed, identity, started } from './helpers';

const OPTIONS = { mode: 'permissive', roster: new Map([['p1', identity('p1')]]) } as const;

/** Python `==` for the step values used below (strings, numbers, booleans, null, [..], {..}). */
function pyEq(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' || typeof b === 'string' || a === null || b === null) return a === b;
  if (typeof a !== 'object' && typeof b !== 'object') return Number(a) === Number(b);
  return JSON.stringify(a) === JSON.stringify(b);
}

interface Op {
  readonly start: boolean;
  readonly step: unknown;
}

const stringStep = fc.constantFrom('s0', 's1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9');
const otherStep = fc.constantFrom<unknown>(1, 1.0, 2, true, false, null, ['a'], { k: 1 });
const stepArb = fc.oneof({ arbitrary: stringStep, weight: 30 }, { arbitrary: otherStep, weight: 1 });

function phase(length: number, startWeight: number): fc.Arbitrary<Op[]> {
  const op = fc.record({ start: fc.integer({ min: 1, max: 100 }).map((n) => n <= startWeight), step: stepArb });
  return fc.array(op, { minLength: length / 2, maxLength: length });
}

/** Grow past the index threshold, churn, then drain (completions leave holes to compact). */
const opsArb = fc.tuple(phase(240, 90), phase(300, 50), phase(300, 15)).map(([a, b, c]) => [...a, ...b, ...c]);

function model(ops: readonly Op[]): { open: unknown[]; unmatched: number[] } {
  const open: unknown[] = [];
  const unmatched: number[] = [];
  ops.forEach((op, i) => {
    if (op.start) return void open.push(op.step);
    const at = open.findIndex((step) => pyEq(step, op.step));
    if (at < 0) unmatched.push(i);
    else open.splice(at, 1);
  });
  return { open, unmatched };
}

function eventsOf(ops: readonly Op[]): Event[] {
  return ops.map((op) => (op.start ? started('p1', op.step) : completed('p1', op.step)));
}

test('open steps and unmatched completions follow the plain list, across indexing and compaction', () => {
  fc.assert(
    fc.property(opsArb, (ops) => {
      const events = eventsOf(ops);
      const { open, unmatched } = model(ops);
      if (!open.every((step) => typeof step === 'string')) {
        // A non-string step left open fails the state's validation (§8.10).
        expect(() => reduceCollaborationEvents(events, OPTIONS)).toThrow(ValidationError);
        return;
      }
      const state = reduceCollaborationEvents(events, OPTIONS);
      expect(state.active_executions.get('p1')).toEqual(open);
      expect(state.anomalies.map((a) => a.event_id)).toEqual(unmatched.map((i) => events[i]!.event_id));
    }),
    { numRuns: 60 },
  );
});

test('a long string-only run: the incremental reducer, read along the way, ends where the function does', () => {
  fc.assert(
    fc.property(opsArb, (ops) => {
      const stringOps = ops.map((op) => (typeof op.step === 'string' ? op : { start: op.start, step: 's0' }));
      const events = eventsOf(stringOps);
      const reducer = new CollaborationReducer(OPTIONS);
      events.forEach((event, i) => {
        reducer.apply(event);
        // (No entry until the participant's first start.)
        if (i % 37 === 0) expect(reducer.state.active_executions.get('p1') ?? []).toEqual(model(stringOps.slice(0, i + 1)).open);
      });
      const whole = reduceCollaborationEvents(events, OPTIONS);
      expect(reducer.state.toDict()).toEqual(whole.toDict());
      expect(whole.active_executions.get('p1')).toEqual(model(stringOps).open);
    }),
    { numRuns: 30 },
  );
});

test('a list indexed with a non-string among its steps matches Python equality (true == 1, 1 == 1.0)', () => {
  const steps: unknown[] = [];
  for (let i = 0; i < 70; i++) steps.push(`s${i % 5}`);
  steps.splice(10, 0, 1, true, null);
  const ops: Op[] = [
    ...steps.map((step) => ({ start: true, step })),
    { start: false, step: true }, // removes the 1
    { start: false, step: 1.0 }, // removes the true
    { start: false, step: 0 }, // no match: an anomaly
    { start: false, step: null },
    { start: false, step: 's3' },
  ];
  const events = eventsOf(ops);
  const state = reduceCollaborationEvents(events, OPTIONS);
  expect(state.active_executions.get('p1')).toEqual(model(ops).open);
  expect(state.anomalies.map((a) => a.reason)).toEqual(['No matching PromptStepExecutionStarted for step 0 by participant ' + "'p1'"]);
});

describe('non-string step ids are indexed by Python equality class', () => {
  /** JSON step values whose equal pairs differ in form: key order, 1 / 1.0 / true, -0 / 0, nesting. */
  const scalar = fc.constantFrom<unknown>(0, -0, 1, 1.0, 2, true, false, null, 'a', '1', '');
  const jsonStep: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      scalar,
      fc.array(tie('value'), { maxLength: 2 }),
      fc
        .array(fc.tuple(fc.constantFrom('k', 'j', '__proto__'), tie('value')), { maxLength: 2 })
        .map((pairs) => {
          const out: Record<string, unknown> = {};
          for (const [key, value] of pairs) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
          return out;
        }),
    ),
  })).value;
  const mixedStep = fc.oneof({ arbitrary: stringStep, weight: 1 }, { arbitrary: jsonStep, weight: 3 });

  /** The plain list with the oracle equality (the reducer's own `pyEquals`), then every non-string left open completed. */
  function drained(ops: readonly Op[]): Op[] {
    const { open } = modelWith(ops, pyEquals);
    return [...ops, ...open.filter((step) => typeof step !== 'string').map((step) => ({ start: false, step }))];
  }

  function modelWith(ops: readonly Op[], eq: (a: unknown, b: unknown) => boolean): { open: unknown[]; unmatched: number[] } {
    const open: unknown[] = [];
    const unmatched: number[] = [];
    ops.forEach((op, i) => {
      if (op.start) return void open.push(op.step);
      const at = open.findIndex((step) => eq(step, op.step));
      if (at < 0) unmatched.push(i);
      else open.splice(at, 1);
    });
    return { open, unmatched };
  }

  test('matches the plain list for any JSON step values, across indexing and compaction (property)', () => {
    const op = (startWeight: number): fc.Arbitrary<Op> =>
      fc.record({ start: fc.integer({ min: 1, max: 100 }).map((n) => n <= startWeight), step: mixedStep });
    const ops = fc
      .tuple(fc.array(op(90), { minLength: 70, maxLength: 160 }), fc.array(op(40), { maxLength: 200 }))
      .map(([a, b]) => drained([...a, ...b]));
    fc.assert(
      fc.property(ops, (all) => {
        const events = eventsOf(all);
        const { open, unmatched } = modelWith(all, pyEquals);
        const state = reduceCollaborationEvents(events, OPTIONS);
        expect(state.active_executions.get('p1') ?? []).toEqual(open);
        expect(state.anomalies.map((a) => a.event_id)).toEqual(unmatched.map((i) => events[i]!.event_id));
      }),
      { numRuns: 60 },
    );
  });

  test('object step ids completed newest-first: every completion matches its own start', () => {
    const count = 3000;
    const ops: Op[] = [];
    for (let i = 0; i < count; i++) ops.push({ start: true, step: { n: i, tag: [i % 3 === 0, null] } });
    // Same values built with the keys in the other order and 1/0 for the booleans.
    for (let i = count - 1; i >= 0; i--) ops.push({ start: false, step: { tag: [i % 3 === 0 ? 1 : 0, null], n: i } });
    const state = reduceCollaborationEvents(eventsOf(ops), OPTIONS);
    expect(state.anomalies).toEqual([]);
    expect(state.active_executions.get('p1')).toEqual([]);
  });
});
