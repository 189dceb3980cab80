import { compareBySortKey, dedupEvents, sortedUniqueEvents, statusEventSortKey } from '../../../src/v2/status';
import { ev, id, transition } from './helpers';

const P = transition('WP01', null, 'planned');

describe('statusEventSortKey (§9)', () => {
  it('is [lamport_clock, isoText(timestamp), event_id], frozen', () => {
    const key = statusEventSortKey(ev('01', 5, '00:00:00.5', P));
    expect(key).toEqual([5, '2026-01-01T00:00:00.500000+00:00', id('01')]);
    expect(Object.isFrozen(key)).toBe(true);
  });

  it('orders by lamport, then timestamp text, then event_id; sorted distinct events give strictly increasing keys', () => {
    const events = [
      ev('03', 2, '00:00:00', P),
      ev('02', 1, '00:00:01', P),
      ev('01', 1, '00:00:01', P),
      ev('04', 1, '00:00:00', P),
      ev('05', 10, '00:00:00', P),
      ev('06', 9, '00:00:00', P),
    ];
    const sorted = [...events].sort(compareBySortKey);
    expect(sorted.map((e) => e.event_id)).toEqual([id('04'), id('01'), id('02'), id('03'), id('06'), id('05')]);
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [statusEventSortKey(sorted[i - 1]!), statusEventSortKey(sorted[i]!)];
      const less = a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] < b[2])));
      expect(less).toBe(true);
    }
  });
});

describe('dedupEvents (§9)', () => {
  const a = ev('01', 1, '00:00:00', P);
  const aLater = ev('01', 7, '00:00:00', P);
  const b = ev('02', 1, '00:00:00', P);

  it('drops later duplicates and keeps the first object, without sorting', () => {
    const out = dedupEvents([aLater, b, a]);
    expect(out).toHaveLength(2);
    expect(out[0]).toBe(aLater);
    expect(out[1]).toBe(b);
  });

  it('passes distinct events through, handles [] and is idempotent', () => {
    expect(dedupEvents([b, a])).toEqual([b, a]);
    expect(dedupEvents([])).toEqual([]);
    const once = dedupEvents([a, b, a, aLater, b]);
    expect(dedupEvents(once)).toEqual(once);
  });

  it('returns a new array', () => {
    const input = [a, b];
    expect(dedupEvents(input)).not.toBe(input);
  });
});

describe('sortedUniqueEvents', () => {
  it('filter → stable sort → dedup: the smallest key of each id survives', () => {
    const a = ev('01', 7, '00:00:00', P);
    const aEarly = ev('01', 1, '00:00:00', P);
    const other = ev('02', 3, '00:00:00', P, 'GatePassed');
    const out = sortedUniqueEvents([a, other, aEarly], (e) => e.event_type === 'WPStatusChanged');
    expect(out).toEqual([aEarly]);
    expect(out[0]).toBe(aEarly);
  });
});
