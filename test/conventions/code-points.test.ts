import fc from 'fast-check';
import {
  codePointLength,
  compareCodePoints,
  firstCodePoints,
  hasLoneSurrogate,
  hasSurrogateUnit,
} from '../../src/conventions';
import { anyString, codePointsOf, compareArrays } from './arbitraries';

describe('codePointLength (§6.1)', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['\u{1f600}', 1],
    ['A'.repeat(25) + '\u{1f600}', 26],
    ['\ud800', 1],
    ['\udc00\ud800', 2], // reversed halves are two lone surrogates
    ['\ud800\ud800\udc00', 2], // lone high, then a pair
    ['x\ud83d', 2], // lone high at the end
  ])('%j has %i code points', (s, n) => {
    expect(codePointLength(s)).toBe(n);
  });

  it('agrees with Array.from(s).length', () => {
    fc.assert(fc.property(anyString, (s) => codePointLength(s) === Array.from(s).length));
  });
});

describe('firstCodePoints (§6.1)', () => {
  it.each([
    ['abcdef', 3, 'abc'],
    ['ab', 5, 'ab'],
    ['abc', 0, ''],
    ['abc', -1, ''],
    ['\u{1f600}\u{1f600}x', 1, '\u{1f600}'],
    ['A'.repeat(25) + '\u{1f600}', 26, 'A'.repeat(25) + '\u{1f600}'],
    ['\ud800\u{1f600}', 1, '\ud800'],
    ['\ud800\u{1f600}', 2, '\ud800\u{1f600}'],
  ])('firstCodePoints(%j, %i) = %j', (s, n, out) => {
    expect(firstCodePoints(s, n)).toBe(out);
  });

  it('agrees with Array.from(s).slice(0, n).join("")', () => {
    fc.assert(
      fc.property(anyString, fc.integer({ min: -2, max: 15 }), (s, n) =>
        firstCodePoints(s, n) === Array.from(s).slice(0, Math.max(n, 0)).join(''),
      ),
    );
  });
});

describe('hasLoneSurrogate / hasSurrogateUnit', () => {
  const model = (s: string) => Array.from(s).some((c) => c.length === 1 && /[\ud800-\udfff]/.test(c));

  it.each([
    ['abc', false, false],
    ['\u{1f600}', false, true],
    ['\ud800', true, true],
    ['\udc00', true, true],
    ['a\ud83d', true, true],
    ['\ude00\ud83d', true, true],
    ['\ud83d\ude00\ud83d', true, true],
  ])('%j → lone %s, any %s', (s, lone, any) => {
    expect(hasLoneSurrogate(s)).toBe(lone);
    expect(hasSurrogateUnit(s)).toBe(any);
  });

  it('agrees with a per-code-point model', () => {
    fc.assert(fc.property(anyString, (s) => hasLoneSurrogate(s) === model(s)));
  });

  it('the regex fallback (engines without isWellFormed) agrees too', () => {
    const proto = String.prototype as unknown as { isWellFormed?: unknown };
    const saved = Object.getOwnPropertyDescriptor(String.prototype, 'isWellFormed');
    expect(saved).toBeDefined(); // Node 20 has it, so the fallback needs forcing
    delete proto.isWellFormed;
    try {
      let fallback: typeof hasLoneSurrogate | undefined;
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        fallback = require('../../src/conventions/code-points').hasLoneSurrogate;
      });
      const f = fallback as typeof hasLoneSurrogate;
      expect(f('\ud83d\ude00')).toBe(false);
      expect(f('a\ud83d')).toBe(true);
      fc.assert(fc.property(anyString, (s) => f(s) === model(s)));
    } finally {
      Object.defineProperty(String.prototype, 'isWellFormed', saved as PropertyDescriptor);
    }
  });
});

describe('compareCodePoints (§6.2)', () => {
  const sorted = (xs: string[]) => [...xs].sort(compareCodePoints);

  it('table: U+FFFF sorts before U+1F600 (JS < says the opposite)', () => {
    expect(sorted(['\u{1f600}', '\uffff'])).toEqual(['\uffff', '\u{1f600}']);
    expect(compareCodePoints('\uffff', '\u{1f600}')).toBe(-1);
    expect('\uffff' < '\u{1f600}').toBe(false);
  });

  it('table: lone U+D800 sorts before U+E000 (the unit-remapping shortcut says the opposite)', () => {
    expect(sorted(['\ue000', '\ud800'])).toEqual(['\ud800', '\ue000']);
    expect(compareCodePoints('\ud800', '\ue000')).toBe(-1);
    expect(compareCodePoints('\ue000', '\ud800')).toBe(1);
  });

  it('table: "b", "B", "ab", "a" → "B", "a", "ab", "b"', () => {
    expect(sorted(['b', 'B', 'ab', 'a'])).toEqual(['B', 'a', 'ab', 'b']);
  });

  it.each([
    ['e\u0301', '\u00e9', -1], // no normalisation
    ['a\ud83d', 'a\ud83d\ude00', -1], // lone high prefix vs the pair it starts
    ['\ud83dx', '\u{1f600}', -1], // lone U+D83D < U+1F600
    ['\ud83d\uffff', '\u{1f600}', -1], // unit order would say +1
    ['\u{1f600}', '\ud83d\ude01', -1],
    ['\udc00', '\ud800', 1],
    ['x\u{10000}', 'x\uffff', 1],
    ['same', 'same', 0],
    ['', 'a', -1],
  ])('compareCodePoints(%j, %j) = %i', (a, b, c) => {
    expect(compareCodePoints(a, b)).toBe(c);
    expect(compareCodePoints(b, a)).toBe(c === 0 ? 0 : -c);
  });

  it('agrees with comparing Array.from code points lexicographically', () => {
    fc.assert(
      fc.property(anyString, anyString, (a, b) => compareCodePoints(a, b) === compareArrays(codePointsOf(a), codePointsOf(b))),
      { numRuns: 5000 },
    );
  });

  it('agrees with the model on strings sharing a prefix (the slow path)', () => {
    fc.assert(
      fc.property(anyString, anyString, anyString, (p, a, b) => {
        const x = p + a;
        const y = p + b;
        return compareCodePoints(x, y) === compareArrays(codePointsOf(x), codePointsOf(y));
      }),
      { numRuns: 5000 },
    );
  });

  it('is antisymmetric and returns 0 only for equal strings', () => {
    fc.assert(
      fc.property(anyString, anyString, (a, b) => {
        const ab = compareCodePoints(a, b);
        const ba = compareCodePoints(b, a);
        return [-1, 0, 1].includes(ab) && ab === -ba && (ab === 0) === (a === b);
      }),
    );
  });

  it('is transitive', () => {
    fc.assert(
      fc.property(anyString, anyString, anyString, (a, b, c) => {
        const perms = [[a, b, c], [a, c, b], [b, a, c], [b, c, a], [c, a, b], [c, b, a]];
        return perms.every(([x, y, z]) => {
          const xy = compareCodePoints(x, y);
          const yz = compareCodePoints(y, z);
          const xz = compareCodePoints(x, z);
          if (xy < 0 && yz <= 0 && !(xz < 0)) return false;
          if (xy <= 0 && yz <= 0 && !(xz <= 0)) return false;
          return true;
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('equals JS < on surrogate-free strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }), fc.string({ unit: 'grapheme-composite' }), (a, b) => {
        const bmp = (s: string) => s.replace(/[\ud800-\udfff]/g, '');
        const [x, y] = [bmp(a), bmp(b)];
        return compareCodePoints(x, y) === (x < y ? -1 : x > y ? 1 : 0);
      }),
    );
  });
});
