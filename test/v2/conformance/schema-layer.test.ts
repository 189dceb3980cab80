/** The schema layer's pieces (§1.8, §2.6): the `\d` rewrite and the ajv error mapping. */
import fc from 'fast-check';
import type { ErrorObject } from 'ajv';
import { createSchemaAjv, mapSchemaErrors, schemaLayerOptions, unicodeDigitPattern } from '../../../src/schemas/schema-layer';

describe('unicodeDigitPattern', () => {
  it('rewrites \\d and \\D to the reference schema layer\'s digit class, leaving escaped backslashes and other escapes alone', () => {
    const digits = unicodeDigitPattern('\\d');
    expect(digits.startsWith('[\\u{30}-\\u{39}\\u{660}-\\u{669}')).toBe(true);
    const body = digits.slice(1, -1);
    expect(unicodeDigitPattern('^\\d+\\.\\d+\\.\\d+$')).toBe(`^${digits}+\\.${digits}+\\.${digits}+$`);
    expect(unicodeDigitPattern('[^\\d]\\D')).toBe(`[^${body}][^${body}]`);
    expect(unicodeDigitPattern('\\\\d')).toBe('\\\\d');
    expect(unicodeDigitPattern('\\.\\-')).toBe('\\.\\-');
    expect(unicodeDigitPattern('a\\')).toBe('a\\');
    expect(() => unicodeDigitPattern('\\w')).toThrow(RangeError);
  });

  it('gives ajv the reference reading of \\d', () => {
    const validate = createSchemaAjv().compile({ type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+$' });
    expect(['1.0.0', '\u0661.\u0660.\u0660', '\uFF11.0.0', '\u{1D7CF}.0.0', '01.002.3'].map((s) => validate(s))).toEqual([true, true, true, true, true]);
    expect(['\u00B2.0.0', '1.0', '1.0.0\n', 'v1.0.0'].map((s) => validate(s))).toEqual([false, false, false, false]);
  });
});

describe('schemaLayerOptions', () => {
  it('is the §1.8 configuration: all errors, verbose, no formats, no coercion/defaults/removal, own properties', () => {
    const options = schemaLayerOptions();
    expect(options).toMatchObject({ allErrors: true, verbose: true, validateFormats: false, strict: true, ownProperties: true });
    expect(options.coerceTypes).toBeUndefined();
    expect(options.useDefaults).toBeUndefined();
    expect(options.removeAdditional).toBeUndefined();
    const validate = createSchemaAjv().compile({ type: 'object', properties: { t: { type: 'string', format: 'date-time' }, n: { type: 'integer', default: 3 } } });
    const data = { t: 'not a date' };
    expect(validate(data)).toBe(true);
    expect(data).toEqual({ t: 'not a date' });
  });
});

describe('mapSchemaErrors', () => {
  it('maps paths through arrays and escaped pointer segments, sorted as strings', () => {
    const schema = {
      type: 'object',
      properties: { 'a/b': { type: 'array', items: { type: 'string' } }, 'c~d': { type: 'integer' } },
    };
    const validate = createSchemaAjv().compile(schema);
    const payload = { 'a/b': ['x', 1, 'y', 'z', 'w', 'v', 'u', 't', 's', 'r', 2], 'c~d': 'no' };
    expect(validate(payload)).toBe(false);
    const violations = mapSchemaErrors(validate.errors ?? [], payload);
    expect(violations.map((v) => v.jsonPath)).toEqual(['$.a/b[10]', '$.a/b[1]', '$.c~d']);
    expect(violations[0]!.schemaPath).toEqual(['properties', 'a/b', 'items', 'type']);
    expect(violations[2]!.schemaPath).toEqual(['properties', 'c~d', 'type']);
    expect(violations[2]!.message).toBe("'no' is not of type 'integer'");
  });

  it('keeps one anyOf violation and drops everything at or below its path', () => {
    const schema = {
      type: 'object',
      properties: {
        o: { anyOf: [{ type: 'object', required: ['k'], properties: { k: { anyOf: [{ type: 'string' }, { type: 'null' }] } } }, { type: 'null' }] },
      },
    };
    const validate = createSchemaAjv().compile(schema);
    const payload = { o: { k: 5 } };
    expect(validate(payload)).toBe(false);
    expect(validate.errors!.length).toBeGreaterThan(1);
    const violations = mapSchemaErrors(validate.errors ?? [], payload);
    expect(violations.map((v) => `${v.jsonPath} ${v.validator}`)).toEqual(['$.o anyOf']);
    expect(Object.isFrozen(violations)).toBe(true);
  });

  it('hides exactly the errors at or below a failing anyOf path, for any paths (property)', () => {
    /** The rule as stated: hidden when some anyOf path equals the path (anyOf: other than itself) or is an ancestor. */
    function naiveKept(errors: readonly ErrorObject[]): string[] {
      const anyOfs = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath);
      return errors
        .filter((e) => !anyOfs.some((p) => (p === e.instancePath ? e.keyword !== 'anyOf' : e.instancePath.startsWith(p + '/'))))
        .map((e) => `${e.instancePath} ${e.keyword}`);
    }
    const segment = fc.constantFrom('a', 'b', '', '0', '1', 'a~1b');
    const path = fc.array(segment, { maxLength: 4 }).map((parts) => parts.map((p) => '/' + p).join(''));
    const error = fc.record({ instancePath: path, keyword: fc.constantFrom('anyOf', 'type', 'required') });
    fc.assert(
      fc.property(fc.array(error, { maxLength: 12 }), (raw) => {
        const errors = raw.map(
          (e): ErrorObject => ({ ...e, schemaPath: '#/x', params: {}, schema: 'string', data: null, message: 'm' }),
        );
        const kept = mapSchemaErrors(errors, {}).map((v) => v.validator).sort();
        expect(kept).toEqual(naiveKept(errors).map((k) => k.split(' ')[1]!).sort());
        expect(mapSchemaErrors(errors, {}).length).toBe(naiveKept(errors).length);
      }),
      { numRuns: 500 },
    );
  });
});
