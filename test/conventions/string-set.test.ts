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

  test('keys whose hashes all collide stay exact and linear (the probe limit falls back to a Set)', () => {
    // The hash is seeded per process, so collisions cannot be built from strings: equal
    // precomputed hashes stand for a flood that collides anyway.
    const keys: string[] = [];
    for (let i = 0; i < 5000; i++) keys.push(`abcd${String(i).padStart(10, '0')}${'z'.repeat(12)}`);
    for (let i = 0; i < 5000; i += 3) keys.push(keys[i]!);
    let calls = 0;
    const marks = markRepeats(
      keys,
      (key) => {
        calls++;
        return key;
      },
      { hashes: new Uint32Array(keys.length).fill(0x9e3779b9) },
    );
    expect(Array.from(marks!)).toEqual(referenceMarks(keys));
    // At most MAX_PROBE (64) string comparisons (2 keyOf calls each) before the fallback,
    // then one pass with a Set: a bound linear in the number of keys, not quadratic.
    expect(calls).toBeLessThanOrEqual(keys.length + 2 * 65 * 65);
  });
});

test('hashString: an unsigned 32-bit value that depends on every unit', () => {
  for (const value of ['', 'a', '01JT0000000000000000000001', '😀'.repeat(20)]) {
    const hash = hashString(value);
    expect(Number.isInteger(hash) && hash >= 0 && hash <= 0xffffffff).toBe(true);
    expect(hashString(value)).toBe(hash);
  }
  expect(hashString('01JT0000000000000000000001')).not.toBe(hashString('01JT0000000000000000000002'));
  expect(hashString('a')).not.toBe(hashString('aa'));
});

describe('hashString spreads ids that differ in one chosen position (hash flooding)', () => {
  const COUNT = 100_000;
  const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

  /** `COUNT` distinct 26-unit ids equal everywhere except a block of 4 units at `at`. */
  function idsVaryingAt(at: number): string[] {
    const base = '01JT7Q9W3X5Z8B2N4M6K0P1R3S';
    const ids = new Array<string>(COUNT);
    for (let n = 0; n < COUNT; n++) {
      let block = '';
      for (let k = 0, v = n; k < 4; k++, v = Math.floor(v / 32)) block += ALPHABET[v % 32]!;
      ids[n] = base.slice(0, at) + block + base.slice(at + 4);
    }
    return ids;
  }

  function distinctHashes(ids: readonly string[]): number {
    return new Set(ids.map(hashString)).size;
  }

  // 100k random 32-bit values give about 100000 - 100000^2 / 2^33 ≈ 99999 distinct ones.
  test.each([0, 8, 22])('a 4-unit block varying at position %i', (at) => {
    const ids = idsVaryingAt(at);
    expect(new Set(ids).size).toBe(COUNT);
    expect(distinctHashes(ids)).toBeGreaterThan(COUNT - 50);
  });

  test('a single unit varying over all 65536 values, anywhere in a long id', () => {
    for (const at of [0, 39]) {
      const ids = Array.from({ length: 65536 }, (_, c) => 'x'.repeat(at) + String.fromCharCode(c) + 'y'.repeat(39 - at));
      expect(distinctHashes(ids)).toBeGreaterThan(65536 - 20);
    }
  });

  test('the ids of the old flood shape (6 varying units, then 20 fixed) no longer collide', () => {
    const ids = Array.from({ length: COUNT }, (_, n) => String(n).padStart(6, '0') + 'f'.repeat(20));
    expect(distinctHashes(ids)).toBeGreaterThan(COUNT - 50);
  });
});
