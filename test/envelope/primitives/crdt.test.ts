import fc from 'fast-check';
import { mergeCounter, mergeGSet } from '../../../src/envelope/crdt';
import type { Event } from '../../../src/v2/envelope/event';
import { makeEvent, ulid } from './helpers';

const withTags = (tags: unknown, id?: string): Event =>
  makeEvent({ event_id: id, payload: tags === undefined ? {} : { tags } });
const withDelta = (id: string, delta?: unknown): Event =>
  makeEvent({ event_id: id, payload: delta === undefined ? {} : { delta } });

/** Python-equality key of a hashable JSON scalar (true ≡ 1, false ≡ 0 ≡ -0). */
const pyKey = (v: unknown): unknown => (typeof v === 'boolean' ? Number(v) : Object.is(v, -0) ? 0 : v);
const pyKeys = (s: Iterable<unknown>): Set<unknown> => new Set([...s].map(pyKey));

describe('mergeGSet (ENVELOPE.md §7.1)', () => {
  it('{bug, urgent} ∪ {bug, resolved} = {bug, urgent, resolved}', () => {
    const result = mergeGSet([withTags(['bug', 'urgent']), withTags(['bug', 'resolved'])]);
    expect(result).toEqual(new Set(['bug', 'urgent', 'resolved']));
    expect(result.size).toBe(3);
  });

  it('[] → ∅', () => {
    const result = mergeGSet([]);
    expect(result).toBeInstanceOf(Set);
    expect(result.size).toBe(0);
  });

  it('missing tags → ∅; tags: undefined → ∅', () => {
    expect(mergeGSet([withTags(undefined)]).size).toBe(0);
    expect(mergeGSet([makeEvent({ payload: { other: ['x'] } })]).size).toBe(0);
    expect(mergeGSet([makeEvent({ payload: { tags: undefined } })]).size).toBe(0);
  });

  it('list input → set (duplicates collapse)', () => {
    expect(mergeGSet([withTags(['a', 'a', 'b', 'a'])])).toEqual(new Set(['a', 'b']));
  });

  it('{urgent} ∪ {backend}', () => {
    expect(mergeGSet([withTags(['urgent']), withTags(['backend'])])).toEqual(new Set(['urgent', 'backend']));
  });

  it('a string contributes its code points', () => {
    expect(mergeGSet([withTags('abc')])).toEqual(new Set(['a', 'b', 'c']));
    expect(mergeGSet([withTags('😀x😀')])).toEqual(new Set(['😀', 'x']));
    expect(mergeGSet([withTags('')]).size).toBe(0);
  });

  it('a plain object contributes its keys (including prototype-like names)', () => {
    const tags = Object.fromEntries([
      ['k1', 1],
      ['__proto__', 2],
      ['constructor', null],
    ]);
    expect(mergeGSet([withTags(tags)])).toEqual(new Set(['k1', '__proto__', 'constructor']));
  });

  it('a JS Set supplied programmatically contributes its elements', () => {
    expect(mergeGSet([withTags(new Set(['s1', 's2'])), withTags(['s2', 's3'])])).toEqual(new Set(['s1', 's2', 's3']));
  });

  it('[1, true, 1.0, "1", null, false, 0] → {1, "1", null, false} (Python equality, first kept)', () => {
    const result = mergeGSet([withTags([1, true, 1.0, '1', null, false, 0])]);
    expect(result).toEqual(new Set([1, '1', null, false]));
    expect(result.has(true)).toBe(false);
    expect(result.has(0)).toBe(false);
  });

  it('false ≡ 0 ≡ -0 and the first representative across events wins', () => {
    expect(mergeGSet([withTags([-0, 0, false])])).toEqual(new Set([0]));
    const r1 = mergeGSet([withTags([true]), withTags([1])]);
    expect([...r1]).toEqual([true]);
    const r2 = mergeGSet([withTags([1]), withTags([true])]);
    expect([...r2]).toEqual([1]);
    expect([...mergeGSet([withTags([false]), withTags([0])])]).toEqual([false]);
    expect([...mergeGSet([withTags([2.5, 2.5])])]).toEqual([2.5]);
  });

  it.each([
    ['null', null, "'NoneType' object is not iterable"],
    ['an integer', 5, "'int' object is not iterable"],
    ['a float', 1.5, "'float' object is not iterable"],
    ['a boolean', true, "'bool' object is not iterable"],
  ])('tags = %s → TypeError', (_label, tags, message) => {
    expect(() => mergeGSet([withTags(['fine']), withTags(tags)])).toThrow(TypeError);
    expect(() => mergeGSet([withTags(tags)])).toThrow(message);
  });

  it.each([
    ['an array element', [['nested']], "unhashable type: 'list'"],
    ['an object element', [{ k: 'v' }], "unhashable type: 'dict'"],
  ])('%s → TypeError', (_label, tags, message) => {
    expect(() => mergeGSet([withTags(tags)])).toThrow(TypeError);
    expect(() => mergeGSet([withTags(tags)])).toThrow(message);
  });

  it('no event_id dedup is needed: the same event twice gives the same set', () => {
    const e = withTags(['x', 'y']);
    expect(mergeGSet([e, e])).toEqual(new Set(['x', 'y']));
  });
});

