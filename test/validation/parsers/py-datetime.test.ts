/**
 * ENVELOPE.md §2.7 (every row of the §2.7.3 table, the §2.7.4 quirks, the §2.7.5 error
 * selection and diagnostics, §2.7.7 JS Date) and CONVENTIONS.md §4.4 (isoText / jsonTs).
 * Rows marked only ✗ in the contract are asserted with the type and message that the
 * contract's §2.7.5 procedure yields for them.
 */
import { PyDateTime, isoText, jsonTs, parsePyDateTime } from '../../../src/validation/parsers';
import { expectFail, expectOk } from './helpers';

const B = '2026-01-26T10:00:00';

const STEP9 = 'unexpected extra characters at the end of the input';
const SHORT = 'input is too short';
const YEAR_CHAR = 'invalid character in year';
const MONTH_CHAR = 'invalid character in month';
const SEP = 'invalid date separator, expected `-`';
const MONTH_RANGE = 'month value is outside expected range of 1-12';
const DAY_RANGE = 'day value is outside expected range';
const AFTER = 'dates after 9999 are not supported as unix timestamps';
const BEFORE = 'dates before 0000 are not supported as unix timestamps';
const YEAR0 = 'year 0 is out of range';

function ts(input: unknown): string {
  return expectOk(parsePyDateTime(input)).jsonTs();
}

function expectDiag(input: unknown, detail: string): void {
  expectFail(parsePyDateTime(input), 'datetime_from_date_parsing', `Input should be a valid datetime or date, ${detail}`, {
    error: detail,
  });
}

function expectParsing(input: unknown, detail: string): void {
  expectFail(parsePyDateTime(input), 'datetime_parsing', `Input should be a valid datetime, ${detail}`, {
    error: detail,
  });
}

describe('§2.7.3 accepted strings → jsonTs', () => {
  test.each<[string, string]>([
    [`${B}Z`, `${B}Z`],
    [`${B}+00:00`, `${B}Z`],
    [`${B}+0000`, `${B}Z`],
    [`${B}-00:00`, `${B}Z`],
    [`${B}-0000`, `${B}Z`],
    [`${B}z`, `${B}Z`],
    ['2026-01-26t10:00:00z', `${B}Z`],
    [`${B}+05:30`, `${B}+05:30`],
    [`${B}+0530`, `${B}+05:30`],
    [`${B}-05:30`, `${B}-05:30`],
    [`${B}+23:59`, `${B}+23:59`],
    [`${B}-23:59`, `${B}-23:59`],
    [`${B}+14:00`, `${B}+14:00`],
    [`${B}+00:30`, `${B}+00:30`],
    [B, B],
    ['2026-01-26 10:00:00', B],
    ['2026-01-26_10:00:00', B],
    ['2026-01-26 10:00:00Z', `${B}Z`],
    ['2026-01-26T10:00', B],
    ['2026-01-26t10:00', B],
    ['2026-01-26 10:00', B],
    ['2026-01-26T10:00Z', `${B}Z`],
    ['2026-01-26T10:00+05:30', `${B}+05:30`],
    ['2026-01-26', '2026-01-26T00:00:00'],
    [`${B}.1Z`, `${B}.100000Z`],
    [`${B}.123456Z`, `${B}.123456Z`],
    [`${B}.1234567Z`, `${B}.123456Z`],
    [`${B}.1234565Z`, `${B}.123456Z`],
    [`${B}.123456789123Z`, `${B}.123456Z`],
    [`${B}.9999999Z`, `${B}.999999Z`],
    [`${B}.0000009Z`, `${B}Z`],
    [`${B}.000Z`, `${B}Z`],
    [`${B}.000000Z`, `${B}Z`],
    [`${B},5Z`, `${B}.500000Z`],
    [`${B},123456789-01:00`, `${B}.123456-01:00`],
    ['2024-02-29T10:00:00', '2024-02-29T10:00:00'],
    ['2000-02-29', '2000-02-29T00:00:00'],
    ['0001-01-01T00:00:00Z', '0001-01-01T00:00:00Z'],
    ['0001-01-01T00:00:00+01:00', '0001-01-01T00:00:00+01:00'],
    ['9999-12-31T23:59:59Z', '9999-12-31T23:59:59Z'],
    ['9999-12-31T23:59:59-01:00', '9999-12-31T23:59:59-01:00'],
    ['1600-01-01T00:00:00', '1600-01-01T00:00:00'],
  ])('%j → %s', (input, expected) => {
    expect(ts(input)).toBe(expected);
  });

  test('the offset is kept, not converted to UTC', () => {
    const v = expectOk(parsePyDateTime(`${B}-05:30`));
    expect([v.hour, v.minute, v.offsetMinutes]).toEqual([10, 0, -330]);
    expect(expectOk(parsePyDateTime(B)).offsetMinutes).toBeNull();
    expect(expectOk(parsePyDateTime(`${B}-00:00`)).offsetMinutes).toBe(0);
  });
});

