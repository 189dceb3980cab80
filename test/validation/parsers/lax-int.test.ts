/**
 * ENVELOPE.md §2.5 (every row of the integer table, the string procedure's quirks, bounds)
 * and STATUS_AND_GATES.md §14/§15 strict integers.
 */
import { cleanIntString, parseLaxInt, parseStrictInt } from '../../../src/validation/parsers';
import { expectFail, expectOk } from './helpers';

const INT_PARSING = ['int_parsing', 'Input should be a valid integer, unable to parse string as an integer'] as const;
const INT_SIZE = ['int_parsing_size', 'Unable to parse input string as an integer, exceeded maximum size'] as const;
const INT_FLOAT = ['int_from_float', 'Input should be a valid integer, got a number with a fractional part'] as const;
const INT_TYPE = ['int_type', 'Input should be a valid integer'] as const;

const LAMPORT = { ge: 0 };
const DATA_TIER = { ge: 0, le: 4 };

function value(input: unknown, bounds?: { ge?: number; le?: number }): number {
  return expectOk(parseLaxInt(input, bounds));
}

describe('§2.5 numbers and booleans', () => {
  test.each<[string, unknown, number]>([
    ['0', 0, 0],
    ['5', 5, 5],
    ['5.0', 5.0, 5],
    ['1e3', 1e3, 1000],
    ['-0.0', -0, 0],
    ['9.2e18', 9.2e18, 9200000000000000000],
    ['true', true, 1],
    ['false', false, 0],
  ])('%s → %p', (_label, input, expected) => {
    const v = value(input, LAMPORT);
    expect(v).toBe(expected);
    expect(Object.is(v, -0)).toBe(false);
  });

  test.each([5.5, 4.0000001, -0.5])('%p → int_from_float', (input) => {
    expectFail(parseLaxInt(input), ...INT_FLOAT);
  });

  test.each([9.3e18, 1e20, -9.3e18, 2 ** 63, -(2 ** 63)])('%p → int_parsing_size', (input) => {
    expectFail(parseLaxInt(input), ...INT_SIZE);
  });

  test.each<[string, unknown]>([
    ['null', null],
    ['[]', []],
    ['{}', {}],
    ['undefined', undefined],
    ['symbol', Symbol('x')],
    ['function', () => 1],
  ])('%s → int_type', (_label, input) => {
    expectFail(parseLaxInt(input), ...INT_TYPE);
  });

  test('non-finite numbers → finite_number (not reachable from JSON)', () => {
    expectFail(parseLaxInt(Number.NaN), 'finite_number', 'Input should be a finite number');
    expectFail(parseLaxInt(Infinity), 'finite_number', 'Input should be a finite number');
  });

  test('bigint is an arbitrary-precision Python int', () => {
    expect(value(4n, DATA_TIER)).toBe(4);
    expect(value(2n ** 70n)).toBe(2 ** 70);
    expectFail(parseLaxInt(2n ** 70n, DATA_TIER), 'less_than_equal', 'Input should be less than or equal to 4', { le: 4 });
    expectFail(parseLaxInt(-(2n ** 70n), LAMPORT), 'greater_than_equal', 'Input should be greater than or equal to 0', {
      ge: 0,
    });
  });
});

describe('§2.5 strings accepted', () => {
  test.each<[string, number]>([
    ['5', 5],
    [' 5 ', 5],
    ['+5', 5],
    ['05', 5],
    ['00', 0],
    ['-0', 0],
    ['+0', 0],
    ['5.0', 5],
    ['5.00', 5],
    ['+5.0', 5],
    ['05.0', 5],
    ['-0.0', 0],
    ['5_000', 5000],
    ['1_2_3', 123],
    ['5_0.0', 50],
    ['+5_0', 50],
    ['\t5\n', 5],
    ['\u00a05', 5],
    ['\u30005', 5],
    ['\u00855', 5],
    ['5.0\u00a0', 5],
    ['  +1_000.000  ', 1000],
    ['\u20285\u2029', 5],
    ['\u16805\u205f', 5],
    ['\u000b\u000c5\r', 5],
  ])('%j → %p', (input, expected) => {
    const v = value(input, LAMPORT);
    expect(v).toBe(expected);
    expect(Object.is(v, -0)).toBe(false);
  });

  test('data_tier accepts "3", 3.0, true', () => {
    expect(value('3', DATA_TIER)).toBe(3);
    expect(value(3.0, DATA_TIER)).toBe(3);
    expect(value(true, DATA_TIER)).toBe(1);
  });
});

describe('§2.5 strings rejected with int_parsing', () => {
  test.each([
    '5.5',
    '5.',
    '.5',
    '1e3',
    '5e0',
    '0x10',
    '0b101',
    '0o7',
    '5,000',
    '5__0',
    '_5',
    '5_',
    '5.0_0',
    '5.0.0',
    '',
    ' ',
    '+',
    '-',
    '+-5',
    '5 0',
    '٣',
    '５',
    '\ufeff5',
    '\u200b5',
    '\u180e5',
    '5\u0000',
    'high',
    '\u001c5',
    '-+5',
    '--5',
    '++5',
    '-',
    '0_',
  ])('%j', (input) => {
    expectFail(parseLaxInt(input, LAMPORT), ...INT_PARSING);
  });
});

