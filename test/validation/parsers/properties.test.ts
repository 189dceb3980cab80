/**
 * Property tests: the parsers never throw and always return a well-formed outcome; datetime
 * renderings re-parse to an equal value; integer strings round-trip; string-grammar and UUID
 * oracles built from components agree with the parsers.
 */
import fc from 'fast-check';
import {
  PyDateTime,
  codePointLength,
  hasLoneSurrogate,
  parseChoice,
  parseHttpUrl,
  parseLaxBool,
  parseLaxInt,
  parseLiteralTrue,
  parsePyDateTime,
  parsePyString,
  parseStrictInt,
  parseUuid,
  utf8Length,
} from '../../../src/validation/parsers';
import type { ParseOutcome } from '../../../src/validation/violation';

const SEMVER = { regex: /^\p{Nd}+\.\p{Nd}+\.\p{Nd}+$/u, source: '^\\d+\\.\\d+\\.\\d+$' };

const PARSERS: ReadonlyArray<[string, (x: unknown) => ParseOutcome<unknown>]> = [
  ['parsePyDateTime', parsePyDateTime],
  ['parseLaxInt', (x) => parseLaxInt(x)],
  ['parseLaxInt ge/le', (x) => parseLaxInt(x, { ge: 0, le: 4 })],
  ['parseStrictInt', (x) => parseStrictInt(x, { gt: 0 })],
  ['parseLaxBool', parseLaxBool],
  ['parseLiteralTrue', parseLiteralTrue],
  ['parseUuid', parseUuid],
  ['parseHttpUrl', parseHttpUrl],
  ['parsePyString', (x) => parsePyString(x)],
  ['parsePyString constrained', (x) => parsePyString(x, { minLength: 26, maxLength: 26 })],
  ['parsePyString pattern', (x) => parsePyString(x, { minLength: 1, pattern: SEMVER })],
  ['parseChoice enum', (x) => parseChoice(x, ['worktree', 'direct_repo'], 'enum')],
  ['parseChoice literal', (x) => parseChoice(x, ['ci'], 'literal_error')],
];

function wellFormed(r: ParseOutcome<unknown>): boolean {
  if (r.ok) return true;
  return typeof r.type === 'string' && r.type.length > 0 && typeof r.msg === 'string' && r.msg.length > 0;
}

/** Any sequence of UTF-16 units, lone surrogates included. */
const utf16String = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 })
  .map((units) => String.fromCharCode(...units));

/** Strings near the interesting grammars: digits, separators, signs, exponents, hex. */
const grammarish = fc
  .array(
    fc.constantFrom(
      ...'0123456789-:.,+eEZzTt _xabf{}urn:uid/@[]%'.split(''),
      '2026-01-26',
      'T10:00:00',
      '12345678',
      '-1234',
      '\u00a0',
      '\udc00',
      '😀',
      'é',
      'https://',
    ),
    { maxLength: 20 },
  )
  .map((parts) => parts.join(''));

const anything = fc.anything({
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withBoxedValues: true,
  withTypedArray: true,
  withSparseArray: true,
  key: fc.oneof(fc.string(), fc.constant('__proto__'), fc.constant('constructor')),
});

describe('parsers never throw and return a well-formed outcome', () => {
  test.each(PARSERS)('%s on fc.anything()', (_name, parse) => {
    fc.assert(fc.property(anything, (x) => wellFormed(parse(x))), { numRuns: 400 });
  });

  test.each(PARSERS)('%s on fc.jsonValue()', (_name, parse) => {
    fc.assert(fc.property(fc.jsonValue(), (x) => wellFormed(parse(x))), { numRuns: 400 });
  });

  test.each(PARSERS)('%s on arbitrary strings', (_name, parse) => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), utf16String, grammarish), (x) => wellFormed(parse(x))),
      { numRuns: 600 },
    );
  });

  test.each(PARSERS)('%s on special values', (_name, parse) => {
    const proxy = new Proxy(
      {},
      {
        getPrototypeOf() {
          throw new Error('trap');
        },
        get() {
          throw new Error('trap');
        },
      },
    );
    const protoKey = JSON.parse('{"__proto__": 1}') as unknown;
    for (const x of [Symbol('s'), () => 0, proxy, protoKey, Object.create(null), NaN, -0, Infinity, 10n ** 400n, new Date(NaN)]) {
      expect(wellFormed(parse(x))).toBe(true);
    }
  });

  test.each(PARSERS)('%s on a 2 MB string', (_name, parse) => {
    for (const big of ['9'.repeat(2_000_000), '2026-01-26T10:00:00' + '0'.repeat(2_000_000), ' '.repeat(2_000_000) + '\ud800']) {
      expect(wellFormed(parse(big))).toBe(true);
    }
  });
});

const offsetArb = fc.option(fc.integer({ min: -1439, max: 1439 }), { nil: null });