describe('§2.7.3 rejected strings (diagnostic of §2.7.5)', () => {
  test.each<[string, string]>([
    [`${B}+05`, STEP9],
    [`${B}+00`, STEP9],
    [`${B}+0`, STEP9],
    [`${B}+05:3`, STEP9],
    [`${B}+24:00`, STEP9],
    [`${B}+99:00`, STEP9],
    [`${B}+05:60`, STEP9],
    [`${B}+05:30:15`, STEP9],
    [`${B}+05:30Z`, STEP9],
    [`${B}Zabc`, STEP9],
    [`${B} Z`, STEP9],
    [`${B} +01:00`, STEP9],
    [`${B}UTC`, STEP9],
    [`${B}GMT`, STEP9],
    ['2026-01-26T10', STEP9],
    ['2026-01-26T1000', STEP9],
    ['2026-01-26T1:00:00Z', STEP9],
    ['2026-01-26T10:00:5', STEP9],
    ['2026-1-26T10:00:00Z', MONTH_CHAR],
    ['2026-01-26Z', STEP9],
    ['2026-01-26 ', STEP9],
    ['2026-01-26T', STEP9],
    [`${B}.Z`, STEP9],
    [`${B}.`, STEP9],
    [`${B}.+01:00`, STEP9],
    ['2026-02-29T10:00:00', DAY_RANGE],
    ['1900-02-29', DAY_RANGE],
    ['2026-02-30T10:00:00', DAY_RANGE],
    ['2026-04-31', DAY_RANGE],
    ['2026-01-32T10:00:00', DAY_RANGE],
    ['2026-01-00', DAY_RANGE],
    ['2026-13-01T10:00:00', MONTH_RANGE],
    ['2026-00-10', MONTH_RANGE],
    ['2026-01-26T24:00:00Z', STEP9],
    ['2026-01-26T25:00:00', STEP9],
    ['2026-01-26T23:60:00Z', STEP9],
    ['2026-01-26T09:60:00', STEP9],
    ['2026-01-26T23:59:60Z', STEP9],
    ['10000-01-01T00:00:00Z', SEP],
    ['+2026-01-26T10:00:00Z', YEAR_CHAR],
    ['26-01-26T10:00:00Z', YEAR_CHAR],
    [' 2026-01-26T10:00:00Z', YEAR_CHAR],
    ['2026-01-26T10:00:00Z ', STEP9],
    ['20260126T100000Z', SEP],
    ['2026-W05-1T10:00:00Z', MONTH_CHAR],
    ['2026-026T10:00:00Z', SEP],
    ['2026/01/26', SEP],
    ['Mon, 26 Jan 2026 10:00:00 GMT', YEAR_CHAR],
    ['', SHORT],
    ['true', SHORT],
  ])('%j → %s', (input, detail) => {
    expectDiag(input, detail);
  });

  test.each(['0000-01-01T00:00:00Z', '0000-01-01'])('%j → year 0 (datetime_parsing)', (input) => {
    expectParsing(input, YEAR0);
  });
});

