/**
 * legacy_envelope_v1 against the reference: 400 random legacy candidates normalised by the
 * reference (test/golden/6.1.0/legacy-normalizer.json, scripts/golden/legacy_6_1_0.py), plus
 * the contract's guarantees (non-mutating, deterministic, frozen, extra keys refused).
 */
import 'reflect-metadata';
import * as fs from 'fs';
import * as path from 'path';
import * as root from '../../src';
import { ValidationError } from '../../src/envelope/errors';
import {
  LEGACY_ENVELOPE_CONTRACT_NAME,
  LegacyEnvelopeNormalizer,
  NormalizationResult,
  NormalizedEnvelope,
  RECOGNIZED_LEGACY_SHAPES,
  UnnormalizableLegacyDiagnostic,
  legacy,
} from '../../src/legacy';
import { uuid5 } from '../../src/legacy/normalizer';

interface GoldenCase { readonly input: Record<string, unknown>; readonly kind: string; readonly dump: unknown }
const GOLDEN = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'golden', '6.1.0', 'legacy-normalizer.json'), 'utf8')) as { cases: GoldenCase[] };
const normalizer = new LegacyEnvelopeNormalizer();

test('the golden file holds every outcome of the normaliser', () => {
  const outcomes = new Set(GOLDEN.cases.map((c) => JSON.stringify([c.kind, (c.dump as Record<string, unknown>)['legacy_shape'] ?? (c.dump as Record<string, unknown>)['reason']])));
  expect(outcomes.size).toBe(5);
  expect(GOLDEN.cases.length).toBe(400);
});

test.each(GOLDEN.cases.map((c, i) => [i, c] as const))('golden case %i equals the reference', (_i, c) => {
  const before = JSON.stringify(c.input);
  const result = normalizer.normalize(c.input);
  expect(result.constructor.name).toBe(c.kind);
  expect(JSON.parse(JSON.stringify(result))).toEqual(c.dump);
  expect(JSON.stringify(c.input)).toBe(before);
  expect(normalizer.normalize(c.input).toDict()).toEqual(result.toDict());
});

test('uuid5 matches Python uuid.uuid5 (RFC 4122 test vector)', () => {
  expect(uuid5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
});

test('constants, the runtime union and the frozen namespace', () => {
  expect(LEGACY_ENVELOPE_CONTRACT_NAME).toBe('legacy_envelope_v1');
  expect([...RECOGNIZED_LEGACY_SHAPES].sort()).toEqual(['awaiting_review_synonym', 'feature_keys_envelope', 'pre_3_0_envelope']);
  expect(NormalizationResult).toEqual([NormalizedEnvelope, UnnormalizableLegacyDiagnostic]);
  expect(Object.isFrozen(NormalizationResult)).toBe(true);
  expect(Object.isFrozen(legacy)).toBe(true);
  expect(Object.keys(legacy).sort()).toEqual(['LEGACY_ENVELOPE_CONTRACT_NAME', 'LegacyEnvelopeNormalizer', 'NormalizationResult', 'NormalizedEnvelope', 'RECOGNIZED_LEGACY_SHAPES', 'UnnormalizableLegacyDiagnostic']);
  expect(root.legacy).toBe(legacy);
  expect(root.LegacyEnvelopeNormalizer).toBe(LegacyEnvelopeNormalizer);
  expect(root.LOCAL_ONLY_EVENT_TYPES.size).toBe(0);
});

test('results are frozen and refuse unknown keys', () => {
  const r = normalizer.normalize({ a: 1 });
  expect(Object.isFrozen(r)).toBe(true);
  expect(() => UnnormalizableLegacyDiagnostic.fromDict({ reason: 'x', raw: {}, extra: 1 })).toThrow(ValidationError);
  expect(() => NormalizedEnvelope.fromDict({ canonical: {}, raw: {}, legacy_shape: '' })).toThrow(ValidationError);
  expect(UnnormalizableLegacyDiagnostic.fromDict({ reason: 'x', raw: {} }).shape_hints).toEqual([]);
});

test('a non-object input is a TypeError, not a diagnostic', () => {
  expect(() => normalizer.normalize([] as unknown as Record<string, unknown>)).toThrow(TypeError);
});
