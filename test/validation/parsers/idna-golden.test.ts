/**
 * International hosts against the reference (issue 9 item 21): test/golden/idna.json, made by
 * scripts/golden/idna_tables.py with both reference versions — whole URLs (verdict, normalised
 * URL, failure reason) and the per-code-point UTS #46 behaviour.
 */
import fc from 'fast-check';
import { parseHttpUrl, urlFailureReason } from '../../../src/validation/parsers';
import { domainToAsciiLikeReference } from '../../../src/validation/parsers/idna';
import { JOIN_TRANSPARENT, JOINS_LEFT, JOINS_RIGHT } from '../../../src/validation/parsers/idna-tables';
import { punycodeDecode, punycodeEncode } from '../../../src/validation/parsers/punycode';
import { loadGolden, samplePoints } from './golden';

type Outcome = readonly [string, string];
type Status = 'v' | 'i' | 'd' | readonly ['m', string];
interface IdnaCorpus {
  readonly table: ReadonlyArray<readonly [number, number, Status]>;
  readonly joining: Readonly<Record<'left_or_dual' | 'right_or_dual' | 'transparent', ReadonlyArray<readonly [number, number]>>>;
  readonly cases: ReadonlyArray<readonly [string, Outcome]>;
}

const golden = loadGolden<IdnaCorpus>('idna.json');

function outcome(input: string): Outcome {
  const r = parseHttpUrl(input);
  return r.ok ? ['ok', r.value] : [r.type, r.msg];
}

test('the corpus was made with both reference versions', () => {
  expect(golden.reference_versions).toEqual(['2.1.0', '6.1.0']);
});

test('whole URLs: verdict, normalised URL and reason as the reference', () => {
  const wrong = golden.data.cases
    .map(([input, want]) => ({ input, want, got: outcome(input) }))
    .filter(({ want, got }) => want[0] !== got[0] || want[1] !== got[1]);
  expect(wrong).toEqual([]);
});

/** The probe contexts of scripts/golden/idna_tables.py (PREFIXES), in order. */
const PREFIXES = ['q', '', '\u05d0', '\u0915\u094d'];

/** ASCII form of an already-mapped, valid host: punycode for the non-ASCII labels. */
function plainAscii(host: string): string {
  return host
    .normalize('NFC')
    .split('.')
    .map((label) => (/^[\u0000-\u007f]*$/.test(label) ? label : 'xn--' + punycodeEncode([...label].map((ch) => ch.codePointAt(0)!))))
    .join('.');
}

test('every code point in the probe contexts: the reference mapping (sampled in each run)', () => {
  const wrong: Array<{ cp: string; want: Status; got: Array<string | null> }> = [];
  for (const [start, end, status] of golden.data.table) {
    for (const cp of samplePoints(start, end, 4)) {
      const c = String.fromCodePoint(cp);
      const got = PREFIXES.map((p) => domainToAsciiLikeReference(p + c));
      const first = got.findIndex((h) => h !== null);
      let ok: boolean;
      if (status === 'd') ok = first < 0;
      else if (status === 'i') ok = got[0] === 'q';
      else {
        const text = status === 'v' ? c : status[1];
        ok = first >= 0 && got[first] === plainAscii(PREFIXES[first] + text);
      }
      if (!ok) wrong.push({ cp: cp.toString(16), want: status, got });
    }
  }
  expect(wrong.slice(0, 20)).toEqual([]);
});

test('the generated joining tables are the corpus', () => {
  const flat = (rs: ReadonlyArray<readonly [number, number]>): number[] => rs.flatMap(([a, b]) => [a, b]);
  expect(JOINS_LEFT).toEqual(flat(golden.data.joining.left_or_dual));
  expect(JOINS_RIGHT).toEqual(flat(golden.data.joining.right_or_dual));
  expect(JOIN_TRANSPARENT).toEqual(flat(golden.data.joining.transparent));
});

describe('punycode', () => {
  const cps = (s: string): number[] => [...s].map((c) => c.codePointAt(0)!);
  test.each([
    ['münchen', 'mnchen-3ya'],
    ['ß', 'zca'],
    ['😀', 'e28h'],
    ['中文', 'fiq228c'],
    ['abc', 'abc-'],
  ])('%s ⇄ %s', (text, code) => {
    expect(punycodeEncode(cps(text))).toBe(code);
    expect(punycodeDecode(code)).toEqual(cps(text));
  });
  test('malformed input is refused', () => {
    for (const bad of ['ü', 'a-ü', '9999999999', '!', 'a-!']) expect(punycodeDecode(bad)).toBeNull();
  });
});

describe('punycode laws', () => {
  test('decode(encode(x)) = x for any code points (no surrogates)', () => {
    const cp = fc.oneof(
      fc.integer({ min: 0x20, max: 0x7e }),
      fc.integer({ min: 0x80, max: 0x2fff }),
      fc.integer({ min: 0xe000, max: 0x10ffff }),
    );
    fc.assert(
      fc.property(fc.array(cp, { maxLength: 60 }), (cps) => {
        expect(punycodeDecode(punycodeEncode(cps))).toEqual(cps);
      }),
      { numRuns: 500 },
    );
  });
});

test('urlFailureReason gives the reason parseHttpUrl reports, international hosts included', () => {
  for (const [input, want] of golden.data.cases) {
    if (want[0] !== 'url_parsing') continue;
    expect(`Input should be a valid URL, ${urlFailureReason(input)}`).toBe(want[1]);
  }
});