describe('§2.7.3 numeric strings', () => {
  test.each<[string, string]>([
    ['1700000000', '2023-11-14T22:13:20Z'],
    ['1700000000.5', '2023-11-14T22:13:20.500000Z'],
    ['1700000000000', '2023-11-14T22:13:20Z'],
    ['0', '1970-01-01T00:00:00Z'],
    ['-0', '1970-01-01T00:00:00Z'],
    ['00', '1970-01-01T00:00:00Z'],
    ['+0', '1970-01-01T00:00:00Z'],
    ['-1', '1969-12-31T23:59:59Z'],
    ['5', '1970-01-01T00:00:05Z'],
    ['12', '1970-01-01T00:00:12Z'],
    ['2026', '1970-01-01T00:33:46Z'],
    ['202601', '1970-01-03T08:16:41Z'],
    // ✓ in the table; values follow the decimal-form rule of §2.7.4.
    ['1.7e9', '2023-11-14T22:13:20Z'],
    ['1.7E9', '2023-11-14T22:13:20Z'],
    ['1.7e+9', '2023-11-14T22:13:20Z'],
    ['1.0e3', '1970-01-01T00:16:40Z'],
    ['1.5E+2', '1970-01-01T00:02:30Z'],
    ['1.', '1970-01-01T00:00:01Z'],
    ['1.5', '1970-01-01T00:00:01.500000Z'],
    ['.5', '1970-01-01T00:00:00.500000Z'],
    ['+.5', '1970-01-01T00:00:00.500000Z'],
    ['-.5e1', '1969-12-31T23:59:55Z'],
    ['-1.5', '1969-12-31T23:59:58.500000Z'],
  ])('%j → %s', (input, expected) => {
    expect(ts(input)).toBe(expected);
  });

  test.each<[string, string]>([
    ['1e3', SHORT],
    ['1e9', SHORT],
    ['10e3', SHORT],
    ['1700000000e0', SEP],
    ['1_000', SHORT],
    ['1,5', SHORT],
    ['1e', SHORT],
    ['1.5e', SHORT],
    ['.', SHORT],
    ['NaN', SHORT],
    ['inf', SHORT],
    ['0x10', SHORT],
    [' 1700000000', YEAR_CHAR],
    ['1700000000 ', SEP],
    [' 1.5', SHORT],
    ['1.5.5', SHORT],
  ])('%j → ✗ %s', (input, detail) => {
    expectDiag(input, detail);
  });
});

describe('§2.7.3 JSON numbers', () => {
  test.each<[number, string]>([
    [1700000000, '2023-11-14T22:13:20Z'],
    [1700000000.5, '2023-11-14T22:13:20.500000Z'],
    [1700000000.1234567, '2023-11-14T22:13:20.123457Z'],
    [1700000000000, '2023-11-14T22:13:20Z'],
    [20000000000, '2603-10-11T11:33:20Z'],
    [20000000001, '1970-08-20T11:33:20.001000Z'],
    [-20000000001, '1969-05-14T12:26:39.999000Z'],
    [253402300799999, '9999-12-31T23:59:59.999000Z'],
    [-62135596800000, '0001-01-01T00:00:00Z'],
  ])('%p → %s', (input, expected) => {
    expect(ts(input)).toBe(expected);
  });

  test.each<[number, string]>([
    [253402300800000, AFTER],
    [1e16, AFTER],
    [1e20, AFTER],
    [-62135596800001, YEAR0],
    [-62167219200000, YEAR0],
    [-62167219200001, BEFORE],
    [-1e20, BEFORE],
  ])('%p → datetime_parsing %s', (input, detail) => {
    expectParsing(input, detail);
  });

  test.each<[string, unknown]>([
    ['true', true],
    ['false', false],
    ['null', null],
    ['[]', []],
    ['{}', {}],
  ])('%s → datetime_type', (_label, input) => {
    expectFail(parsePyDateTime(input), 'datetime_type', 'Input should be a valid datetime');
  });
});

