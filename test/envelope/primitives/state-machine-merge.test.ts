import fc from 'fast-check';
import { ConflictResolution } from '../../../src/envelope/conflict-resolution';
import { SpecKittyEventsError, ValidationError } from '../../../src/envelope/errors';
import type { Event } from '../../../src/v2/envelope/event';
import { stateMachineMerge } from '../../../src/envelope/state-machine-merge';
import { makeEvent, nodeIdArb, ulid } from './helpers';

const PRIORITY = { done: 4, for_review: 3, doing: 2, planned: 1 };

const ev = (node: string, payload: Record<string, unknown>, extra: { id?: string; clock?: number; aggregate?: string } = {}) =>
  makeEvent({
    event_id: extra.id,
    node_id: node,
    payload,
    lamport_clock: extra.clock ?? 5,
    aggregate_id: extra.aggregate ?? 'WP01',
  });
const st = (node: string, state: string, id?: string) => ev(node, { state }, { id });

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a throw');
}

describe('stateMachineMerge table (ENVELOPE.md §8)', () => {
  it('alice:doing, bob:done, charlie:for_review → bob', () => {
    const events = [st('alice', 'doing'), st('bob', 'done'), st('charlie', 'for_review')];
    const r = stateMachineMerge(events, PRIORITY);
    expect(r).toBeInstanceOf(ConflictResolution);
    expect(r.merged_event).toBe(events[1]);
    expect(r.resolution_note).toBe("Selected state 'done' (priority=4) from node 'bob' over 2 conflicting states");
    expect(r.resolution_note).toContain('done');
    expect(r.requires_manual_review).toBe(false);
    expect(r.conflicting_events).toEqual(events);
    expect(r.conflicting_events).not.toBe(events);
    r.conflicting_events.forEach((e, i) => expect(e).toBe(events[i]));
  });

  it('charlie:done, alice:done (map {done:4}) → alice, tiebroken by node', () => {
    const events = [st('charlie', 'done'), st('alice', 'done')];
    const r = stateMachineMerge(events, { done: 4 });
    expect(r.merged_event).toBe(events[1]);
    expect(r.resolution_note).toBe("All events have same state: done (tiebroken by node 'alice')");
    expect(r.requires_manual_review).toBe(false);
  });

  it('alice:planned (single) → alice', () => {
    const e = st('alice', 'planned');
    const r = stateMachineMerge([e], PRIORITY);
    expect(r.merged_event).toBe(e);
    expect(r.resolution_note).toBe('Single event, no conflict: state=planned');
    expect(r.conflicting_events).toEqual([e]);
  });

  it('bob:doing, zed:done, al:doing → zed', () => {
    const events = [st('bob', 'doing'), st('zed', 'done'), st('al', 'doing')];
    const r = stateMachineMerge(events, PRIORITY);
    expect(r.merged_event).toBe(events[1]);
    expect(r.resolution_note).toBe("Selected state 'done' (priority=4) from node 'zed' over 2 conflicting states");
  });

  it('n:done (id A), n:done (id B) → A (input order)', () => {
    const a = st('n', 'done', ulid(1));
    const b = st('n', 'done', ulid(2));
    expect(stateMachineMerge([a, b], PRIORITY).merged_event).toBe(a);
    expect(stateMachineMerge([b, a], PRIORITY).merged_event).toBe(b);
    expect(stateMachineMerge([a, b], PRIORITY).resolution_note).toBe(
      "All events have same state: done (tiebroken by node 'n')",
    );
  });

  it('A {state:"done"}, B {status:"done"} → A, same state', () => {
    const a = ev('n', { state: 'done' }, { id: ulid(1) });
    const b = ev('n', { status: 'done' }, { id: ulid(2) });
    const r = stateMachineMerge([a, b], PRIORITY);
    expect(r.merged_event).toBe(a);
    expect(r.resolution_note).toBe("All events have same state: done (tiebroken by node 'n')");
  });

  it('alice {status:"doing"}, bob {status:"done"} (default key) → bob via status fallback', () => {
    const alice = ev('alice', { status: 'doing' });
    const bob = ev('bob', { status: 'done' });
    const r = stateMachineMerge([alice, bob], PRIORITY);
    expect(r.merged_event).toBe(bob);
    expect(r.resolution_note).toBe("Selected state 'done' (priority=4) from node 'bob' over 1 conflicting states");
    expect(stateMachineMerge([alice, bob], PRIORITY, 'state').merged_event).toBe(bob);
  });

  it('{status:"active"}, stateKey="status", map {active:2, inactive:1}', () => {
    const e = ev('n', { status: 'active' });
    const r = stateMachineMerge([e], { active: 2, inactive: 1 }, 'status');
    expect(r.merged_event).toBe(e);
    expect(r.resolution_note).toBe('Single event, no conflict: state=active');
  });

  it('node "\\uffff":done vs node "😀":done → "\\uffff" (code-point tie-break), either input order', () => {
    const ffff = st('\uffff', 'done');
    const emoji = st('😀', 'done');
    expect(stateMachineMerge([emoji, ffff], PRIORITY).merged_event).toBe(ffff);
    expect(stateMachineMerge([ffff, emoji], PRIORITY).merged_event).toBe(ffff);
    expect(stateMachineMerge([emoji, ffff], PRIORITY).resolution_note).toBe(
      "All events have same state: done (tiebroken by node '\uffff')",
    );
  });

  it('n:a (id A), n:b (id B), map {a:1.5, b:1.5} → A (input order), priority=1.5', () => {
    const a = st('n', 'a', ulid(1));
    const b = st('n', 'b', ulid(2));
    const r = stateMachineMerge([a, b], { a: 1.5, b: 1.5 });
    expect(r.merged_event).toBe(a);
    expect(r.resolution_note).toBe("Selected state 'a' (priority=1.5) from node 'n' over 1 conflicting states");
    expect(stateMachineMerge([b, a], { a: 1.5, b: 1.5 }).merged_event).toBe(b);
  });
});

