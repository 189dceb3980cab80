/**
 * ENVELOPE.md §2.6 / STATUS_AND_GATES.md §6 lax booleans and STATUS_AND_GATES.md §5
 * ForceMetadata.force (`Literal[True]`).
 */
import { parseLaxBool, parseLiteralTrue } from '../../../src/validation/parsers';
import { expectFail, expectOk } from './helpers';

const BOOL_PARSING = ['bool_parsing', 'Input should be a valid boolean, unable to interpret input'] as const;
const BOOL_TYPE = ['bool_type', 'Input should be a valid boolean'] as const;

describe('§2.6 accepted', () => {
  test.each<[string, unknown, boolean]>([
    ['true', true, true],
    ['1', 1, true],
    ['1.0', 1.0, true],
    ['"true"', 'true', true],
    ['"t"', 't', true],
    ['"yes"', 'yes', true],
    ['"y"', 'y', true],
    ['"on"', 'on', true],
    ['"1"', '1', true],
    ['"TRUE"', 'TRUE', true],
    ['"Yes"', 'Yes', true],
    ['"oN"', 'oN', true],
    ['"T"', 'T', true],
    ['"Y"', 'Y', true],
    ['false', false, false],
    ['0', 0, false],
    ['0.0', 0.0, false],
    ['-0.0', -0, false],
    ['"false"', 'false', false],
    ['"f"', 'f', false],
    ['"no"', 'no', false],
    ['"n"', 'n', false],
    ['"off"', 'off', false],
    ['"0"', '0', false],
    ['"FALSE"', 'FALSE', false],
    ['"Off"', 'Off', false],
    ['"nO"', 'nO', false],
    ['bigint 1n', 1n, true],
    ['bigint 0n', 0n, false],
  ])('%s → %p', (_label, input, expected) => {
    expect(expectOk(parseLaxBool(input))).toBe(expected);
  });
});

describe('§2.6 rejected', () => {
  test.each<[string, unknown]>([
    ['""', ''],
    ['" true"', ' true'],
    ['"true "', 'true '],
    ['"1.0"', '1.0'],
    ['"2"', '2'],
    ['"maybe"', 'maybe'],
    ['"truex"', 'truex'],
    ['"ﬁ" (non-ASCII)', 'ﬀ'],
    ['"İ"', 'İ'],
    ['"yes\\u0000"', 'yes\u0000'],
    ['2', 2],
    ['2.0', 2.0],
    ['-1', -1],
    ['9.2e18', 9.2e18],
    ['bigint 2n', 2n],
  ])('%s → bool_parsing', (_label, input) => {
    expectFail(parseLaxBool(input), ...BOOL_PARSING);
  });

  test.each<[string, unknown]>([
    ['1.5', 1.5],
    ['0.5', 0.5],
    ['9.3e18', 9.3e18],
    ['-9.3e18', -9.3e18],
    ['NaN', Number.NaN],
    ['Infinity', Infinity],
    ['null', null],
    ['[]', []],
    ['[true]', [true]],
    ['{}', {}],
    ['undefined', undefined],
    ['bigint 2^63', 2n ** 63n],
  ])('%s → bool_type', (_label, input) => {
    expectFail(parseLaxBool(input), ...BOOL_TYPE);
  });

  test.each(['\udc00', 'true\ud800', '\ud83d'])('lone surrogate %j → string_unicode', (input) => {
    expectFail(
      parseLaxBool(input),
      'string_unicode',
      'Input should be a valid string, unable to parse raw data as a unicode string',
    );
  });
});

describe('STATUS_AND_GATES §5 ForceMetadata.force literal True', () => {
  test.each<[string, unknown]>([
    ['true', true],
    ['1', 1],
    ['1.0', 1.0],
  ])('%s → true', (_label, input) => {
    expect(expectOk(parseLiteralTrue(input))).toBe(true);
  });

  test.each<[string, unknown]>([
    ['false', false],
    ['0', 0],
    ['null', null],
    ['"true"', 'true'],
    ['"True"', 'True'],
    ['"1"', '1'],
    ['"yes"', 'yes'],
    ['2', 2],
    ['1.5', 1.5],
    ['[]', []],
    ['{}', {}],
    ['lone surrogate "\\udc00"', '\udc00'],
  ])('%s → literal_error', (_label, input) => {
    expectFail(parseLiteralTrue(input), 'literal_error', 'Input should be True', { expected: 'True' });
  });
});
