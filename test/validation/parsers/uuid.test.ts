/** ENVELOPE.md §2.8: accepted shapes, canonical output and every detail row. */
import { parseUuid } from '../../../src/validation/parsers';
import { expectFail, expectOk } from './helpers';

const CANON = '12345678-1234-5678-1234-567812345678';

describe('§2.8 accepted', () => {
  test.each<[string, string]>([
    ['12345678123456781234567812345678', CANON],
    [CANON, CANON],
    [`{${CANON}}`, CANON],
    [`urn:uuid:${CANON}`, CANON],
    ['00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0000-000000000000'],
    ['ffffffff-ffff-ffff-ffff-ffffffffffff', 'ffffffff-ffff-ffff-ffff-ffffffffffff'],
    ['a1b2c3d4-e5f6-7890-abcd-ef1234567890', 'a1b2c3d4-e5f6-7890-abcd-ef1234567890'],
    ['A1B2C3D4-E5F6-7890-ABCD-EF1234567890', 'a1b2c3d4-e5f6-7890-abcd-ef1234567890'],
    ['A1B2C3D4E5F67890ABCDEF1234567890', 'a1b2c3d4-e5f6-7890-abcd-ef1234567890'],
    ['{A1B2C3D4-E5F6-7890-ABCD-EF1234567890}', 'a1b2c3d4-e5f6-7890-abcd-ef1234567890'],
    ['urn:uuid:A1B2C3D4-E5F6-7890-ABCD-EF1234567890', 'a1b2c3d4-e5f6-7890-abcd-ef1234567890'],
  ])('%j → %s', (input, expected) => {
    expect(expectOk(parseUuid(input))).toBe(expected);
  });
});

describe('§2.8 non-strings → uuid_type', () => {
  test.each<[string, unknown]>([
    ['number', 5],
    ['bool', true],
    ['null', null],
    ['array', []],
    ['object', {}],
    ['bigint', 5n],
  ])('%s', (_label, input) => {
    expectFail(parseUuid(input), 'uuid_type', 'UUID input should be a string, bytes or UUID object');
  });
});

describe('§2.8 uuid_parsing details', () => {
  test.each<[string, string]>([
    ['not-a-uuid', 'invalid character: found `n` at 1'],
    ['', 'invalid length: expected length 32 for simple format, found 0'],
    ['1234567812345678123456781234567', 'invalid length: expected length 32 for simple format, found 31'],
    ['12345678-1234-5678-1234-56781234567', 'invalid group length in group 4: expected 12, found 11'],
    ['12345678-1234-5678-1234-5678123456789', 'invalid group length in group 4: expected 12, found 13'],
    ['{12345678-1234-5678-1234-5678123456789}', 'invalid group length in group 4: expected 12, found 15'],
    ['urn:uuid:12345678-1234-5678-1234-5678123456789', 'invalid group length in group 4: expected 12, found 22'],
    ['1234-5678-12345678-1234-567812345678', 'invalid group length in group 0: expected 8, found 4'],
    ['12345678-1234-5678-12345-67812345678', 'invalid group length in group 3: expected 4, found 5'],
    ['1234567812345678-1234-567812345678', 'invalid group count: expected 5, found 3'],
    ['{12345678123456781234567812345678}', 'invalid group count: expected 5, found 1'],
    ['{}', 'invalid group count: expected 5, found 1'],
    ['urn:uuid:', 'invalid group count: expected 5, found 1'],
    ['12345678-1234-5678-1234-5678-12345678', 'invalid group count: expected 5, found 6'],
    ['12345678_1234_5678_1234_567812345678', 'invalid character: found `_` at 9'],
    [' 12345678-1234-5678-1234-567812345678', 'invalid character: found ` ` at 1'],
    ['URN:UUID:12345678-1234-5678-1234-567812345678', 'invalid character: found `U` at 1'],
    ['urn:uuid:g', 'invalid character: found `g` at 10'],
    ['{12345678-1234-5678-1234-567812345678}}', 'invalid character: found `}` at 38'],
    ['é2345678-1234-5678-1234-567812345678', 'invalid character: found `é` at 1'],
    ['{12345678-1234-56 8-1234-567812345678}', 'invalid character: found ` ` at 17'],
    ['urn:uuid:12345678-1234-5678-1234-56g812345678', 'invalid character: found `g` at 27'],
    [`{${'1'.repeat(36)}}`, 'invalid length: expected length 32 for simple format, found 36'],
    ['{{12345678-1234-5678-1234-5678123456}}', 'invalid group length in group 4: expected 12, found 12'],
    // Further shapes the rule set of §2.8 implies.
    ['{12345678123456781234567812345678', 'invalid character: found `{` at 1'],
    [`${CANON} `, 'invalid character: found ` ` at 37'],
    [`{${'1'.repeat(32)}}`, 'invalid group count: expected 5, found 1'],
    ['urn:uuid:12345678123456781234567812345678', 'invalid group count: expected 5, found 1'],
    ['12345678-1234-5678-1234-5678123456😀', 'invalid character: found `😀` at 35'],
  ])('%j → %s', (input, detail) => {
    expectFail(parseUuid(input), 'uuid_parsing', `Input should be a valid UUID, ${detail}`, { error: detail });
  });

  test.each(['\udc00', `${CANON}\ud800`, '1234567\ud8001234-5678-1234-567812345678'])(
    'lone surrogate %j → string_unicode',
    (input) => {
      expectFail(
        parseUuid(input),
        'string_unicode',
        'Input should be a valid string, unable to parse raw data as a unicode string',
      );
    },
  );
});
