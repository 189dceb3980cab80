import fc from 'fast-check';
import {
  INT_TRIM_CHARS,
  PY_STRIP_CHARS,
  intTrim,
  intTrimSet,
  isBlank,
  pyStrip,
  pyStripSet,
} from '../../src/conventions';

const cps = (s: string) => Array.from(s, (c) => c.codePointAt(0) as number);
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

const PY_STRIP_EXPECTED = [
  ...range(0x09, 0x0d),
  ...range(0x1c, 0x1f),
  0x20,
  0x85,
  0xa0,
  0x1680,
  ...range(0x2000, 0x200a),
  0x2028,
  0x2029,
  0x202f,
  0x205f,
  0x3000,
];
const INT_TRIM_EXPECTED = PY_STRIP_EXPECTED.filter((cp) => cp < 0x1c || cp > 0x1f);

describe('pyStripSet / isBlank (§5.1)', () => {
  it('has exactly the 29 listed code points', () => {
    expect(cps(PY_STRIP_CHARS)).toEqual(PY_STRIP_EXPECTED);
    expect(PY_STRIP_EXPECTED).toHaveLength(29);
    expect(pyStripSet.size).toBe(29);
  });

  it.each(['', ' ', '\t\n', '\u001c', '\u0085', '\u3000', PY_STRIP_CHARS])('%j is blank', (s) => {
    expect(isBlank(s)).toBe(true);
  });

  it.each(['\ufeff', '\u200b', '\u180e', 'x', ' x ', '\u3000\ufeff'])('%j is not blank', (s) => {
    expect(isBlank(s)).toBe(false);
  });

  it('pyStrip removes the set from both ends only', () => {
    expect(pyStrip('\u001c\u0085 a b \u3000\u2029')).toBe('a b');
    expect(pyStrip('\ufeffa\ufeff')).toBe('\ufeffa\ufeff');
    expect(pyStrip('\u200b a')).toBe('\u200b a');
    expect(pyStrip('   ')).toBe('');
    expect(pyStrip('x')).toBe('x');
  });

  it('isBlank(s) ⇔ pyStrip(s) === "" ⇔ every code point is in the set', () => {
    const unit = fc.oneof(fc.constantFrom(...Array.from(PY_STRIP_CHARS)), fc.constantFrom('\ufeff', '\u200b', 'x', '\u180e'));
    fc.assert(
      fc.property(fc.string({ unit }), (s) => {
        const blank = isBlank(s);
        return blank === (pyStrip(s) === '') && blank === Array.from(s).every((c) => pyStripSet.has(c));
      }),
    );
  });
});

describe('intTrimSet / intTrim (§5.2)', () => {
  it('has exactly the 25 listed code points', () => {
    expect(cps(INT_TRIM_CHARS)).toEqual(INT_TRIM_EXPECTED);
    expect(INT_TRIM_EXPECTED).toHaveLength(25);
    expect(intTrimSet.size).toBe(25);
  });

  it.each([
    ['\u00855', '5'],
    ['\u30005', '5'],
    [' 5\t\n', '5'],
    ['\u001c5', '\u001c5'],
    ['\ufeff5', '\ufeff5'],
    ['\u200b5', '\u200b5'],
    ['\u180e5', '\u180e5'],
  ])('intTrim(%j) = %j', (s, out) => {
    expect(intTrim(s)).toBe(out);
  });

  it('\\u00855 and \\u30005 read as 5, the rejected forms do not', () => {
    expect(Number.parseInt(intTrim('\u00855'), 10)).toBe(5);
    for (const s of ['\u001c5', '\ufeff5', '\u200b5', '\u180e5']) expect(intTrim(s)).not.toMatch(/^\d+$/);
  });
});

describe('relation to JS trim() (§5.3)', () => {
  it('pyStripSet = JS set − U+FEFF + U+001C–U+001F + U+0085; intTrimSet = JS set − U+FEFF + U+0085', () => {
    const js: number[] = [];
    for (let cp = 0; cp <= 0xffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      if (String.fromCharCode(cp).trim() === '') js.push(cp);
    }
    const without = js.filter((cp) => cp !== 0xfeff);
    const sort = (xs: number[]) => [...xs].sort((a, b) => a - b);
    expect(sort([...without, ...range(0x1c, 0x1f), 0x85])).toEqual(PY_STRIP_EXPECTED);
    expect(sort([...without, 0x85])).toEqual(INT_TRIM_EXPECTED);
    expect(pyStripSet.has('\u200b') || pyStripSet.has('\u180e')).toBe(false);
    expect(intTrimSet.has('\u200b') || intTrimSet.has('\u180e')).toBe(false);
  });
});
