/**
 * Reads after each apply cost O(change) (issue 9 item 6): results share histories (maps and
 * sets with deletions) and deferred lists. Each result taken along the way equals the
 * whole-log function at its read and never changes afterwards, whether its lists were read
 * at once or only later; no caller can mutate a result another caller holds.
 */
import fc from 'fast-check';
import type { Event } from '../../src/v2/envelope/event';
import { LifecycleReducer, reduceLifecycleEvents } from '../../src/v2/lifecycle';
import { StatusReducer, reduceStatusEvents } from '../../src/v2/status';
import { MapHistory, SetHistory, VersionClock } from '../../src/pipeline/versioned-map';
import { FrozenMap, FrozenSet } from '../../src/validation';
import { cancelled, phase, started, wp } from '../v2/lifecycle/helpers';

type MapOp =
  | { readonly kind: 'set'; readonly key: string; readonly value: number }
  | { readonly kind: 'delete'; readonly key: string }
  | { readonly kind: 'view' };

const keyArb = fc.constantFrom('a', 'b', 'c', 'd', '__proto__', 'constructor', '');
const mapOpArb: fc.Arbitrary<MapOp> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('set' as const), key: keyArb, value: fc.integer() }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('delete' as const), key: keyArb }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('view' as const) }), weight: 2 },
);

