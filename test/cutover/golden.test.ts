/**
 * Replays the committed golden corpus (test/golden/6.1.0/envelope.json, made by
 * scripts/golden/envelope_6_1_0.py with the reference 6.1.0): every cutover function on each
 * envelope (value, or the reference's exception class and message), the signal checks, and the
 * forbidden-key walker's records and first hit.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  acceptedMajorMatches,
  assertCanonicalCutoverSignal,
  forbiddenLegacyAggregateNames,
  forbiddenLegacyEventNames,
  forbiddenLegacyKeys,
  isPreCutoverPayload,
  readCutoverSignal,
  requiredCutoverValueMatches,
  type CutoverInput,
} from '../../src';
import { CutoverPolicyError, findForbiddenKeys, validateNoForbiddenKeys } from '../../src/cutover';

type Outcome = { readonly value: unknown } | { readonly error: { readonly class: string; readonly message: string } };

interface CutoverCase {
  readonly input: CutoverInput;
  readonly results: Record<string, Outcome>;
}
interface SignalCase {
  readonly input: string;
  readonly accepted_major_matches: Outcome;
  readonly required_cutover_value_matches: Outcome;
}
interface WalkCase {
  readonly input: unknown;
  readonly forbidden?: string[];
  readonly errors: unknown[];
  readonly first: unknown;
}

const corpus = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'golden', '6.1.0', 'envelope.json'), 'utf8')) as {
  cutover: CutoverCase[];
  cutover_signals: SignalCase[];
  forbidden_keys: WalkCase[];
};

function outcome<T>(fn: () => T): Outcome {
  try {
    const value: unknown = fn();
    if (value instanceof Set) return { value: [...(value as Set<string>)].sort() };
    return { value: value === undefined ? null : value };
  } catch (error) {
    if (!(error instanceof CutoverPolicyError)) throw error;
    return { error: { class: error.pyErrorType, message: error.message } };
  }
}

const FUNCTIONS: Record<string, (input: CutoverInput) => unknown> = {
  read_cutover_signal: readCutoverSignal,
  forbidden_legacy_keys: forbiddenLegacyKeys,
  forbidden_legacy_event_names: forbiddenLegacyEventNames,
  forbidden_legacy_aggregate_names: forbiddenLegacyAggregateNames,
  is_pre_cutover_payload: isPreCutoverPayload,
  assert_canonical_cutover_signal: assertCanonicalCutoverSignal,
};

test('the corpus covers every verdict', () => {
  expect(corpus.cutover.length).toBeGreaterThan(500);
  expect(corpus.forbidden_keys.length).toBeGreaterThan(500);
  const verdicts = new Set(corpus.cutover.map((c) => JSON.stringify(c.results['is_pre_cutover_payload'])));
  expect(verdicts.has('{"value":true}')).toBe(true);
  expect(verdicts.has('{"value":false}')).toBe(true);
  expect([...verdicts].some((v) => v.includes('TypeError'))).toBe(true);
  expect([...verdicts].some((v) => v.includes('ValueError'))).toBe(true);
});

test('every cutover function gives the reference value or error on every golden envelope', () => {
  const mismatches: unknown[] = [];
  for (const c of corpus.cutover) {
    for (const [name, expected] of Object.entries(c.results)) {
      const actual = outcome(() => FUNCTIONS[name]!(c.input));
      if (JSON.stringify(actual) !== JSON.stringify(expected)) mismatches.push({ name, input: c.input, expected, actual });
    }
  }
  expect(mismatches.slice(0, 5)).toEqual([]);
});

test('acceptedMajorMatches and requiredCutoverValueMatches match the reference on every signal', () => {
  const mismatches: unknown[] = [];
  for (const c of corpus.cutover_signals) {
    const actual = {
      accepted_major_matches: outcome(() => acceptedMajorMatches(c.input)),
      required_cutover_value_matches: outcome(() => requiredCutoverValueMatches(c.input)),
    };
    const expected = { accepted_major_matches: c.accepted_major_matches, required_cutover_value_matches: c.required_cutover_value_matches };
    if (JSON.stringify(actual) !== JSON.stringify(expected)) mismatches.push({ input: c.input, expected, actual });
  }
  expect(mismatches.slice(0, 5)).toEqual([]);
});

test('the forbidden-key walker yields the reference records in the reference order', () => {
  const mismatches: unknown[] = [];
  for (const c of corpus.forbidden_keys) {
    const options = c.forbidden === undefined ? {} : { forbidden: new Set(c.forbidden) };
    const errors = [...findForbiddenKeys(c.input, options)].map((e) => e.toDict());
    const first = validateNoForbiddenKeys(c.input, options);
    const actual = { errors, first: first === null ? null : first.toJSON() };
    if (JSON.stringify(actual) !== JSON.stringify({ errors: c.errors, first: c.first })) {
      mismatches.push({ input: c.input, expected: { errors: c.errors, first: c.first }, actual });
    }
  }
  expect(mismatches.slice(0, 5)).toEqual([]);
});