describe('stateMachineMerge details', () => {
  it('custom stateKey works', () => {
    const x = ev('x', { lane: 'planned' });
    const y = ev('y', { lane: 'for_review' });
    const r = stateMachineMerge([x, y], PRIORITY, 'lane');
    expect(r.merged_event).toBe(y);
    expect(r.resolution_note).toBe("Selected state 'for_review' (priority=3) from node 'y' over 1 conflicting states");
  });

  it('a Map priority map works like a record', () => {
    const events = [st('alice', 'doing'), st('bob', 'done')];
    const map = new Map(Object.entries(PRIORITY));
    expect(stateMachineMerge(events, map).merged_event).toBe(events[1]);
    expect(stateMachineMerge(events, map).resolution_note).toBe(stateMachineMerge(events, PRIORITY).resolution_note);
  });

  it('{events.length - 1} counts events, not distinct states', () => {
    const events = [st('a', 'doing'), st('b', 'doing'), st('c', 'done'), st('d', 'doing')];
    expect(stateMachineMerge(events, PRIORITY).resolution_note).toBe(
      "Selected state 'done' (priority=4) from node 'c' over 3 conflicting states",
    );
  });

  it('negative priorities print via pyStr; node id is inserted raw', () => {
    const events = [st("it's", 'low'), st('b', 'lower')];
    expect(stateMachineMerge(events, { low: -1, lower: -2 }).resolution_note).toBe(
      "Selected state 'low' (priority=-1) from node 'it's' over 1 conflicting states",
    );
  });

  it('a state key holding null counts as absent (falls back to status)', () => {
    const e = ev('n', { state: null, status: 'doing' });
    expect(stateMachineMerge([e], PRIORITY).resolution_note).toBe('Single event, no conflict: state=doing');
  });

  it('state wins over status when both are present', () => {
    const e = ev('n', { state: 'planned', status: 'done' });
    expect(stateMachineMerge([e], PRIORITY).resolution_note).toBe('Single event, no conflict: state=planned');
  });

  it('prototype-like state names are ordinary keys of a Map', () => {
    const map = new Map([
      ['__proto__', 1],
      ['constructor', 2],
    ]);
    const events = [st('a', '__proto__'), st('b', 'constructor')];
    const r = stateMachineMerge(events, map);
    expect(r.merged_event).toBe(events[1]);
    expect(r.resolution_note).toBe("Selected state 'constructor' (priority=2) from node 'b' over 1 conflicting states");
  });

  it('prototype keys of a plain-object map are not states', () => {
    const err = thrown(() => stateMachineMerge([st('a', 'constructor')], { done: 1 }));
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.message).toBe("State value 'constructor' not in priority_map. Available states: ['done']");
    expect(() => stateMachineMerge([st('a', 'toString')], { done: 1 })).toThrow(ValidationError);
    expect(() => stateMachineMerge([st('a', 'hasOwnProperty')], { done: 1 })).toThrow(ValidationError);
  });
});

