import { isPrintable } from '../../src/conventions';
import {
  UNICODE14_NONPRINTABLE_CODE_POINTS,
  UNICODE14_NONPRINTABLE_RANGE_COUNT,
  UNICODE14_NONPRINTABLE_RANGES as R,
} from '../../src/conventions/unicode14-nonprintable';

describe('embedded Unicode 14.0 non-printable table (§2.1)', () => {
  it('is sorted, disjoint, non-adjacent, inclusive ranges matching its header counts', () => {
    expect(R.length).toBe(UNICODE14_NONPRINTABLE_RANGE_COUNT * 2);
    let total = 0;
    for (let i = 0; i < R.length; i += 2) {
      expect(R[i]).toBeLessThanOrEqual(R[i + 1]);
      if (i > 0) expect(R[i]).toBeGreaterThan(R[i - 1] + 1);
      total += R[i + 1] - R[i] + 1;
    }
    expect(total).toBe(UNICODE14_NONPRINTABLE_CODE_POINTS);
    expect(R[R.length - 1]).toBe(0x10ffff);
  });

  it('isPrintable agrees with a linear scan of the ranges at every range edge', () => {
    const linear = (cp: number) => {
      for (let i = 0; i < R.length; i += 2) if (cp >= R[i] && cp <= R[i + 1]) return false;
      return true;
    };
    for (let i = 0; i < R.length; i += 2) {
      for (const cp of [R[i] - 1, R[i], R[i + 1], R[i + 1] + 1]) {
        if (cp >= 0 && cp <= 0x10ffff) expect([cp, isPrintable(cp)]).toEqual([cp, linear(cp)]);
      }
    }
  });

  it('ASCII: only U+0020–U+007E are printable', () => {
    for (let cp = 0; cp < 0x80; cp++) expect([cp, isPrintable(cp)]).toEqual([cp, cp >= 0x20 && cp <= 0x7e]);
  });

  it('the non-ASCII examples of §2.1 are non-printable', () => {
    for (const cp of [0x85, 0xa0, 0xad, 0x200b, 0x2028, 0x3000, 0xe000, 0xd800, 0xdfff, 0x1f6dc]) {
      expect([cp, isPrintable(cp)]).toEqual([cp, false]);
    }
  });

  it('is the engine\u2019s general-category test minus code points assigned after Unicode 14.0', () => {
    const engineNonPrintable = /[\p{C}\p{Z}]/u;
    let printableOnlyInEngine = 0;
    let printableOnlyInTable = 0;
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const engine = cp === 0x20 || !engineNonPrintable.test(String.fromCodePoint(cp));
      const table = isPrintable(cp);
      if (engine && !table) printableOnlyInEngine++;
      if (table && !engine) printableOnlyInTable++;
    }
    // Nothing printable in 14.0 became non-printable later.
    expect(printableOnlyInTable).toBe(0);
    // CONVENTIONS.md §2.1: with Unicode 17.0 tables the engine treats 15 097 such code points
    // as printable. Other engine versions give other counts, but always thousands (Unicode 15.0 alone added 4 489 characters).
    if (process.versions.unicode === '17.0') expect(printableOnlyInEngine).toBe(15097);
    else expect(printableOnlyInEngine).toBeGreaterThan(4000);
  });
});