describe('§2.7.4 numeric quirks', () => {
  test.each<[number, string]>([
    [-0.25, '1969-12-31T23:59:59.250000Z'],
    [-184079153.3818569, '1964-03-02T10:54:06.381857Z'],
    [141644748119733.06, '6458-07-17T19:21:59.733063Z'],
    [20000000000.5, '2603-10-11T11:33:20.000500Z'],
    [-0, '1970-01-01T00:00:00Z'],
  ])('number %p → %s', (input, expected) => {
    expect(ts(input)).toBe(expected);
  });

  test('141644748119733.06 agrees with Date for the whole seconds (cross-check)', () => {
    expect(new Date(141644748119000).toISOString()).toBe('6458-07-17T19:21:59.000Z');
  });

  test.each<[string, string]>([
    ['253402300800000.0', '1978-01-11T21:31:40.800000Z'],
    ['1700000000000000.0', '2023-11-14T22:13:20Z'],
    ['100000000000000000.0', '5138-11-16T09:46:40Z'],
    ['20000000000.5', '1970-08-20T11:33:20.000500Z'],
    ['1700000000000.5', '2023-11-14T22:13:20.000500Z'],
    ['-0.0', '1970-01-01T00:00:00Z'],
  ])('decimal string %j → %s (scaled twice)', (input, expected) => {
    expect(ts(input)).toBe(expected);
  });

  test.each<[string, string]>([
    ['9223372036854775808', SEP],
    ['-9223372036854775809', YEAR_CHAR],
  ])('19-digit string outside int64 %j is not numeric → %s', (input, detail) => {
    expectDiag(input, detail);
  });

  test('19-digit strings inside int64 are numeric (out of range → range message)', () => {
    expectDiag('9223372036854775807', AFTER);
    expectDiag('-9223372036854775807', BEFORE);
  });

  test('-2^63 is not numeric: the reference reads the magnitude as an i64 first (issue 9 item 19)', () => {
    expectDiag('-9223372036854775808', 'invalid character in year');
  });

  test.each<[string, string, string]>([
    ['253402300800000', 'datetime_from_date_parsing', AFTER],
    ['-62167219200001', 'datetime_from_date_parsing', BEFORE],
    ['-62135596800001', 'datetime_parsing', YEAR0],
    ['-62167219200000', 'datetime_parsing', YEAR0],
  ])('integer-form string %j out of range → %s %s', (input, type, detail) => {
    const prefix = type === 'datetime_parsing' ? 'Input should be a valid datetime' : 'Input should be a valid datetime or date';
    expectFail(parsePyDateTime(input), type, `${prefix}, ${detail}`, { error: detail });
  });

  test('decimal-form string out of range → diagnostic, never the range message', () => {
    expectDiag('1700000000000000000.0', SEP);
    expectDiag('1.0e300', SHORT);
    expectDiag('253402300800000000.0', SEP);
  });

  test('decimal-form string landing in year 0 → datetime_parsing year 0', () => {
    // Scaled twice: -62150000000000000.0 / 1000 = -62150000000000 (ms) → -62150000000 s.
    expectParsing('-62150000000000000.0', YEAR0);
    // Below year 0 it is the diagnostic instead (the '-' is not a year digit).
    expectDiag('-62200000000000000.0', YEAR_CHAR);
  });

  test('non-finite JS numbers', () => {
    expectParsing(Number.NaN, 'NaN values not permitted');
    expectParsing(Infinity, AFTER);
    expectParsing(-Infinity, BEFORE);
  });

  test('bigint timestamps', () => {
    expect(ts(1700000000n)).toBe('2023-11-14T22:13:20Z');
    expectParsing(10n ** 30n, AFTER);
    expectParsing(-(10n ** 30n), BEFORE);
  });
});