describe('stateMachineMerge errors', () => {
  it('empty list → ValidationError "Cannot merge empty event list"', () => {
    const err = thrown(() => stateMachineMerge([], PRIORITY));
    expect(err).toBeInstanceOf(ValidationError);
    expect(err).toBeInstanceOf(SpecKittyEventsError);
    expect(err.message).toBe('Cannot merge empty event list');
    expect((err as ValidationError).violations).toEqual([]);
  });

  it('different lamport clocks', () => {
    const events = [ev('a', { state: 'done' }, { clock: 5 }), ev('b', { state: 'done' }, { clock: 6 })];
    const err = thrown(() => stateMachineMerge(events, PRIORITY));
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.message).toContain('different lamport_clocks');
    expect(err.message).toBe('Events have different lamport_clocks: 6 != 5');
  });

  it('different aggregate ids', () => {
    const events = [ev('a', { state: 'done' }, { aggregate: 'WP01' }), ev('b', { state: 'done' }, { aggregate: 'WP02' })];
    const err = thrown(() => stateMachineMerge(events, PRIORITY));
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.message).toContain('different aggregate_ids');
    expect(err.message).toBe('Events have different aggregate_ids: WP02 != WP01');
  });

  it('checks each event in order: clock before aggregate, earlier events first', () => {
    const base = ev('a', { state: 'done' }, { clock: 5, aggregate: 'X' });
    const both = ev('b', { state: 'done' }, { clock: 7, aggregate: 'Y' });
    expect(thrown(() => stateMachineMerge([base, both], PRIORITY)).message).toBe(
      'Events have different lamport_clocks: 7 != 5',
    );
    const aggOnly = ev('c', { state: 'done' }, { clock: 5, aggregate: 'Z' });
    const clockOnly = ev('d', { state: 'done' }, { clock: 9, aggregate: 'X' });
    expect(thrown(() => stateMachineMerge([base, aggOnly, clockOnly], PRIORITY)).message).toBe(
      'Events have different aggregate_ids: Z != X',
    );
  });

  it('all concurrency checks run before any payload check', () => {
    const events = [ev('a', {}, { clock: 1 }), ev('b', { state: 'bogus' }, { clock: 1 }), ev('c', {}, { clock: 2 })];
    expect(thrown(() => stateMachineMerge(events, PRIORITY)).message).toBe(
      'Events have different lamport_clocks: 2 != 1',
    );
  });

  it("missing state → \"Event {id} missing 'state' or 'status' in payload\"", () => {
    const e = ev('a', { other: 1 }, { id: '01HRN7QMQJT8XVKP9YZ2ABCDEF' });
    const err = thrown(() => stateMachineMerge([e], PRIORITY));
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.message).toContain("missing 'state' or 'status' in payload");
    expect(err.message).toBe("Event 01HRN7QMQJT8XVKP9YZ2ABCDEF missing 'state' or 'status' in payload");
  });

  it("explicit stateKey 'state' keeps the 'state' or 'status' wording; null in both is missing", () => {
    const e = ev('a', { state: null, status: null }, { id: ulid(3) });
    expect(thrown(() => stateMachineMerge([e], PRIORITY, 'state')).message).toBe(
      `Event ${ulid(3)} missing 'state' or 'status' in payload`,
    );
  });

  it("custom key missing → \"Event … missing 'lane' in payload\"", () => {
    const e = ev('a', { state: 'done' }, { id: ulid(4) });
    expect(thrown(() => stateMachineMerge([e], PRIORITY, 'lane')).message).toBe(
      `Event ${ulid(4)} missing 'lane' in payload`,
    );
  });

  it("a custom stateKey never falls back to 'status'", () => {
    const e = ev('a', { status: 'done', state: 'done' }, { id: ulid(7) });
    const err = thrown(() => stateMachineMerge([e], PRIORITY, 'lane'));
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.message).toBe(`Event ${ulid(7)} missing 'lane' in payload`);
  });

  it("stateKey 'status' never reads 'state' (no reverse fallback)", () => {
    const e = ev('a', { state: 'done' }, { id: ulid(5) });
    const err = thrown(() => stateMachineMerge([e], PRIORITY, 'status'));
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.message).toBe(`Event ${ulid(5)} missing 'status' in payload`);
  });

  it('the first failing event is reported', () => {
    const ok = st('a', 'done');
    const missing = ev('b', {}, { id: ulid(6) });
    const unknown = st('c', 'bogus');
    expect(thrown(() => stateMachineMerge([ok, unknown, missing], PRIORITY)).message).toContain('not in priority_map');
    expect(thrown(() => stateMachineMerge([ok, missing, unknown], PRIORITY)).message).toContain('missing');
  });

  it('unknown state → "State value … not in priority_map. Available states: [...]"', () => {
    const err = thrown(() => stateMachineMerge([st('a', 'bogus')], PRIORITY));
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.message).toContain('not in priority_map');
    expect(err.message).toBe(
      "State value 'bogus' not in priority_map. Available states: ['done', 'for_review', 'doing', 'planned']",
    );
  });

  it('empty priority map → Available states: []', () => {
    expect(thrown(() => stateMachineMerge([st('a', 'done')], {})).message).toBe(
      "State value 'done' not in priority_map. Available states: []",
    );
  });

  it('key list is pyRepr: quotes, backslash, newline, non-ASCII', () => {
    const map = new Map<string, number>([
      ["it's", 1],
      ['say "hi"', 2],
      ['back\\slash', 3],
      ['nl\n', 4],
      ['é😀', 5],
    ]);
    expect(thrown(() => stateMachineMerge([st('a', 'x')], map)).message).toBe(
      `State value 'x' not in priority_map. Available states: ["it's", 'say "hi"', 'back\\\\slash', 'nl\\n', 'é😀']`,
    );
  });

  it('Map keeps insertion order; a record lists integer-like keys first', () => {
    const map = new Map([
      ['b', 1],
      ['10', 2],
      ['1', 3],
    ]);
    expect(thrown(() => stateMachineMerge([st('a', 'x')], map)).message).toBe(
      "State value 'x' not in priority_map. Available states: ['b', '10', '1']",
    );
    expect(thrown(() => stateMachineMerge([st('a', 'x')], { b: 1, 10: 2, 1: 3 })).message).toBe(
      "State value 'x' not in priority_map. Available states: ['1', '10', 'b']",
    );
  });

  it.each<[string, unknown, string]>([
    ['2', 2, '2'],
    ['true', true, 'True'],
    ['false', false, 'False'],
    ['0', 0, '0'],
    ['""', '', ''],
    ['-0.5', -0.5, '-0.5'],
  ])('non-null state %s is present and reported via pyStr', (_label, state, text) => {
    const map = { '2': 1, True: 1, False: 1, '0': 1, '-0.5': 1 };
    const err = thrown(() => stateMachineMerge([ev('a', { state })], map));
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.message.startsWith(`State value '${text}' not in priority_map. Available states: [`)).toBe(true);
  });

  it.each<[string, unknown, string]>([
    ['a list', ['done'], "unhashable type: 'list'"],
    ['an object', { s: 'done' }, "unhashable type: 'dict'"],
  ])('state is %s → TypeError', (_label, state, message) => {
    const err = thrown(() => stateMachineMerge([ev('a', { state })], PRIORITY));
    expect(err).toBeInstanceOf(TypeError);
    expect(err).not.toBeInstanceOf(SpecKittyEventsError);
    expect(err.message).toBe(message);
  });
});