describe('mergeCounter (ENVELOPE.md §7.2)', () => {
  const A = ulid(1);
  const B = ulid(2);

  it.each<[string, Array<[string, unknown]>, number]>([
    ['A:5, B:3', [[A, 5], [B, 3]], 8],
    ['A:5, A:5 (same event twice)', [[A, 5], [A, 5]], 5],
    ['A:5, A:7, B:1', [[A, 5], [A, 7], [B, 1]], 6],
    ['A:10, B:−3', [[A, 10], [B, -3]], 7],
    ['A:(missing)', [[A, undefined]], 0],
    ['[]', [], 0],
    ['A:1.5, B:1', [[A, 1.5], [B, 1]], 2.5],
    ['A:0.1, B:0.2', [[A, 0.1], [B, 0.2]], 0.30000000000000004],
    ['A:true', [[A, true]], 1],
    ['A:false, B:2', [[A, false], [B, 2]], 2],
    ['A:1, B:3', [[A, 1], [B, 3]], 4],
  ])('%s → %p', (_label, rows, expected) => {
    expect(mergeCounter(rows.map(([id, delta]) => withDelta(id, delta)))).toBe(expected);
  });

  it('[e1, e1] → 5 (the same object twice)', () => {
    const e1 = withDelta(A, 5);
    expect(mergeCounter([e1, e1])).toBe(5);
  });

  it('first occurrence of an id wins even when later deltas differ', () => {
    expect(mergeCounter([withDelta(A, 7), withDelta(A, 5)])).toBe(7);
    expect(mergeCounter([withDelta(A), withDelta(A, 100)])).toBe(0);
  });

  it('delta: undefined counts as missing', () => {
    expect(mergeCounter([makeEvent({ event_id: A, payload: { delta: undefined } }), withDelta(B, 2)])).toBe(2);
  });

  it.each([
    ['null', null, "unsupported operand type(s) for +=: 'int' and 'NoneType'"],
    ['"5"', '5', "unsupported operand type(s) for +=: 'int' and 'str'"],
    ['a list', [1], "unsupported operand type(s) for +=: 'int' and 'list'"],
    ['an object', { n: 1 }, "unsupported operand type(s) for +=: 'int' and 'dict'"],
  ])('A:%s → TypeError', (_label, delta, message) => {
    expect(() => mergeCounter([withDelta(A, delta)])).toThrow(TypeError);
    expect(() => mergeCounter([withDelta(A, delta)])).toThrow(message);
  });
});

