/**
 * 6.1.0 `validateEvent` against the reference on synthesized cases around the fixtures of the
 * envelope, status and gates areas: each payload bare and wrapped in an envelope, the cutover
 * signal varied (missing, other majors, other minors, not numeric, not a string, null),
 * forbidden keys at the top, deep in arrays and inside the payload, legacy event and aggregate
 * names, mismatched event types, non-object payloads. Expected results:
 * test/golden/6.1.0/conformance_envelopes.json (scripts/golden/conformance_6_1_0.py).
 */
import 'reflect-metadata';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { validateEvent } from '../../src/conformance';

type Violation = readonly [string, string, string];
interface Case {
  readonly id: string;
  readonly event_type: string;
  readonly input: unknown;
  readonly result: { valid: boolean; schema_check_skipped: boolean; model: Violation[]; schema: Violation[] } | { error: string; message: string };
}

const cases = (JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', 'golden', '6.1.0', 'conformance_envelopes.json'), 'utf8')) as { cases: Case[] }).cases;

describe('synthesized envelope cases give the reference result', () => {
  it('the corpus covers every gate outcome', () => {
    expect(cases.length).toBeGreaterThan(500);
    const messages = new Set(cases.flatMap((c) => ('model' in c.result ? c.result.model.filter((v) => v[2] === 'cutover_policy').map((v) => v[1].split(':')[0]) : [])));
    expect([...messages].sort()).toEqual(
      expect.arrayContaining([
        "missing canonical cutover signal 'schema_version'",
        'payload contains forbidden legacy keys',
        'payload contains forbidden legacy event names',
        'payload contains forbidden legacy aggregate names',
        'cutover signal must start with a numeric major version',
        "unsupported cutover major version in 'schema_version'",
        "cutover signal must equal '3.0.0'; got '3.1.0'",
        'schema_version must be a string; got int',
      ]),
    );
  });

  it('every case: verdict, model violations (field, message, type) and schema violations (path, keyword, message)', () => {
    const mismatches: unknown[] = [];
    for (const c of cases) {
      const before = JSON.stringify(c.input);
      const result = validateEvent(c.input, c.event_type);
      expect(JSON.stringify(c.input)).toBe(before);
      const got = {
        model: result.modelViolations.map((v) => [v.field, v.message, v.violationType]),
        schema: result.schemaViolations.map((v) => [v.jsonPath, v.validator, v.message]),
        schema_check_skipped: result.schemaCheckSkipped,
        valid: result.valid,
      };
      if ('error' in c.result) {
        if (got.valid) mismatches.push({ id: c.id, reference: c.result, got });
        continue;
      }
      if (!isDeepStrictEqual(got, c.result)) mismatches.push({ id: c.id, want: c.result, got });
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});