describe('stateMachineMerge properties', () => {
  /** Code-point comparison oracle, independent of the library. */
  const cp = (s: string) => Array.from(s, (c) => c.codePointAt(0) as number);
  const cmp = (a: string, b: string): number => {
    const x = cp(a);
    const y = cp(b);
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
    return x.length - y.length;
  };

  const scenarioArb = fc
    .record({
      states: fc.uniqueArray(fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 5 }), fc.constantFrom('done', '__proto__', 'constructor')), {
        minLength: 1,
        maxLength: 5,
      }),
      nodes: fc.uniqueArray(nodeIdArb, { minLength: 1, maxLength: 5 }),
      asMap: fc.boolean(),
      clock: fc.nat({ max: 1000 }),
    })
    .chain(({ states, nodes, asMap, clock }) =>
      fc.record({
        states: fc.constant(states),
        nodes: fc.constant(nodes),
        asMap: fc.constant(asMap),
        clock: fc.constant(clock),
        // Distinct priorities, one per state.
        priorities: fc.shuffledSubarray(
          states.map((_, i) => i * 2 - 3),
          { minLength: states.length, maxLength: states.length },
        ),
        pairs: fc.uniqueArray(fc.tuple(fc.nat({ max: nodes.length - 1 }), fc.nat({ max: states.length - 1 })), {
          minLength: 1,
          maxLength: 12,
          selector: ([n, s]) => `${n}/${s}`,
        }),
        useStatus: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
      }),
    )
    .map(({ states, nodes, asMap, clock, priorities, pairs, useStatus }) => {
      const entries = states.map((s, i) => [s, priorities[i]] as [string, number]);
      const priorityMap = asMap ? new Map(entries) : Object.fromEntries(entries);
      const events = pairs.map(([n, s], i) =>
        makeEvent({
          event_id: ulid(i),
          node_id: nodes[n],
          lamport_clock: clock,
          aggregate_id: 'WP-prop',
          payload: Object.fromEntries([[useStatus[i] ? 'status' : 'state', states[s]]]),
        }),
      );
      const priorityOf = new Map(entries);
      const stateOf = new Map(events.map((e, i) => [e, states[pairs[i][1]]] as const));
      return { events, priorityMap, priorityOf, stateOf };
    });

  it('is deterministic (same winner and note on repeat) and picks max priority, then min node', () => {
    fc.assert(
      fc.property(scenarioArb, ({ events, priorityMap, priorityOf, stateOf }) => {
        const first = stateMachineMerge(events, priorityMap);
        const second = stateMachineMerge(events, priorityMap);
        expect(second.merged_event).toBe(first.merged_event);
        expect(second.resolution_note).toBe(first.resolution_note);
        expect(first.requires_manual_review).toBe(false);
        expect(first.conflicting_events).toEqual(events);
        const w = first.merged_event;
        const wp = priorityOf.get(stateOf.get(w) as string) as number;
        for (const other of events) {
          const op = priorityOf.get(stateOf.get(other) as string) as number;
          expect(wp).toBeGreaterThanOrEqual(op);
          if (op === wp) expect(cmp(w.node_id, other.node_id)).toBeLessThanOrEqual(0);
        }
        expect(first.resolution_note).toContain(stateOf.get(w) as string);
      }),
    );
  });

  it('is independent of input order for distinct (node_id, state) pairs', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer(), (scenario, seed) => {
        const { events, priorityMap } = scenario;
        const base = stateMachineMerge(events, priorityMap);
        const reversed = stateMachineMerge([...events].reverse(), priorityMap);
        expect(reversed.merged_event).toBe(base.merged_event);
        expect(reversed.resolution_note).toBe(base.resolution_note);
        // A seeded rotation + reversal mix as another permutation.
        const k = Math.abs(seed) % events.length;
        const rotated: Event[] = [...events.slice(k), ...events.slice(0, k)];
        const r = stateMachineMerge(rotated, priorityMap);
        expect(r.merged_event).toBe(base.merged_event);
        expect(r.resolution_note).toBe(base.resolution_note);
      }),
    );
  });
});
