/**
 * The cutover area beyond the golden corpus: the artifact, contractVersionOf, the walker's
 * depth and cycle safety, the structured validation errors and their conversions.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import {
  CUTOVER_ARTIFACT,
  CutoverArtifact,
  ValidationError,
  assertCanonicalCutoverSignal,
  canonicalSignalFieldName,
  canonicalSignalLocation,
  contractVersionOf,
  forbiddenLegacyKeys,
  isPreCutoverPayload,
  loadCutoverArtifact,
} from '../../src';
import {
  ContractValidationError,
  CutoverPolicyError,
  FORBIDDEN_LEGACY_KEYS,
  FORBIDDEN_LEGACY_KEYS_VERSION,
  ValidationErrorCode,
  findForbiddenKeys,
  lifecycleErrorToValidationError,
  transitionErrorToValidationError,
  validateNoForbiddenKeys,
} from '../../src/cutover';
import { generateSchema } from '../../src/schemas';

describe('the cutover artifact', () => {
  test('holds the reference policy and is frozen', () => {
    expect(loadCutoverArtifact()).toBe(CUTOVER_ARTIFACT);
    expect(CUTOVER_ARTIFACT).toBeInstanceOf(CutoverArtifact);
    expect(CUTOVER_ARTIFACT.toDict()).toEqual({
      artifact_version: '1.0.0',
      release_version: '3.0.0',
      signal_field_name: 'schema_version',
      signal_location: 'event_envelope',
      cutover_contract_version: '3.0.0',
      accepted_major: 3,
      forbidden_legacy_keys: ['feature_slug', 'feature_number', 'mission_key'],
      forbidden_legacy_event_names: ['FeatureCreated', 'FeatureClosed'],
      forbidden_legacy_aggregate_names: ['feature', 'feature_catalog'],
      forbidden_legacy_contract_surfaces: ['legacy-cleanup'],
    });
    expect(Object.isFrozen(CUTOVER_ARTIFACT)).toBe(true);
    expect(Object.isFrozen(CUTOVER_ARTIFACT.forbidden_legacy_keys)).toBe(true);
    expect(canonicalSignalFieldName()).toBe('schema_version');
    expect(canonicalSignalLocation()).toBe('event_envelope');
  });

  test('validates like the reference model', () => {
    const bad = CutoverArtifact.safeFromDict({ ...CUTOVER_ARTIFACT.toDict(), artifact_version: 'v1', signal_location: 'x' });
    expect(bad.ok ? [] : bad.violations.map((v) => [v.type, v.loc])).toEqual([
      ['string_pattern_mismatch', ['artifact_version']],
      ['literal_error', ['signal_location']],
    ]);
  });

  test('rejects unknown keys as the reference model does (extra="forbid")', () => {
    const bad = CutoverArtifact.safeFromDict({ ...CUTOVER_ARTIFACT.toDict(), zz: 1 });
    expect(bad.ok ? [] : bad.violations.map((v) => [v.type, v.loc, v.msg])).toEqual([['extra_forbidden', ['zz'], 'Extra inputs are not permitted']]);
  });

  test('its schema equals the reference file', () => {
    const reference = JSON.parse(
      fs.readFileSync(path.join(__dirname, '..', 'reference', '6.1.0', 'schemas', 'cutover_artifact.schema.json'), 'utf8'),
    ) as Record<string, unknown>;
    expect(generateSchema('cutover_artifact', '6.1.0')).toEqual(reference);
  });
});

describe('cutover verdicts', () => {
  const canonical = { schema_version: '3.0.0', event_type: 'WPStatusChanged', aggregate_id: 'WP01', payload: {} };

  test('a canonical envelope passes; each rule rejects with the reference message', () => {
    expect(isPreCutoverPayload(canonical)).toBe(false);
    expect(() => assertCanonicalCutoverSignal(canonical)).not.toThrow();
    const cases: [Record<string, unknown>, string][] = [
      [{ ...canonical, schema_version: undefined }, "missing canonical cutover signal 'schema_version'"],
      [{ ...canonical, schema_version: '2.1.0' }, "unsupported cutover major version in 'schema_version': '2.1.0'"],
      [{ ...canonical, schema_version: '3.1.0' }, "cutover signal must equal '3.0.0'; got '3.1.0'"],
      [{ ...canonical, payload: { items: [{ feature_slug: 'x' }] } }, "payload contains forbidden legacy keys: ['feature_slug']"],
      [{ ...canonical, event_type: 'FeatureCreated' }, "payload contains forbidden legacy event names: ['FeatureCreated']"],
      [{ ...canonical, aggregate_id: 'feature/7' }, "payload contains forbidden legacy aggregate names: ['feature']"],
    ];
    for (const [envelope, message] of cases) {
      expect(isPreCutoverPayload(envelope)).toBe(true);
      expect(() => assertCanonicalCutoverSignal(envelope)).toThrow(new CutoverPolicyError(message));
    }
  });

  test('cutover failures are the library ValidationError, with the Python class they mirror', () => {
    let caught: unknown;
    try {
      assertCanonicalCutoverSignal({ schema_version: 3 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect(caught).toMatchObject({ name: 'CutoverPolicyError', pyErrorType: 'TypeError', message: 'schema_version must be a string; got int' });
  });

  test('a value equal to a forbidden name is not a forbidden key', () => {
    expect([...forbiddenLegacyKeys({ ...canonical, note: 'feature_slug', list: ['mission_key'] })]).toEqual([]);
  });
});

describe('contractVersionOf', () => {
  test.each([
    [{ schema_version: '3.0.0' }, '6.1.0'],
    [{ schema_version: '3.1.4' }, '6.1.0'],
    [{ schema_version: '4.0.0' }, '6.1.0'],
    [{ schema_version: '03.0.0' }, '6.1.0'],
    [{ schema_version: '\u0663.0.0' }, '6.1.0'],
    [{ schema_version: '99999999999999999999.0.0' }, '6.1.0'],
    [{ schema_version: '2.1.0' }, '2.1.0'],
    [{ schema_version: '1.0.0' }, '2.1.0'],
    [{}, '2.1.0'],
    [{ schema_version: null }, '2.1.0'],
    [{ schema_version: 3 }, '2.1.0'],
    [{ schema_version: 'v3.0.0' }, '2.1.0'],
    [{ schema_version: '' }, '2.1.0'],
    [{ schema_version: '\u00b3.0.0' }, '2.1.0'],
    [null, '2.1.0'],
    ['3.0.0', '2.1.0'],
    [[{ schema_version: '3.0.0' }], '2.1.0'],
  ] as [unknown, string][])('%j → %s', (envelope, expected) => {
    expect(contractVersionOf(envelope)).toBe(expected);
  });

  test('total: never throws, and agrees with acceptedMajor for numeric majors (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(['2.1.0', '6.1.0']).toContain(contractVersionOf({ schema_version: value }));
        expect(['2.1.0', '6.1.0']).toContain(contractVersionOf(value));
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(9), (major, minor) => {
        expect(contractVersionOf({ schema_version: `${major}.${minor}.0` })).toBe(major >= 3 ? '6.1.0' : '2.1.0');
      }),
    );
  });
});

describe('the forbidden-key walker', () => {
  test('the closed key set', () => {
    expect([...FORBIDDEN_LEGACY_KEYS].sort()).toEqual(['feature_number', 'feature_slug', 'legacy_aggregate_id', 'mission_key']);
    expect(FORBIDDEN_LEGACY_KEYS_VERSION).toBe('v1');
    expect(() => (FORBIDDEN_LEGACY_KEYS as Set<string>).add('x')).toThrow();
  });

  test('100,000 levels deep, objects and arrays alternating: found with its full path, no stack overflow', () => {
    let deep: unknown = { mission_key: 1 };
    for (let i = 0; i < 100_000; i++) deep = i % 2 === 0 ? [deep] : { a: deep };
    const errors = [...findForbiddenKeys(deep)];
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toHaveLength(100_001);
    expect(errors[0]!.path[0]).toBe('a');
    expect(errors[0]!.path[errors[0]!.path.length - 1]).toBe('mission_key');
    expect(validateNoForbiddenKeys(deep)?.details).toEqual({ key: 'mission_key' });
  });

  test('a wide input is walked once per node: every hit, in order', () => {
    const wide = Array.from({ length: 50_000 }, (_, i) => (i % 1000 === 0 ? { feature_slug: i } : { ok: i }));
    const paths = [...findForbiddenKeys({ rows: wide })].map((e) => e.path);
    expect(paths).toHaveLength(50);
    expect(paths[1]).toEqual(['rows', 1000, 'feature_slug']);
  });

  test('the first hit stops the walk (lazy generator)', () => {
    let reads = 0;
    const tail = { get feature_number(): number { reads++; return 1; } };
    const input = { feature_slug: 1, rest: tail };
    expect(validateNoForbiddenKeys(input)?.details).toEqual({ key: 'feature_slug' });
    expect(reads).toBe(0);
  });

  test('a cyclic (non-JSON) input is reported, not walked forever', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic['self'] = { back: cyclic };
    expect(() => [...findForbiddenKeys(cyclic)]).toThrow(ValidationError);
    // A shared (acyclic) sub-object is fine.
    const shared = { feature_slug: 1 };
    expect([...findForbiddenKeys({ x: shared, y: shared })].map((e) => e.path)).toEqual([
      ['x', 'feature_slug'],
      ['y', 'feature_slug'],
    ]);
  });

  test('non-JSON containers are leaves; a __proto__ key is an ordinary key', () => {
    expect([...findForbiddenKeys(new Map([['feature_slug', 1]]))]).toEqual([]);
    const parsed = JSON.parse('{"__proto__": {"feature_slug": 1}}') as unknown;
    expect([...findForbiddenKeys(parsed)].map((e) => e.path)).toEqual([['__proto__', 'feature_slug']]);
    expect(({} as Record<string, unknown>)['feature_slug']).toBeUndefined();
  });
});

describe('structured validation errors', () => {
  test('frozen records whose toJSON is toDict', () => {
    const error = new ContractValidationError({ code: ValidationErrorCode.FORBIDDEN_KEY, message: 'm', path: ['a', 0], details: { key: 'k', n: [1] } });
    expect(Object.isFrozen(error)).toBe(true);
    expect(Object.isFrozen(error.path)).toBe(true);
    expect(Object.isFrozen(error.details['n'])).toBe(true);
    expect(JSON.parse(JSON.stringify(error))).toEqual(error.toDict());
    expect(error.toDict()).toEqual({ code: 'FORBIDDEN_KEY', message: 'm', path: ['a', 0], details: { key: 'k', n: [1] } });
    expect(new ContractValidationError({ code: ValidationErrorCode.UNKNOWN_LANE, message: 'x' }).toDict()).toEqual({
      code: 'UNKNOWN_LANE', message: 'x', path: [], details: {},
    });
    expect(() => new ContractValidationError({ code: 'NOPE' as ValidationErrorCode, message: 'x' })).toThrow(ValidationError);
  });

  test('the closed code set', () => {
    expect(Object.values(ValidationErrorCode)).toEqual([
      'FORBIDDEN_KEY', 'UNKNOWN_LANE', 'PAYLOAD_SCHEMA_FAIL', 'ENVELOPE_SHAPE_INVALID', 'RAW_HISTORICAL_ROW',
    ]);
  });

  test('conversions of transition and lifecycle errors, as the reference maps them', () => {
    expect(transitionErrorToValidationError({ message: 'bad move', violations: ['a', 'b'] }).toDict()).toEqual({
      code: 'UNKNOWN_LANE', message: 'bad move', path: [], details: { violations: ['a', 'b'] },
    });
    expect(() => transitionErrorToValidationError({ message: 'x', violations: [] })).toThrow(/has no violations/);
    expect(lifecycleErrorToValidationError(new Error('Raw historical ROW seen')).code).toBe('RAW_HISTORICAL_ROW');
    expect(lifecycleErrorToValidationError(new ValidationError('bad')).toDict()).toEqual({
      code: 'ENVELOPE_SHAPE_INVALID', message: 'bad', path: [], details: { errors: ['bad'] },
    });
    expect(lifecycleErrorToValidationError(new Error('the Envelope broke')).code).toBe('ENVELOPE_SHAPE_INVALID');
    expect(() => lifecycleErrorToValidationError(new TypeError('other'))).toThrow("Cannot map exception of type 'TypeError'");
  });
});