describe('CRDT properties', () => {
  const scalar = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 3 }),
    fc.integer({ min: -3, max: 3 }),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom('a', 'b', '😀', '\uffff'),
  );
  const tagsArb: fc.Arbitrary<unknown> = fc.oneof(
    { weight: 4, arbitrary: fc.array(scalar, { maxLength: 6 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 5 }) },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.string({ unit: 'binary', maxLength: 3 }), { maxLength: 4 })
        .map((keys) => Object.fromEntries(keys.map((k) => [k, 0]))),
    },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
  /** Events with unique ids; `offset` keeps the ids of two lists disjoint. */
  const tagEvents = (offset: number) =>
    fc.array(tagsArb, { maxLength: 8 }).map((all) => all.map((tags, i) => withTags(tags, ulid(offset + i))));

  const unionPy = (sets: Set<unknown>[]): Set<unknown> => {
    const out = new Set<unknown>();
    for (const s of sets) for (const v of pyKeys(s)) out.add(v);
    return out;
  };

  it('mergeGSet never holds two Python-equal elements', () => {
    fc.assert(
      fc.property(tagEvents(0), (events) => {
        const result = mergeGSet(events);
        expect(pyKeys(result).size).toBe(result.size);
      }),
    );
  });

  it('mergeGSet is commutative: merge(A ++ B) = merge(B ++ A) under Python equality', () => {
    fc.assert(
      fc.property(tagEvents(0), tagEvents(1000), (a, b) => {
        const ab = mergeGSet([...a, ...b]);
        const ba = mergeGSet([...b, ...a]);
        expect(pyKeys(ab)).toEqual(pyKeys(ba));
        expect(ab.size).toBe(ba.size);
      }),
    );
  });

  it('mergeGSet is associative: partition results combine to the whole', () => {
    fc.assert(
      fc.property(tagEvents(0), fc.array(fc.nat(), { maxLength: 4 }), (events, cutsRaw) => {
        const cuts = [...new Set(cutsRaw.map((c) => c % (events.length + 1)))].sort((x, y) => x - y);
        const bounds = [0, ...cuts, events.length];
        const parts = bounds.slice(1).map((end, i) => events.slice(bounds[i], end));
        const whole = mergeGSet(events);
        expect(unionPy(parts.map(mergeGSet))).toEqual(pyKeys(whole));
        // ((A ∪ B) ∪ C) = (A ∪ (B ∪ C)) on a three-way split
        const third = Math.floor(events.length / 3);
        const [x, y, z] = [events.slice(0, third), events.slice(third, 2 * third), events.slice(2 * third)];
        expect(unionPy([mergeGSet([...x, ...y]), mergeGSet(z)])).toEqual(
          unionPy([mergeGSet(x), mergeGSet([...y, ...z])]),
        );
      }),
    );
  });

  it('mergeGSet is idempotent: merge(events ++ events) = merge(events), identical representatives', () => {
    fc.assert(
      fc.property(tagEvents(0), (events) => {
        const once = mergeGSet(events);
        const twice = mergeGSet([...events, ...events]);
        expect(twice).toEqual(once);
        expect([...twice]).toEqual([...once]);
      }),
    );
  });

  const deltaArb: fc.Arbitrary<unknown> = fc.oneof(
    { weight: 5, arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000 }) },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
  const deltaEvents = (offset: number) =>
    fc.array(deltaArb, { maxLength: 10 }).map((all) => all.map((d, i) => withDelta(ulid(offset + i), d)));
  const expectedSum = (events: Event[]) =>
    events.reduce((acc, e) => {
      const d = e.payload.delta;
      return acc + (d === undefined ? 0 : Number(d));
    }, 0);

  it('mergeCounter sums unique events (oracle)', () => {
    fc.assert(
      fc.property(deltaEvents(0), (events) => {
        expect(mergeCounter(events)).toBe(expectedSum(events));
      }),
    );
  });

  it('mergeCounter is commutative', () => {
    fc.assert(
      fc.property(deltaEvents(0), deltaEvents(1000), (a, b) => {
        expect(mergeCounter([...a, ...b])).toBe(mergeCounter([...b, ...a]));
      }),
    );
  });

  it('mergeCounter is associative: partition results sum to the whole', () => {
    fc.assert(
      fc.property(deltaEvents(0), fc.array(fc.nat(), { maxLength: 4 }), (events, cutsRaw) => {
        const cuts = [...new Set(cutsRaw.map((c) => c % (events.length + 1)))].sort((x, y) => x - y);
        const bounds = [0, ...cuts, events.length];
        const parts = bounds.slice(1).map((end, i) => events.slice(bounds[i], end));
        expect(parts.map(mergeCounter).reduce((x, y) => x + y, 0)).toBe(mergeCounter(events));
      }),
    );
  });

  it('mergeCounter is idempotent: merge(events ++ events) = merge(events)', () => {
    fc.assert(
      fc.property(deltaEvents(0), fc.array(fc.nat(), { maxLength: 10 }), (events, picks) => {
        expect(mergeCounter([...events, ...events])).toBe(mergeCounter(events));
        // Any re-delivery of already-seen events changes nothing.
        const redelivered = events.length === 0 ? [] : picks.map((p) => events[p % events.length]);
        expect(mergeCounter([...events, ...redelivered])).toBe(mergeCounter(events));
      }),
    );
  });
});
