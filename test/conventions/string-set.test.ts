import fc from 'fast-check';
import { hashString, markRepeats, type MarkRepeatsOptions } from '../../src/conventions';

describe('markRepeats', () => {
  /** The reference semantics: a plain Set, first occurrence in the given order kept. */
  function referenceMarks(keys: readonly string[]): number[] {
    const seen = new Set<string>();
    return keys.map((key) => (seen.has(key) ? 1 : (seen.add(key), 0)));
  }

  function marksOf(keys: readonly string[], options: MarkRepeatsOptions = {}): number[] {
    const marks = markRepeats(keys, (key) => key, options);
    return keys.map((_, i) => (marks === null ? 0 : marks[i]!));
  }

  const identity = (key: string): string => key;

  test('marks every later copy, never the first; null when all keys are distinct', () => {
    expect(markRepeats(['a', 'b', 'c'], identity)).toBeNull();
    expect(markRepeats([], identity)).toBeNull();
    expect(Array.from(markRepeats(['a', 'b', 'a', 'a', 'b', 'c'], identity)!)).toEqual([0, 0, 1, 1, 1, 0]);
  });

  test('exact string equality decides: case, lone surrogates and own-key names are ordinary keys', () => {
    const keys = ['A', 'a', '\ud800', '\udc00', '__proto__', 'constructor', '__proto__', 'a', '\ud800'];
    expect(marksOf(keys)).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1]);
  });

  test('reads keys through keyOf and reports indices of the items', () => {
    const items = [{ id: 'x' }, { id: 'y' }, { id: 'x' }];
    expect(Array.from(markRepeats(items, (item) => item.id)!)).toEqual([0, 0, 1]);
  });

  test('agrees with a Set for any keys and partition size (property)', () => {
    const keyArb = fc.oneof(fc.string({ unit: 'binary', maxLength: 4 }), fc.constantFrom('01JT0000000000000000000001', '01JT0000000000000000000002'));
    fc.assert(
      fc.property(fc.array(keyArb, { maxLength: 400 }), fc.constantFrom(1, 2, 3, 16, 4096), (keys, partitionSize) => {
        expect(marksOf(keys, { partitionSize })).toEqual(referenceMarks(keys));
      }),
      { numRuns: 300 },
    );
  });

  test('precomputed hashes give the same marks as hashes computed inside', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 200 }), (keys) => {
        const hashes = Uint32Array.from(keys, hashString);
        expect(marksOf(keys, { hashes, partitionSize: 4 })).toEqual(referenceMarks(keys));
      }),
      { numRuns: 200 },
    );
  });

  test('many partitions: 30k ULID-like ids with scattered repeats match a Set', () => {
    const keys: string[] = [];
    for (let i = 0; i < 30_000; i++) keys.push(`01JT${String(i % 7 === 3 ? i - 1000 : i).padStart(22, '0')}`);
    const expected = referenceMarks(keys);
    expect(expected.filter((mark) => mark === 1).length).toBeGreaterThan(4000);
    expect(marksOf(keys)).toEqual(expected);
    expect(marksOf(keys, { partitionSize: 64 })).toEqual(expected);
  });

  test('keys built to share one hash stay exact and linear (the probe limit falls back to a Set)', () => {
    // Same length, same first 4 and last 12 units: hashString ignores the middle.
    const collide = (n: number): string => `abcd${String(n).padStart(10, '0')}${'z'.repeat(12)}`;
    expect(new Set(Array.from({ length: 100 }, (_, i) => hashString(collide(i)))).size).toBe(1);
    const keys: string[] = [];
    for (let i = 0; i < 5000; i++) keys.push(collide(i));
    for (let i = 0; i < 5000; i += 3) keys.push(collide(i));
    let calls = 0;
    const marks = markRepeats(keys, (key) => {
      calls++;
      return key;
    });
    expect(Array.from(marks!)).toEqual(referenceMarks(keys));
    // Hashing, at most MAX_PROBE (64) string comparisons per key before the fallback, then
    // one pass with a Set: a bound linear in the number of keys, not quadratic.
    expect(calls).toBeLessThanOrEqual(2 * keys.length + 2 * 65 * 65);
  });
});

test('hashString: an unsigned 32-bit value that depends on length, start and end', () => {
  for (const value of ['', 'a', '01JT0000000000000000000001', '😀'.repeat(20)]) {
    const hash = hashString(value);
    expect(Number.isInteger(hash) && hash >= 0 && hash <= 0xffffffff).toBe(true);
    expect(hashString(value)).toBe(hash);
  }
  expect(hashString('01JT0000000000000000000001')).not.toBe(hashString('01JT0000000000000000000002'));
  expect(hashString('a')).not.toBe(hashString('aa'));
});
