import fc from 'fast-check';
import { compareCodePoints, compareTuple, descending, sortBy, sortedWith, type SortKey } from '../../src/conventions';
import { anyString } from './arbitraries';

describe('compareTuple (§6.3)', () => {
  it.each<[SortKey, SortKey, number]>([
    [[9], [10], -1], // numerically, not as text
    [[10, 'a'], [9, 'z'], 1],
    [[1, '\uffff'], [1, '\u{1f600}'], -1], // strings by code point
    [[1, 'b'], [1, 'B'], 1],
    [[1, 'a'], [1, 'a'], 0],
    [[1], [1, 'a'], -1], // prefix first
    [[], [], 0],
    [[-1.5, 'x'], [-1, ''], -1],
  ])('compareTuple(%j, %j) = %i', (a, b, c) => {
    expect(compareTuple(a, b)).toBe(c);
    expect(compareTuple(b, a)).toBe(c === 0 ? 0 : -c);
  });

  it('a number and a string are not comparable (Python TypeError)', () => {
    expect(() => compareTuple([1], ['1'])).toThrow(TypeError);
  });

  it('on single strings it is compareCodePoints', () => {
    fc.assert(fc.property(anyString, anyString, (a, b) => compareTuple([a], [b]) === compareCodePoints(a, b)));
  });
});

describe('sortBy / sortedWith (§6.3)', () => {
  it('sorts the status key (lamport_clock, isoText, event_id) like Python sorted()', () => {
    const events = [
      { id: 'c', clock: 10, ts: '2026-01-01T06:00:00+00:00' },
      { id: 'a', clock: 9, ts: '2026-01-01T06:00:00.000500+00:00' },
      { id: 'b', clock: 9, ts: '2026-01-01T06:00:00' },
      { id: '\u{1f600}', clock: 9, ts: '2026-01-01T06:00:00' },
      { id: '\uffff', clock: 9, ts: '2026-01-01T06:00:00' },
    ];
    const out = sortBy(events, (e) => [e.clock, e.ts, e.id]).map((e) => e.id);
    expect(out).toEqual(['b', '\uffff', '\u{1f600}', 'a', 'c']);
  });

  it('is stable: equal keys keep input order, and the input is not modified', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom('a', 'b', '\uffff', '\u{1f600}'))), (keys) => {
        const items = keys.map((k, i) => ({ k, i }));
        const before = items.map((x) => x.i);
        const out = sortBy(items, (x) => x.k);
        expect(items.map((x) => x.i)).toEqual(before);
        expect(out).toHaveLength(items.length);
        for (let j = 1; j < out.length; j++) {
          const c = compareTuple(out[j - 1].k, out[j].k);
          expect(c).toBeLessThanOrEqual(0);
          if (c === 0) expect(out[j - 1].i).toBeLessThan(out[j].i);
        }
      }),
    );
  });

  it('descending reverses one component only (priority desc, node_id asc)', () => {
    const rows = [
      { node: 'b', p: 1 },
      { node: 'a', p: 1 },
      { node: 'c', p: 4 },
      { node: 'a', p: 4 },
    ];
    const out = sortedWith(rows, (x, y) => descending(x.p - y.p) || compareCodePoints(x.node, y.node));
    expect(out.map((r) => `${r.p}${r.node}`)).toEqual(['4a', '4c', '1a', '1b']);
    expect(Object.is(descending(0), 0)).toBe(true);
  });
});
