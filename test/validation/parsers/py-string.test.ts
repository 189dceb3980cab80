/** ENVELOPE.md §2.3 (strings, code-point lengths) and §2.4 (the schema_version pattern). */
import { parsePyString } from '../../../src/validation/parsers';
import { expectFail, expectOk } from './helpers';

const ULID = { minLength: 26, maxLength: 26 };
const NONEMPTY = { minLength: 1 };
const SEMVER = {
  pattern: { regex: /^\p{Nd}+\.\p{Nd}+\.\p{Nd}+$/u, source: '^\\d+\\.\\d+\\.\\d+$' },
};
const STRING_UNICODE = [
  'string_unicode',
  'Input should be a valid string, unable to parse raw data as a unicode string',
] as const;

describe('§2.3 strings', () => {
  test.each(['x', ' ', '', 'é😀', '\u0000'])('unconstrained %j → unchanged', (s) => {
    expect(expectOk(parsePyString(s))).toBe(s);
  });

  test('whitespace counts toward the length; no trimming', () => {
    expect(expectOk(parsePyString(' ', NONEMPTY))).toBe(' ');
  });

  test('"" fails min_length 1 with the singular message', () => {
    expectFail(parsePyString('', NONEMPTY), 'string_too_short', 'String should have at least 1 character', {
      min_length: 1,
    });
  });

  test.each<[string, unknown]>([
    ['5', 5],
    ['5.0', 5.0],
    ['true', true],
    ['[]', []],
    ['{}', {}],
    ['null', null],
    ['undefined', undefined],
    ['bigint', 5n],
  ])('%s → string_type', (_label, input) => {
    expectFail(parsePyString(input, ULID), 'string_type', 'Input should be a valid string');
    expectFail(parsePyString(input), 'string_type', 'Input should be a valid string');
  });

  test.each(['\udc00', 'abc\ud800', '\udc00\ud800'])('lone surrogate %j: rejected when constrained, kept otherwise', (s) => {
    expectFail(parsePyString(s, NONEMPTY), ...STRING_UNICODE);
    expectFail(parsePyString(s, SEMVER), ...STRING_UNICODE);
    expect(expectOk(parsePyString(s))).toBe(s);
    expect(expectOk(parsePyString(s, { rejectLoneSurrogates: false, minLength: 1 }))).toBe(s);
    expectFail(parsePyString(s, { rejectLoneSurrogates: true }), ...STRING_UNICODE);
  });

  test('lone surrogate is checked before the length', () => {
    expectFail(parsePyString('\udc00', ULID), ...STRING_UNICODE);
  });

  test('with rejection off, a lone surrogate counts as one code point', () => {
    expectFail(parsePyString('\udc00', { minLength: 2, rejectLoneSurrogates: false }), 'string_too_short', 'String should have at least 2 characters', { min_length: 2 });
    expect(parsePyString('\udc00\udc00', { minLength: 2, maxLength: 2, rejectLoneSurrogates: false }).ok).toBe(true);
  });
});

describe('§2.3 length = code points (event_id, 26..26)', () => {
  test.each<[string, string, boolean]>([
    ['"A"×26', 'A'.repeat(26), true],
    ['"A"×25 + 😀', 'A'.repeat(25) + '😀', true],
    ['"A"×24 + 😀😀', 'A'.repeat(24) + '😀😀', true],
    ['"é"×26', 'é'.repeat(26), true],
    ['"e\\u0301"×13', 'e\u0301'.repeat(13), true],
    ['" "×26', ' '.repeat(26), true],
    ['"\\u0000"×26', '\u0000'.repeat(26), true],
  ])('%s ✓', (_label, s, _ok) => {
    expect(expectOk(parsePyString(s, ULID))).toBe(s);
  });

  test.each<[string, string]>([
    ['"A"×24 + 😀 (25 cp, 26 units)', 'A'.repeat(24) + '😀'],
    ['"A"×25', 'A'.repeat(25)],
    ['""', ''],
  ])('%s → string_too_short', (_label, s) => {
    expectFail(parsePyString(s, ULID), 'string_too_short', 'String should have at least 26 characters', {
      min_length: 26,
    });
  });

  test.each<[string, string]>([
    ['"A"×27', 'A'.repeat(27)],
    ['"😀"×27', '😀'.repeat(27)],
  ])('%s → string_too_long', (_label, s) => {
    expectFail(parsePyString(s, ULID), 'string_too_long', 'String should have at most 26 characters', {
      max_length: 26,
    });
  });

  test('"😀" as event_type (min 1) ✓', () => {
    expect(expectOk(parsePyString('😀', NONEMPTY))).toBe('😀');
  });

  test('max_length 1 uses the singular (pydantic-core plural rule)', () => {
    expectFail(parsePyString('ab', { maxLength: 1 }), 'string_too_long', 'String should have at most 1 character', {
      max_length: 1,
    });
  });

  test('min is checked before max, length before pattern', () => {
    expectFail(parsePyString('', { minLength: 1, maxLength: 0 }), 'string_too_short', 'String should have at least 1 character', { min_length: 1 });
    expectFail(parsePyString('x', { maxLength: 0, ...SEMVER }), 'string_too_long', 'String should have at most 0 characters', { max_length: 0 });
  });
});

describe('§2.4 schema_version pattern', () => {
  test.each(['1.0.0', '2.1.3', '01.002.3', '999999999999.0.0', '١.٠.٠', '１.０.０', '१.२.३', '𝟏.0.0', '\u{11F50}.0.0', '\u{116D0}.0.0'])(
    '%j ✓',
    (s) => {
      expect(expectOk(parsePyString(s, SEMVER))).toBe(s);
    },
  );

  test.each(['1.0', 'v1.0.0', '1.0.0-beta', '1.0.0.0', '1..0', 'not-a-semver', '', ' 1.0.0', '1.0.0 ', '1.0.0\n', '1.0.0\r\n', '1.0.0\u2028', '1.0.0\u0000'])(
    '%j → string_pattern_mismatch',
    (s) => {
      expectFail(parsePyString(s, SEMVER), 'string_pattern_mismatch', "String should match pattern '^\\d+\\.\\d+\\.\\d+$'", {
        pattern: '^\\d+\\.\\d+\\.\\d+$',
      });
    },
  );

  test('non-strings → string_type', () => {
    expectFail(parsePyString(1, SEMVER), 'string_type', 'Input should be a valid string');
    expectFail(parsePyString(null, SEMVER), 'string_type', 'Input should be a valid string');
  });

  test('a global regex is reset between calls', () => {
    const opts = { pattern: { regex: /^a+$/g, source: '^a+$' } };
    expect(parsePyString('aaa', opts).ok).toBe(true);
    expect(parsePyString('aaa', opts).ok).toBe(true);
  });
});