describe('§2.7.5 error selection', () => {
  test.each<[string, string]>([
    ['abc', SHORT],
    ['1e3', SHORT],
    ['ééééé', YEAR_CHAR],
    ['20260126T100000Z', SEP],
    ['1700000000 ', SEP],
    ['1700000000000000000.0', SEP],
    ['2026-13-32', MONTH_RANGE],
    ['2026-02-30T10:00:00', DAY_RANGE],
    ['2026-01-26X10:00:00', STEP9],
    ['é026-01-26', YEAR_CHAR],
    ['2026é01-26', SEP],
    ['2026-0é-26', MONTH_CHAR],
    ['2026-01é26', SEP],
    ['2026-01-2é', 'invalid character in day'],
    ['2026-01-é', 'invalid character in day'],
    ['😀😀😀', YEAR_CHAR],
  ])('%j → %s', (input, detail) => {
    expectDiag(input, detail);
  });

  test('bytes, not UTF-16 units, decide "too short"', () => {
    // 4 chars, 8 UTF-8 bytes → too short; 5 chars, 10 bytes → year step.
    expectDiag('éééé', SHORT);
    expectDiag('ééééé', YEAR_CHAR);
  });

  test.each(['\udc00', `${B}\ud800`, '2026-01-26T10:00:00Z\udfff', '\ud83d'])('lone surrogate %j → string_unicode', (s) => {
    expectFail(
      parsePyDateTime(s),
      'string_unicode',
      'Input should be a valid string, unable to parse raw data as a unicode string',
    );
  });

  test('a proper surrogate pair is not string_unicode', () => {
    expectDiag('2026-01-26T10:00:00😀', STEP9);
  });
});

describe('§2.7.7 JS Date and PyDateTime inputs', () => {
  test('a Date is aware UTC with millisecond precision', () => {
    expect(ts(new Date('2026-01-26T10:00:00.123Z'))).toBe('2026-01-26T10:00:00.123000Z');
    expect(PyDateTime.fromDate(new Date(0)).jsonTs()).toBe('1970-01-01T00:00:00Z');
    expect(PyDateTime.fromDate(new Date(-1)).jsonTs()).toBe('1969-12-31T23:59:59.999000Z');
  });

  test('an invalid Date is not a datetime; fromDate throws RangeError', () => {
    expectFail(parsePyDateTime(new Date(Number.NaN)), 'datetime_type', 'Input should be a valid datetime');
    expect(() => PyDateTime.fromDate(new Date(Number.NaN))).toThrow(RangeError);
  });

  test('a Date outside years 1..9999', () => {
    expectParsing(new Date(Date.UTC(10000, 0, 1)), AFTER);
    expectParsing(new Date(-62167219200001), BEFORE);
    expect(() => PyDateTime.fromDate(new Date(Date.UTC(10000, 0, 1)))).toThrow(RangeError);
    expect(ts(new Date(253402300799999))).toBe('9999-12-31T23:59:59.999000Z');
    expect(ts(new Date(-62135596800000))).toBe('0001-01-01T00:00:00Z');
    expectParsing(new Date(-62135596800001), YEAR0);
  });

  test('a PyDateTime is returned as is', () => {
    const v = new PyDateTime(2026, 1, 26, 10, 0, 0, 5, 60);
    expect(expectOk(parsePyDateTime(v))).toBe(v);
  });
});

