import fc from 'fast-check';
import { StringHashSet } from '../../src/conventions';

describe('StringHashSet', () => {
  test('add reports first insertion only; has follows exact equality', () => {
    const set = new StringHashSet(2);
    expect(set.add('a')).toBe(true);
    expect(set.add('a')).toBe(false);
    expect(set.add('__proto__')).toBe(true);
    expect(set.has('__proto__')).toBe(true);
    expect(set.has('constructor')).toBe(false);
    expect(set.add('\ud800')).toBe(true);
    expect(set.has('\udc00')).toBe(false);
    expect(set.size).toBe(3);
  });

  test('agrees with Set for any sequence, including past its planned size', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 6 }), { maxLength: 300 }), fc.nat(50), (values, expected) => {
        const ours = new StringHashSet(expected);
        const reference = new Set<string>();
        for (const value of values) {
          expect(ours.add(value)).toBe(!reference.has(value));
          reference.add(value);
        }
        expect(ours.size).toBe(reference.size);
        for (const value of values) expect(ours.has(value)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

test('ids built to collide (same length, ends and start) stay correct and move to the fallback', () => {
  const set = new StringHashSet(5000);
  for (let i = 0; i < 5000; i++) expect(set.add(`abcd${String(i).padStart(10, '0')}${'z'.repeat(12)}`)).toBe(true);
  expect(set.add(`abcd${String(7).padStart(10, '0')}${'z'.repeat(12)}`)).toBe(false);
  expect(set.has(`abcd${String(4999).padStart(10, '0')}${'z'.repeat(12)}`)).toBe(true);
  expect(set.size).toBe(5000);
});