const pyDateTimeArb = fc
  .record({
    year: fc.integer({ min: 1, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 59 }),
    microsecond: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 999999 })),
    offset: offsetArb,
  })
  .map(({ year, month, day, hour, minute, second, microsecond, offset }) => {
    const dim = new Date(Date.UTC(2000, month, 0)).getUTCDate(); // leap-year February: 29
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const maxDay = month === 2 && !leap ? 28 : dim;
    return new PyDateTime(year, month, Math.min(day, maxDay), hour, minute, second, microsecond, offset);
  });

describe('datetime round trips', () => {
  test('jsonTs of any value re-parses to an equal value with identical fields', () => {
    fc.assert(
      fc.property(pyDateTimeArb, (v) => {
        const r = parsePyDateTime(v.jsonTs());
        if (!r.ok) return false;
        return (
          r.value.equals(v) &&
          r.value.jsonTs() === v.jsonTs() &&
          r.value.isoText() === v.isoText() &&
          r.value.offsetMinutes === v.offsetMinutes
        );
      }),
      { numRuns: 2000 },
    );
  });

  test('isoText also re-parses to an equal value', () => {
    fc.assert(
      fc.property(pyDateTimeArb, (v) => {
        const r = parsePyDateTime(v.isoText());
        return r.ok && r.value.equals(v) && r.value.isoText() === v.isoText();
      }),
      { numRuns: 1000 },
    );
  });

  test('jsonTs of a parsed numeric timestamp re-parses to an equal value', () => {
    fc.assert(
      fc.property(fc.double({ min: -62135596800, max: 253402300799, noNaN: true }), (x) => {
        const r = parsePyDateTime(x);
        if (!r.ok) return false;
        const again = parsePyDateTime(r.value.jsonTs());
        return again.ok && again.value.equals(r.value) && again.value.jsonTs() === r.value.jsonTs();
      }),
      { numRuns: 1000 },
    );
  });

  test('integer seconds agree with Date (ms precision cross-check)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -62135596800, max: 253402300799 }), (s) => {
        if (Math.abs(s) > 2e10) return true; // milliseconds there
        const r = parsePyDateTime(s);
        const iso = new Date(s * 1000).toISOString().replace('.000Z', 'Z');
        return r.ok && r.value.jsonTs() === iso;
      }),
      { numRuns: 1000 },
    );
  });

  test('integer milliseconds agree with Date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 20000000001, max: 253402300799999 }), fc.boolean(), (ms, neg) => {
        const v = neg ? -ms : ms;
        if (v < -62135596800000) return true;
        const r = parsePyDateTime(v);
        const d = new Date(v);
        const frac = d.getUTCMilliseconds();
        const expected = d.toISOString().replace(/\.\d{3}Z$/, frac === 0 ? 'Z' : `.${String(frac).padStart(3, '0')}000Z`);
        return r.ok && r.value.jsonTs() === expected;
      }),
      { numRuns: 1000 },
    );
  });

  test('strings assembled from grammar components parse to those components', () => {
    const two = (n: number): string => String(n).padStart(2, '0');
    fc.assert(
      fc.property(
        pyDateTimeArb,
        fc.constantFrom('T', 't', ' ', '_'),
        fc.boolean(),
        fc.constantFrom('.', ','),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom('Z', 'z', '+00:00', '-00:00', '+0000'),
        fc.boolean(),
        (v, sep, colonTz, dot, extraDigits, utc, withSeconds) => {
          const date = `${String(v.year).padStart(4, '0')}-${two(v.month)}-${two(v.day)}`;
          let time = `${two(v.hour)}:${two(v.minute)}`;
          let micro = 0;
          if (withSeconds) {
            time += `:${two(v.second)}`;
            if (v.microsecond !== 0 || extraDigits > 0) {
              time += dot + String(v.microsecond).padStart(6, '0') + '7'.repeat(extraDigits);
              micro = v.microsecond;
            }
          }
          let tz = '';
          const off = v.offsetMinutes;
          if (off === 0) tz = utc;
          else if (off !== null) {
            const a = Math.abs(off);
            tz = (off < 0 ? '-' : '+') + two(Math.floor(a / 60)) + (colonTz ? ':' : '') + two(a % 60);
          }
          const r = parsePyDateTime(date + sep + time + tz);
          if (!r.ok) return false;
          const p = r.value;
          return (
            p.year === v.year &&
            p.month === v.month &&
            p.day === v.day &&
            p.hour === v.hour &&
            p.minute === v.minute &&
            p.second === (withSeconds ? v.second : 0) &&
            p.microsecond === micro &&
            p.offsetMinutes === v.offsetMinutes
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('rejected strings always carry a known datetime error type', () => {
    const types = new Set(['datetime_from_date_parsing', 'datetime_parsing', 'string_unicode']);
    fc.assert(
      fc.property(fc.oneof(grammarish, utf16String), (s) => {
        const r = parsePyDateTime(s);
        if (r.ok) return true;
        if (!types.has(r.type)) return false;
        if (r.type === 'string_unicode') return r.ctx === undefined;
        const error = r.ctx?.error;
        return typeof error === 'string' && r.msg.endsWith(`, ${error}`);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('integer round trips', () => {
  test('parseLaxInt(String(n)) === n for safe integers n ≥ 0', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (n) => {
        const r = parseLaxInt(String(n), { ge: 0 });
        return r.ok && r.value === n;
      }),
      { numRuns: 2000 },
    );
  });

  test('negative safe integers too (without bounds)', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        const r = parseLaxInt(String(n));
        return r.ok && r.value === n;
      }),
      { numRuns: 1000 },
    );
  });

  test('decorated integer strings (whitespace, +, leading zeros, single underscores, .000) read as n', () => {
    fc.assert(
      fc.property(
        fc.maxSafeNat(),
        fc.constantFrom('', ' ', '\t', '\u00a0', '\u3000', '\u0085'),
        fc.constantFrom('', '+'),
        fc.constantFrom('', '0', '00'),
        fc.constantFrom('', '.0', '.000'),
        fc.boolean(),
        (n, ws, plus, zeros, frac, underscore) => {
          let digits = String(n);
          if (underscore && digits.length > 1) digits = digits[0] + '_' + digits.slice(1);
          const s = ws + plus + zeros + digits + frac + ws;
          const r = parseLaxInt(s);
          return r.ok && r.value === n;
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('integral numbers with |x| < 2^63 are accepted as is', () => {
    fc.assert(
      fc.property(fc.double({ min: -9.2e18, max: 9.2e18, noNaN: true }), (x) => {
        const r = parseLaxInt(x);
        return Number.isInteger(x) ? r.ok && r.value === x + 0 : !r.ok && r.type === 'int_from_float';
      }),
      { numRuns: 1000 },
    );
  });
});

describe('UUID and string oracles', () => {
  test('every accepted shape of 16 random bytes gives the canonical lowercase text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), fc.boolean(), (bytes, upper) => {
        const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
        const canon = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
        const c = upper ? canon.toUpperCase() : canon;
        const h = upper ? hex.toUpperCase() : hex;
        return [c, h, `{${c}}`, `urn:uuid:${c}`].every((s) => {
          const r = parseUuid(s);
          return r.ok && r.value === canon;
        });
      }),
      { numRuns: 500 },
    );
  });

  test('codePointLength matches Array.from; utf8Length matches TextEncoder for well-formed text', () => {
    fc.assert(
      fc.property(fc.oneof(utf16String, fc.string({ unit: 'binary' })), (s) => {
        const wellFormedText = !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);
        return (
          codePointLength(s) === Array.from(s).length &&
          (!wellFormedText || utf8Length(s) === new TextEncoder().encode(s).length)
        );
      }),
      { numRuns: 1000 },
    );
  });

  test('parsePyString length checks agree with Array.from(s).length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), fc.integer({ min: 0, max: 30 }), (s, n) => {
        const r = parsePyString(s, { minLength: n });
        return r.ok === Array.from(s).length >= n;
      }),
      { numRuns: 1000 },
    );
  });
});

