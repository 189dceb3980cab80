/** Shared fast-check arbitraries for the conventions tests. */
import fc from 'fast-check';

/** Units that stress code-point logic: lone and pairable surrogate halves, U+E000–U+FFFF, astral. */
export const INTERESTING_UNITS = [
  'a',
  'b',
  'B',
  '\u00e9',
  '\ud800',
  '\udbff',
  '\udc00',
  '\udfff',
  '\ud83d', // high half of U+1F600 …
  '\ude00', // … low half: adjacent they form a pair
  '\ue000',
  '\uffff',
  '\u{1f600}',
  '\u{10000}',
  '\u{10ffff}',
] as const;

/** Any single code point as a string, lone surrogates included (fc's 'binary' unit excludes them). */
export const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp));

/** Strings of arbitrary UTF-16 content, biased towards surrogate edge cases. */
export const anyString = fc.string({
  unit: fc.oneof(
    { arbitrary: anyCodePoint, weight: 2 },
    { arbitrary: fc.constantFrom(...INTERESTING_UNITS), weight: 3 },
  ),
  maxLength: 12,
});

/** Code points of `s` the reference's way: lone surrogates are one code point each. */
export function codePointsOf(s: string): number[] {
  return Array.from(s, (c) => c.codePointAt(0) as number);
}

/** Lexicographic order of two number arrays; shorter prefix first. Sign only. */
export function compareArrays(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return Math.sign(a.length - b.length);
}
