/**
 * The dotted runtime event names (`retrospective.requested`, …) and the legacy CamelCase names
 * go through validateEvent as in the reference: registry lookup by the exact string, model
 * violations (field, type, message) and schema violations (path, keyword). Data:
 * test/golden/6.1.0/retrospective-validate-event.json (scripts/golden/dossier_6_1_0.py).
 */
import 'reflect-metadata';
import { validateEvent } from '../../src/conformance';
import { RETROSPECTIVE_EVENT_NAMES, RETROSPECTIVE_EVENT_TYPES } from '../../src/retrospective';
import { golden } from '../support/golden-6';

interface ValidateCase {
  readonly event_type: string;
  readonly payload: unknown;
  readonly valid: boolean;
  readonly model: readonly [string, string, string][];
  readonly schema: readonly [string, string][];
}

const cases = golden<ValidateCase[]>('retrospective-validate-event.json');

describe('validateEvent with retrospective event names', () => {
  it('covers the 8 dotted names and the 2 legacy names, valid and invalid', () => {
    expect(new Set(cases.map((c) => c.event_type))).toEqual(new Set(RETROSPECTIVE_EVENT_TYPES));
    for (const name of RETROSPECTIVE_EVENT_NAMES) expect(cases.some((c) => c.event_type === name && c.valid) && cases.some((c) => c.event_type === name && !c.valid)).toBe(true);
  });

  it('gives the reference verdict and violations for every case', () => {
    const mismatches = cases
      .map((c, index) => {
        const r = validateEvent(c.payload, c.event_type);
        const got = {
          valid: r.valid,
          model: r.modelViolations.map((v) => [v.field, v.violationType, v.message]),
          schema: r.schemaViolations.map((v) => [v.jsonPath, v.validator]).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)),
        };
        const want = { valid: c.valid, model: c.model, schema: c.schema };
        return JSON.stringify(got) === JSON.stringify(want) ? null : { index, event_type: c.event_type, payload: c.payload, want, got };
      })
      .filter((m) => m !== null);
    expect(mismatches.slice(0, 3)).toEqual([]);
  });

  it('rejects a dotted name that is not registered, and case variants', () => {
    expect(() => validateEvent({}, 'retrospective.unknown')).toThrow(RangeError);
    expect(() => validateEvent({}, 'Retrospective.Requested')).toThrow(RangeError);
  });
});