describe('CONVENTIONS §4.4 isoText / jsonTs', () => {
  test.each<[string, string, string]>([
    [`${B}Z`, '2026-01-26T10:00:00+00:00', '2026-01-26T10:00:00Z'],
    [`${B}+00:00`, '2026-01-26T10:00:00+00:00', '2026-01-26T10:00:00Z'],
    [`${B}+0000`, '2026-01-26T10:00:00+00:00', '2026-01-26T10:00:00Z'],
    [`${B}-00:00`, '2026-01-26T10:00:00+00:00', '2026-01-26T10:00:00Z'],
    [`${B}.100Z`, '2026-01-26T10:00:00.100000+00:00', '2026-01-26T10:00:00.100000Z'],
    [`${B}.123Z`, '2026-01-26T10:00:00.123000+00:00', '2026-01-26T10:00:00.123000Z'],
    [`${B}.000000Z`, '2026-01-26T10:00:00+00:00', '2026-01-26T10:00:00Z'],
    [`${B}.5-05:30`, '2026-01-26T10:00:00.500000-05:30', '2026-01-26T10:00:00.500000-05:30'],
    [`${B}.123+05:30`, '2026-01-26T10:00:00.123000+05:30', '2026-01-26T10:00:00.123000+05:30'],
    [`${B}-00:30`, '2026-01-26T10:00:00-00:30', '2026-01-26T10:00:00-00:30'],
    [B, '2026-01-26T10:00:00', '2026-01-26T10:00:00'],
    [`${B}.000001`, '2026-01-26T10:00:00.000001', '2026-01-26T10:00:00.000001'],
    ['2026-01-26', '2026-01-26T00:00:00', '2026-01-26T00:00:00'],
    ['1700000000.5', '2023-11-14T22:13:20.500000+00:00', '2023-11-14T22:13:20.500000Z'],
    ['0001-01-01T00:00:00Z', '0001-01-01T00:00:00+00:00', '0001-01-01T00:00:00Z'],
  ])('%j → isoText %s, jsonTs %s', (input, iso, json) => {
    const v = expectOk(parsePyDateTime(input));
    expect(v.isoText()).toBe(iso);
    expect(isoText(v)).toBe(iso);
    expect(String(v)).toBe(iso);
    expect(v.jsonTs()).toBe(json);
    expect(jsonTs(v)).toBe(json);
    expect(JSON.stringify({ t: v })).toBe(`{"t":"${json}"}`);
  });

  test('years below 1000 are zero-padded', () => {
    expect(new PyDateTime(5, 3, 4).isoText()).toBe('0005-03-04T00:00:00');
    expect(new PyDateTime(987, 12, 31, 23, 59, 59, 999999, -1439).isoText()).toBe('0987-12-31T23:59:59.999999-23:59');
  });
});

describe('PyDateTime value semantics', () => {
  const p = (s: string): PyDateTime => expectOk(parsePyDateTime(s));

  test('aware values are equal when they denote the same instant', () => {
    expect(p('2026-01-26T10:00:00+01:00').equals(p('2026-01-26T09:00:00Z'))).toBe(true);
    expect(p('2026-01-26T00:30:00+01:00').equals(p('2026-01-25T23:30:00Z'))).toBe(true);
    expect(p('2026-01-26T10:00:00+01:00').equals(p('2026-01-26T10:00:00Z'))).toBe(false);
    expect(p('2026-01-26T10:00:00.000001Z').equals(p('2026-01-26T10:00:00Z'))).toBe(false);
  });

  test('naive vs aware are never equal; naive compare fields', () => {
    expect(p(B).equals(p(`${B}Z`))).toBe(false);
    expect(p(`${B}Z`).equals(p(B))).toBe(false);
    expect(p(B).equals(p('2026-01-26 10:00'))).toBe(true);
    expect(p(B).equals(p('2026-01-26T10:00:01'))).toBe(false);
    expect(p(B).equals(B)).toBe(false);
  });

  test('instances are immutable', () => {
    const v = p(`${B}Z`);
    expect(Object.isFrozen(v)).toBe(true);
    expect(() => {
      (v as unknown as { year: number }).year = 1999;
    }).toThrow(TypeError);
    expect(v.year).toBe(2026);
  });

  test('the constructor rejects out-of-range fields with RangeError', () => {
    expect(() => new PyDateTime(0, 1, 1)).toThrow(RangeError);
    expect(() => new PyDateTime(2026, 2, 29)).toThrow(RangeError);
    expect(() => new PyDateTime(2024, 2, 29)).not.toThrow();
    expect(() => new PyDateTime(2026, 1, 1, 24)).toThrow(RangeError);
    expect(() => new PyDateTime(2026, 1, 1, 0, 0, 0, 1000000)).toThrow(RangeError);
    expect(() => new PyDateTime(2026, 1, 1, 0, 0, 0, 0, 1440)).toThrow(RangeError);
    expect(() => new PyDateTime(2026, 1, 1, 0, 0, 0, 0.5)).toThrow(RangeError);
  });

  test('utcSeconds applies the offset', () => {
    expect(p('1970-01-01T01:00:00+01:00').utcSeconds()).toBe(0);
    expect(p('0001-01-01T00:00:00Z').utcSeconds()).toBe(-62135596800);
    expect(p('9999-12-31T23:59:59Z').utcSeconds()).toBe(253402300799);
  });
});