describe('MapHistory with deletions / SetHistory', () => {
  it('every view keeps the entries of its version in Map order (a key deleted and set again comes last) (property)', () => {
    fc.assert(
      fc.property(fc.array(mapOpArb, { maxLength: 120 }), (ops) => {
        const history = new MapHistory<number>();
        const model = new Map<string, number>();
        const views: [ReadonlyMap<string, number>, [string, number][]][] = [];
        for (const op of ops) {
          if (op.kind === 'set') {
            history.set(op.key, op.value);
            model.set(op.key, op.value);
          } else if (op.kind === 'delete') {
            expect(history.delete(op.key)).toBe(model.delete(op.key));
          } else {
            views.push([history.view((n) => n), Array.from(model)]);
          }
          expect(history.size).toBe(model.size);
          expect(Array.from(history.entries())).toEqual(Array.from(model));
        }
        for (const [view, expected] of views) {
          expect(Array.from(view)).toEqual(expected);
          expect(view.size).toBe(expected.length);
          for (const key of ['a', 'b', 'c', 'd', '__proto__', 'constructor', '']) {
            const entry = expected.find(([k]) => k === key);
            expect(view.has(key)).toBe(entry !== undefined);
            expect(view.get(key)).toBe(entry?.[1]);
          }
          expect(view).toEqual(new FrozenMap(expected));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('compacts its order after many deletions without changing older views', () => {
    const history = new MapHistory<number>();
    const views: [ReadonlyMap<string, number>, [string, number][]][] = [];
    const model = new Map<string, number>();
    for (let i = 0; i < 500; i++) {
      const key = `k${i % 40}`;
      if (i % 3 === 0) {
        history.delete(key);
        model.delete(key);
      } else {
        history.set(key, i);
        model.set(key, i);
      }
      if (i % 7 === 0) views.push([history.view((n) => n), Array.from(model)]);
    }
    for (const [view, expected] of views) expect(Array.from(view)).toEqual(expected);
  });

  it('set views keep their members; histories sharing a clock stay consistent (property)', () => {
    const memberOp = fc.record({ kind: fc.constantFrom('add', 'delete', 'view'), value: keyArb });
    fc.assert(
      fc.property(fc.array(memberOp, { maxLength: 80 }), (ops) => {
        const clock = new VersionClock();
        const set = new SetHistory<string>(clock);
        const other = new MapHistory<number>(clock);
        const model = new Set<string>();
        const views: [ReadonlySet<string>, string[], ReadonlyMap<string, number>, number][] = [];
        ops.forEach((op, i) => {
          if (op.kind === 'add') expect(set.add(op.value)).toBe(!model.has(op.value) && model.add(op.value) !== undefined);
          else if (op.kind === 'delete') expect(set.delete(op.value)).toBe(model.delete(op.value));
          else views.push([set.view(), [...model], other.view((n) => n), i]);
          other.set('i', i);
        });
        for (const [view, expected, otherView, at] of views) {
          expect([...view]).toEqual(expected);
          expect(view.size).toBe(expected.length);
          expect(view).toEqual(new FrozenSet(expected));
          expect(view).toBeInstanceOf(FrozenSet);
          expect(otherView.get('i')).toBe(at === 0 ? undefined : at - 1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('set views are immutable: mutators throw, Set.prototype methods refuse them', () => {
    const set = new SetHistory<string>();
    set.add('a');
    const view = set.view();
    expect(Object.isFrozen(view)).toBe(true);
    expect(view).not.toBeInstanceOf(Set);
    const mutable = view as unknown as { add(v: string): unknown; delete(v: string): unknown; clear(): unknown };
    expect(() => mutable.add('b')).toThrow(TypeError);
    expect(() => mutable.delete('a')).toThrow(TypeError);
    expect(() => mutable.clear()).toThrow(TypeError);
    expect(() => Set.prototype.add.call(view, 'b')).toThrow(TypeError);
    expect(JSON.stringify(view)).toBe('["a"]');
    set.add('b');
    set.delete('a');
    expect([...view]).toEqual(['a']);
  });
});

describe('deferred result lists: read late, they still show the state of their read', () => {
  const statusStep = fc.record({
    wp: fc.constantFrom('WP01', 'WP02', 'WP03'),
    clock: fc.integer({ min: 1, max: 12 }),
    from: fc.constantFrom(null, 'planned', 'claimed', 'in_progress'),
    to: fc.constantFrom('planned', 'claimed', 'in_progress', 'for_review'),
    read: fc.boolean(),
    touch: fc.boolean(),
  });

  it('StatusReducer (property)', () => {
    fc.assert(
      fc.property(fc.array(statusStep, { maxLength: 30 }), (steps) => {
        const ordered = [...steps].sort((a, b) => a.clock - b.clock);
        const reducer = new StatusReducer();
        const applied: Event[] = [];
        const reads: [unknown, StatusReducer['state']][] = [];
        ordered.forEach((step, i) => {
          const event = wp(i + 1, step.clock, step.wp, step.from, step.to);
          reducer.apply(event);
          applied.push(event);
          if (!step.read) return;
          const state = reducer.state;
          if (step.touch) void state.anomalies.length;
          reads.push([reduceStatusEvents(applied).toDict(), state]);
        });
        for (const [expected, state] of reads) {
          expect(state.toDict()).toEqual(expected);
          expect(Object.isFrozen(state.anomalies)).toBe(true);
          expect(Object.isFrozen(state)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('LifecycleReducer (property)', () => {
    const stepArb = fc.oneof(
      statusStep.map((s) => ({ ...s, kind: 'wp' as const })),
      fc.record({
        kind: fc.constantFrom('start' as const, 'phase' as const, 'cancel' as const),
        clock: fc.integer({ min: 1, max: 12 }),
        read: fc.boolean(),
        touch: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 40 }), (steps) => {
        const ordered = [...steps].sort((a, b) => a.clock - b.clock);
        const reducer = new LifecycleReducer();
        const applied: Event[] = [];
        const reads: [unknown, LifecycleReducer['state']][] = [];
        ordered.forEach((step, i) => {
          const n = i + 1;
          const event =
            step.kind === 'wp'
              ? wp(n, step.clock, step.wp, step.from, step.to)
              : step.kind === 'start'
                ? started(n, step.clock)
                : step.kind === 'phase'
                  ? phase(n, step.clock, `p${n}`)
                  : cancelled(n, step.clock);
          reducer.apply(event);
          applied.push(event);
          if (!step.read) return;
          const state = reducer.state;
          if (step.touch) void [state.phases_entered.length, state.anomalies.length];
          reads.push([reduceLifecycleEvents(applied).toDict(), state]);
        });
        for (const [expected, state] of reads) {
          expect(state.toDict()).toEqual(expected);
          expect(Object.isFrozen(state.phases_entered)).toBe(true);
          expect(Object.isFrozen(state.anomalies)).toBe(true);
          expect(() => {
            (state as unknown as { anomalies: unknown }).anomalies = [];
          }).toThrow(TypeError);
        }
      }),
      { numRuns: 200 },
    );
  });
});