describe('§2.5 bounds', () => {
  test.each<[string, unknown]>([
    ['"-1"', '-1'],
    ['"-5"', '-5'],
    ['"-0_1"', '-0_1'],
    ['-1', -1],
    ['-1.0', -1.0],
    ['"0-9"', '0-9'],
    ['"0-1_0"', '0-1_0'],
  ])('%s → greater_than_equal (lamport_clock and data_tier)', (_label, input) => {
    for (const bounds of [LAMPORT, DATA_TIER]) {
      expectFail(parseLaxInt(input, bounds), 'greater_than_equal', 'Input should be greater than or equal to 0', {
        ge: 0,
      });
    }
  });

  test.each<[string, unknown]>([
    ['5', 5],
    ['"5"', '5'],
    ['2**70 as bigint', 2n ** 70n],
    ['"111…1" (30 ones)', '1'.repeat(30)],
    ['"9"×30', '9'.repeat(30)],
  ])('data_tier %s → less_than_equal', (_label, input) => {
    expectFail(parseLaxInt(input, DATA_TIER), 'less_than_equal', 'Input should be less than or equal to 4', { le: 4 });
  });

  test('ge is checked before le', () => {
    expectFail(parseLaxInt(-1, { ge: 0, le: -5 }), 'greater_than_equal', 'Input should be greater than or equal to 0', {
      ge: 0,
    });
  });

  test('"9"×30 is a valid lamport_clock (exact BigInt check, lossy number)', () => {
    expect(value('9'.repeat(30), LAMPORT)).toBe(1e30);
  });
});

describe('§2.5 procedure quirks (step 3c)', () => {
  test.each<[string, number]>([
    ['0-9', -9],
    ['0-1_0', -10],
    ['0__0', 0],
    ['0__059', 59],
    ['00.0', 0],
    ['0_0.00', 0],
  ])('%j → %p', (input, expected) => {
    expect(value(input)).toBe(expected);
  });

  test('cleanIntString returns the literal text', () => {
    expect(cleanIntString('  +1_000.000  ')).toBe('1000');
    expect(cleanIntString('-0.0')).toBe('-0');
    expect(cleanIntString('0-9')).toBe('-9');
  });
});

describe('§2.5 size limits (steps 1–2 vs 3f)', () => {
  const n9 = '9'.repeat(4301);
  test.each<[string, string]>([
    ['"9"×4301', n9],
    ['"-"+"9"×4300', '-' + '9'.repeat(4300)],
    ['"9"×4301+".0"', n9 + '.0'],
    ['"9"×4301+"abc"', n9 + 'abc'],
  ])('%s → int_parsing_size', (_label, input) => {
    expectFail(parseLaxInt(input), ...INT_SIZE);
  });

  test.each<[string, string]>([
    ['"0"+"9"×4301', '0' + n9],
    ['" "+"9"×4301', ' ' + n9],
    ['"+"+"9"×4301', '+' + n9],
    ['"9_"×4300+"9"', '9_'.repeat(4300) + '9'],
  ])('%s → int_parsing', (_label, input) => {
    expectFail(parseLaxInt(input), ...INT_PARSING);
  });

  test('exactly 4300 characters is fine', () => {
    // Accepted (exact BigInt checks); the stored number overflows to Infinity (ENVELOPE §11.9).
    expect(value('9'.repeat(4300))).toBe(Infinity);
    expect(parseLaxInt('-' + '9'.repeat(4299)).ok).toBe(true);
  });

  test.each<[string, string, number]>([
    ['"99999999999999999999999999"', '99999999999999999999999999', 1e26],
    ['"0"×5000+"1"', '0'.repeat(5000) + '1', 1],
  ])('%s → accepted', (_label, input, expected) => {
    expect(value(input, LAMPORT)).toBe(expected);
  });
});

describe('§2.3 lone surrogates in integer strings', () => {
  test.each(['5\udc00', '\ud800', ' 5\ud800 '])('%j → string_unicode', (input) => {
    expectFail(
      parseLaxInt(input),
      'string_unicode',
      'Input should be a valid string, unable to parse raw data as a unicode string',
    );
  });
});

describe('STATUS_AND_GATES §14 strict integers', () => {
  const GT0 = { gt: 0 };
  test.each<[string, unknown, number]>([
    ['1', 1, 1],
    ['123456', 123456, 123456],
    ['12.0 (indistinguishable from 12 after JSON.parse)', 12.0, 12],
    ['bigint 2^64+5', 2n ** 64n + 5n, Number(2n ** 64n + 5n)],
  ])('%s → accepted', (_label, input, expected) => {
    expect(expectOk(parseStrictInt(input, GT0))).toBe(expected);
  });

  test.each<[string, unknown]>([
    ['"123"', '123'],
    ['"42"', '42'],
    ['true', true],
    ['false', false],
    ['1.5', 1.5],
    ['null', null],
    ['[]', []],
    ['[1]', [1]],
    ['{}', {}],
    ['NaN', Number.NaN],
    ['Infinity', Infinity],
  ])('%s → int_type', (_label, input) => {
    expectFail(parseStrictInt(input, GT0), ...INT_TYPE);
  });

  test.each<[string, unknown]>([
    ['0', 0],
    ['-1', -1],
    ['-0', -0],
    ['0n', 0n],
    ['-5n', -5n],
  ])('%s → greater_than', (_label, input) => {
    expectFail(parseStrictInt(input, GT0), 'greater_than', 'Input should be greater than 0', { gt: 0 });
  });

  test('without bounds any integer passes', () => {
    expect(expectOk(parseStrictInt(-3))).toBe(-3);
  });
});