describe('boolean and URL oracles', () => {
  const TRUE_WORDS = new Set(['true', 't', 'yes', 'y', 'on', '1']);
  const FALSE_WORDS = new Set(['false', 'f', 'no', 'n', 'off', '0']);
  const asciiLower = (s: string): string => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const words = fc.constantFrom(...TRUE_WORDS, ...FALSE_WORDS, 'TRUE', 'oFf', 'tru', 'yess', 'K', 'ſ');

  test('lax bool strings: exactly the twelve words, ASCII case-insensitive', () => {
    fc.assert(
      fc.property(fc.oneof(words, fc.string({ maxLength: 6 }), utf16String), (s) => {
        const r = parseLaxBool(s);
        const w = asciiLower(s);
        if (TRUE_WORDS.has(w)) return r.ok && r.value === true;
        if (FALSE_WORDS.has(w)) return r.ok && r.value === false;
        return !r.ok && (r.type === 'bool_parsing' || r.type === 'string_unicode');
      }),
      { numRuns: 2000 },
    );
  });

  test('URL acceptance equals WHATWG parsing plus the scheme check', () => {
    const urlish = fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.tuple(fc.constantFrom('http://', 'https://', 'ftp://', 'HTTPS:', ''), grammarish).map(([a, b]) => a + b),
    );
    fc.assert(
      fc.property(urlish, (s) => {
        const r = parseHttpUrl(s);
        if (s === '') return !r.ok && r.type === 'url_parsing';
        if (hasLoneSurrogate(s)) return !r.ok && r.type === 'string_unicode';
        if (!URL.canParse(s)) return !r.ok && r.type === 'url_parsing';
        const u = new URL(s);
        if (u.protocol === 'http:' || u.protocol === 'https:') return r.ok && r.value === u.href;
        return !r.ok && r.type === 'url_scheme';
      }),
      { numRuns: 1000 },
    );
  });
});
