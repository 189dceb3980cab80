import fc from 'fast-check';
import { compareTotalOrderKeys, isConcurrent, totalOrderKey } from '../../../src/envelope/ordering';
import { makeEvent, nodeIdArb, ulid } from './helpers';

describe('isConcurrent (ENVELOPE.md §5.1)', () => {
  it('same clock and aggregate, different ids → true (symmetric)', () => {
    const a = makeEvent({ lamport_clock: 5, aggregate_id: 'WP01', node_id: 'alice' });
    const b = makeEvent({ lamport_clock: 5, aggregate_id: 'WP01', node_id: 'bob' });
    expect(isConcurrent(a, b)).toBe(true);
    expect(isConcurrent(b, a)).toBe(true);
  });

  it('different aggregate → false', () => {
    const a = makeEvent({ lamport_clock: 5, aggregate_id: 'WP01' });
    const b = makeEvent({ lamport_clock: 5, aggregate_id: 'WP02' });
    expect(isConcurrent(a, b)).toBe(false);
  });

  it('different clock → false', () => {
    const a = makeEvent({ lamport_clock: 5 });
    const b = makeEvent({ lamport_clock: 6 });
    expect(isConcurrent(a, b)).toBe(false);
    expect(isConcurrent(b, a)).toBe(false);
  });

  it('an event is never concurrent with itself (or a copy with the same id)', () => {
    const a = makeEvent({ event_id: ulid(7), lamport_clock: 5, node_id: 'x' });
    const copy = makeEvent({ event_id: ulid(7), lamport_clock: 5, node_id: 'y' });
    expect(isConcurrent(a, a)).toBe(false);
    expect(isConcurrent(a, copy)).toBe(false);
  });

  it('only clock, aggregate and id matter: same node, parent/child with equal clocks are concurrent', () => {
    const parent = makeEvent({ event_id: ulid(1), lamport_clock: 3, node_id: 'same' });
    const child = makeEvent({
      event_id: ulid(2),
      lamport_clock: 3,
      node_id: 'same',
      causation_id: parent.event_id,
      project_uuid: '87654321-4321-8765-4321-876543218765',
      timestamp: '2030-01-01T00:00:00Z',
    });
    expect(isConcurrent(parent, child)).toBe(true);
  });
});

describe('totalOrderKey (ENVELOPE.md §5.2)', () => {
  it('is [lamport_clock, node_id] = [5, "node1"]', () => {
    const key = totalOrderKey(makeEvent({ lamport_clock: 5, node_id: 'node1' }));
    expect(key).toEqual([5, 'node1']);
    expect(key).toHaveLength(2);
  });

  it('returns a frozen tuple', () => {
    const key = totalOrderKey(makeEvent());
    expect(Object.isFrozen(key)).toBe(true);
    expect(() => {
      (key as unknown as number[])[0] = 99;
    }).toThrow(TypeError);
  });

  const byKey = (events: ReturnType<typeof makeEvent>[]) =>
    [...events].sort((a, b) => compareTotalOrderKeys(totalOrderKey(a), totalOrderKey(b)));

  it('sorts by clock then node: node_alice, node_bob, node_charlie', () => {
    const charlie = makeEvent({ lamport_clock: 5, node_id: 'node_charlie' });
    const alice = makeEvent({ lamport_clock: 5, node_id: 'node_alice' });
    const bob = makeEvent({ lamport_clock: 5, node_id: 'node_bob' });
    const early = makeEvent({ lamport_clock: 4, node_id: 'node_zed' });
    const sorted = byKey([charlie, alice, bob, early]);
    expect(sorted.map((e) => e.node_id)).toEqual(['node_zed', 'node_alice', 'node_bob', 'node_charlie']);
  });

  it('alice-laptop before bob-laptop; repeated sorts are identical', () => {
    const bob = makeEvent({ lamport_clock: 1, node_id: 'bob-laptop' });
    const alice = makeEvent({ lamport_clock: 1, node_id: 'alice-laptop' });
    const first = byKey([bob, alice]);
    expect(first.map((e) => e.node_id)).toEqual(['alice-laptop', 'bob-laptop']);
    for (let i = 0; i < 5; i++) expect(byKey([bob, alice])).toEqual(first);
    expect(byKey(first)).toEqual(first);
  });

  it('event_id is not part of the key: equal keys keep input order under a stable sort', () => {
    const x = makeEvent({ event_id: ulid(9), lamport_clock: 2, node_id: 'n' });
    const y = makeEvent({ event_id: ulid(1), lamport_clock: 2, node_id: 'n' });
    expect(totalOrderKey(x)).toEqual(totalOrderKey(y));
    expect(byKey([x, y])).toEqual([x, y]);
    expect(byKey([y, x])).toEqual([y, x]);
  });
});

describe('compareTotalOrderKeys', () => {
  it.each<[readonly [number, string], readonly [number, string], number]>([
    [[1, 'a'], [2, 'a'], -1],
    [[2, 'a'], [1, 'z'], 1],
    [[9, 'a'], [10, 'a'], -1],
    [[1, 'a'], [1, 'a'], 0],
    [[1, 'B'], [1, 'a'], -1],
    [[1, 'a'], [1, 'ab'], -1],
    [[1, '\uffff'], [1, '😀'], -1],
    [[1, '\ud800'], [1, '\ue000'], -1],
  ])('%p vs %p → sign %p', (a, b, sign) => {
    expect(Math.sign(compareTotalOrderKeys(a, b))).toBe(sign);
    expect(Math.sign(compareTotalOrderKeys(b, a))).toBe(-sign || 0);
  });

  it('is a consistent total preorder on arbitrary Unicode node ids (antisymmetric, transitive)', () => {
    const keyArb = fc.tuple(fc.nat({ max: 5 }), nodeIdArb).map((k) => k as readonly [number, string]);
    fc.assert(
      fc.property(keyArb, keyArb, keyArb, (a, b, c) => {
        expect(Math.sign(compareTotalOrderKeys(a, b))).toBe(-Math.sign(compareTotalOrderKeys(b, a)) || 0);
        expect(compareTotalOrderKeys(a, a)).toBe(0);
        if (compareTotalOrderKeys(a, b) <= 0 && compareTotalOrderKeys(b, c) <= 0) {
          expect(compareTotalOrderKeys(a, c)).toBeLessThanOrEqual(0);
        }
        // Code-point order agrees with comparing code-point arrays lexicographically.
        if (a[0] === b[0]) {
          const ca = Array.from(a[1], (ch) => ch.codePointAt(0) as number);
          const cb = Array.from(b[1], (ch) => ch.codePointAt(0) as number);
          let expected = 0;
          for (let i = 0; i < Math.min(ca.length, cb.length) && expected === 0; i++) expected = Math.sign(ca[i] - cb[i]);
          if (expected === 0) expected = Math.sign(ca.length - cb.length);
          expect(Math.sign(compareTotalOrderKeys(a, b))).toBe(expected);
        }
      }),
    );
  });
});
