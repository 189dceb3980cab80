/**
 * Result maps shared between reads (issue 9 item 6): a `MapView` of a `MapHistory` version
 * shows exactly the entries of that version, whatever is written later, and cannot change.
 * The reducers' results built from them keep their content when more events arrive.
 */
import fc from 'fast-check';
import { LifecycleReducer, reduceLifecycleEvents } from '../../src/v2/lifecycle';
import type { Event } from '../../src/v2/envelope/event';
import { StatusReducer, reduceStatusEvents } from '../../src/v2/status';
import { MapHistory, MapView } from '../../src/pipeline/versioned-map';
import { FrozenMap } from '../../src/validation';
import { cancelled, phase, started, wp } from '../v2/lifecycle/helpers';

type Op = { readonly kind: 'set'; readonly key: string; readonly value: number } | { readonly kind: 'view'; readonly overlay: readonly (readonly [string, number])[] };

const keyArb = fc.constantFrom('a', 'b', 'c', 'd', '__proto__', 'constructor', '');
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), key: keyArb, value: fc.integer() }),
  fc.record({ kind: fc.constant('view' as const), overlay: fc.array(fc.tuple(keyArb, fc.integer()), { maxLength: 3 }) }),
);

describe('MapHistory / MapView', () => {
  it('every view keeps the entries of its version (plus its overlay), in Map order (property)', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 60 }), (ops) => {
        const history = new MapHistory<number>();
        const model = new Map<string, number>();
        const views: [MapView<number, string>, [string, string][]][] = [];
        for (const op of ops) {
          if (op.kind === 'set') {
            history.set(op.key, op.value);
            model.set(op.key, op.value);
            expect(history.get(op.key)).toBe(op.value);
            continue;
          }
          const overlay = new Map(op.overlay);
          const expected = new Map(model);
          for (const [key, value] of overlay) expected.set(key, value);
          views.push([history.view((n) => `v${n}`, overlay), Array.from(expected, ([k, v]) => [k, `v${v}`])]);
        }
        for (const [view, expected] of views) {
          expect(Array.from(view)).toEqual(expected);
          expect(Array.from(view.keys())).toEqual(expected.map(([k]) => k));
          expect(Array.from(view.values())).toEqual(expected.map(([, v]) => v));
          expect(view.size).toBe(expected.length);
          for (const [key, value] of expected) {
            expect(view.has(key)).toBe(true);
            expect(view.get(key)).toBe(value);
          }
          expect(view.has('zz')).toBe(false);
          expect(view.get('zz')).toBeUndefined();
          const seen: string[] = [];
          view.forEach((value, key, map) => {
            expect(map).toBe(view);
            seen.push(`${key}=${value}`);
          });
          expect(seen).toEqual(expected.map(([k, v]) => `${k}=${v}`));
        }
        expect(history.size).toBe(model.size);
      }),
      { numRuns: 300 },
    );
  });

  it('is an immutable FrozenMap (no Map): mutators throw, Map.prototype methods refuse it', () => {
    const history = new MapHistory<number>();
    history.set('a', 1);
    const view = history.view((n) => n);
    expect(view).toBeInstanceOf(FrozenMap);
    expect(view).not.toBeInstanceOf(Map);
    expect(Object.isFrozen(view)).toBe(true);
    type Mutable = { set(k: string, v: number): unknown; delete(k: string): unknown; clear(): unknown };
    const mutable = view as unknown as Mutable;
    expect(() => mutable.set('b', 2)).toThrow(TypeError);
    expect(() => mutable.delete('a')).toThrow(TypeError);
    expect(() => mutable.clear()).toThrow(TypeError);
    expect(() => Map.prototype.set.call(view, 'b', 2)).toThrow(TypeError);
    expect(() => Map.prototype.delete.call(view, 'a')).toThrow(TypeError);
    expect(Array.from(view)).toEqual([['a', 1]]);
    expect(view.size).toBe(1);
    expect(JSON.stringify(view)).toBe('{"a":1}');
    history.set('a', 5);
    history.set('c', 6);
    expect(Array.from(view)).toEqual([['a', 1]]);
  });

  it('compares equal to a FrozenMap with the same entries (jest toEqual)', () => {
    const history = new MapHistory<number>();
    history.set('a', 1);
    expect(history.view((n) => n)).toEqual(new FrozenMap([['a', 1]]));
    expect(history.view((n) => n)).not.toEqual(new FrozenMap([['a', 2]]));
  });
});

describe('reducer results read along the way stay as they were', () => {
  const statusStep = fc.record({
    wp: fc.constantFrom('WP01', 'WP02', 'WP03'),
    clock: fc.integer({ min: 1, max: 12 }),
    from: fc.constantFrom(null, 'planned', 'claimed', 'in_progress'),
    to: fc.constantFrom('planned', 'claimed', 'in_progress', 'for_review'),
    read: fc.boolean(),
  });

  it('StatusReducer: each result keeps its content, and equals the whole-log function at its read (property)', () => {
    fc.assert(
      fc.property(fc.array(statusStep, { maxLength: 30 }), fc.boolean(), (steps, sortedClocks) => {
        const ordered = sortedClocks ? [...steps].sort((a, b) => a.clock - b.clock) : steps;
        const reducer = new StatusReducer();
        const applied: Event[] = [];
        const reads: [ReturnType<StatusReducer['state']['toDict']>, StatusReducer['state']][] = [];
        ordered.forEach((step, i) => {
          const event = wp(i + 1, step.clock, step.wp, step.from, step.to);
          reducer.apply(event);
          applied.push(event);
          if (!step.read) return;
          const state = reducer.state;
          expect(state.toDict()).toEqual(reduceStatusEvents(applied).toDict());
          reads.push([state.toDict(), state]);
        });
        for (const [dict, state] of reads) expect(state.toDict()).toEqual(dict);
      }),
      { numRuns: 200 },
    );
  });

  it('LifecycleReducer: each result keeps its content, and equals the whole-log function at its read (property)', () => {
    const stepArb = fc.oneof(
      statusStep.map((s) => ({ ...s, kind: 'wp' as const })),
      fc.record({ kind: fc.constantFrom('start' as const, 'phase' as const, 'cancel' as const), clock: fc.integer({ min: 1, max: 12 }), read: fc.boolean() }),
    );
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 30 }), (steps) => {
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
          expect(state.toDict()).toEqual(reduceLifecycleEvents(applied).toDict());
          reads.push([state.toDict(), state]);
        });
        for (const [dict, state] of reads) {
          expect(state.toDict()).toEqual(dict);
          expect(Object.isFrozen(state.phases_entered)).toBe(true);
          expect(Object.isFrozen(state.anomalies)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
