/**
 * `\d` read as each layer of the reference reads it (issue 9 item 20), against
 * test/golden/digits.json (scripts/golden/digit_tables.py: every code point probed through the
 * reference's `schema_version` field and its schema pattern, both reference versions).
 */
import { createSchemaAjv } from '../../../src/schemas/schema-layer';
import { Event } from '../../../src/v2/envelope/event';
import { parsePyString, pythonPattern, referencePatternText, referenceRegExp } from '../../../src/validation/parsers';
import { MODEL_LAYER_DIGITS, SCHEMA_LAYER_DIGITS } from '../../../src/validation/parsers/reference-digits';
import { loadGolden, samplePoints } from './golden';

interface DigitsCorpus {
  readonly pattern: string;
  readonly model: ReadonlyArray<readonly [number, number]>;
  readonly schema: ReadonlyArray<readonly [number, number]>;
  readonly cases: ReadonlyArray<readonly [string, boolean, boolean]>;
}

const golden = loadGolden<DigitsCorpus>('digits.json');
const { pattern } = golden.data;
const SEMVER = pythonPattern(pattern);
const schemaValidate = createSchemaAjv().compile({ type: 'string', pattern });

function modelAccepts(text: string): boolean {
  return parsePyString(text, { pattern: SEMVER }).ok;
}

function isSurrogate(cp: number): boolean {
  return cp >= 0xd800 && cp <= 0xdfff;
}

/** Whether `cp` is in the sorted disjoint inclusive `ranges`. */
function membership(ranges: ReadonlyArray<readonly [number, number]>, cp: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = ranges[mid]!;
    if (cp < a) hi = mid - 1;
    else if (cp > b) lo = mid + 1;
    else return true;
  }
  return false;
}

test('the generated tables are the corpus', () => {
  expect(MODEL_LAYER_DIGITS).toEqual(golden.data.model);
  expect(SCHEMA_LAYER_DIGITS).toEqual(golden.data.schema);
  expect(golden.reference_versions).toEqual(['2.1.0', '6.1.0']);
});

test('the layers of the reference differ (Unicode versions), and both differ from Node\'s \\p{Nd}', () => {
  expect(membership(golden.data.model, 0x11f50)).toBe(true); // KAWI DIGIT ZERO (Unicode 15)
  expect(membership(golden.data.schema, 0x11f50)).toBe(false);
  const node = /^\p{Nd}$/u;
  let differs = 0;
  for (let cp = 0; cp < 0x110000; cp++) {
    if (!isSurrogate(cp) && node.test(String.fromCodePoint(cp)) !== membership(golden.data.schema, cp)) differs++;
  }
  expect(differs).toBeGreaterThan(0);
});

test('model layer: every code point c, "c.0.0" has the reference verdict', () => {
  const wrong: number[] = [];
  for (let cp = 0; cp < 0x110000; cp++) {
    if (isSurrogate(cp)) continue;
    if (modelAccepts(String.fromCodePoint(cp) + '.0.0') !== membership(golden.data.model, cp)) wrong.push(cp);
  }
  expect(wrong).toEqual([]);
});

test('schema layer (ajv with the regex hook): the reference verdict at the ends and inside every range and gap', () => {
  const wrong: number[] = [];
  const check = (cp: number): void => {
    if (schemaValidate(String.fromCodePoint(cp) + '.0.0') !== membership(golden.data.schema, cp)) wrong.push(cp);
  };
  let gapStart = 0;
  for (const [a, b] of golden.data.schema) {
    if (a > gapStart) samplePoints(gapStart, a - 1).forEach(check);
    samplePoints(a, b, 10).forEach(check);
    gapStart = b + 1;
  }
  samplePoints(gapStart, 0x10ffff).forEach(check);
  expect(wrong).toEqual([]);
});

test('schema layer regex: every code point', () => {
  const re = referenceRegExp(pattern, 'schema');
  const wrong: number[] = [];
  for (let cp = 0; cp < 0x110000; cp++) {
    if (!isSurrogate(cp) && re.test(String.fromCodePoint(cp) + '.0.0') !== membership(golden.data.schema, cp)) {
      wrong.push(cp);
    }
  }
  expect(wrong).toEqual([]);
});

test.each(golden.data.cases.map(([text, model, schema]) => [JSON.stringify(text), text, model, schema] as const))(
  '%s: model and schema verdicts',
  (_name, text, model, schema) => {
    expect(modelAccepts(text)).toBe(model);
    // The one permitted difference (SCHEMAS_AND_CONFORMANCE.md §1.5, §1.8): Python's `$`
    // before a final newline; ECMA-262 rejects it, as the reference's model layer does.
    const permitted = text.endsWith('\n') && !text.endsWith('\n\n') && schema && !model;
    expect(schemaValidate(text)).toBe(permitted ? false : schema);
  },
);

describe('referencePatternText', () => {
  test('\\D and \\d inside classes, negated classes, escapes', () => {
    const re = (src: string): RegExp => referenceRegExp(src, 'model');
    expect(re('^[\\d.]+$').test('\u0661.2')).toBe(true);
    expect(re('^[^\\d]$').test('\u0661')).toBe(false);
    expect(re('^[^\\d]$').test('x')).toBe(true);
    expect(re('^\\D$').test('\u0661')).toBe(false);
    expect(re('^[\\D]$').test('x')).toBe(true);
    expect(re('^[\\D]$').test('7')).toBe(false);
    expect(re('^[^\\D]$').test('7')).toBe(true);
    expect(re('^\\\\d$').test('\\d')).toBe(true);
    expect(re('^(human|service|system)$').test('human')).toBe(true);
  });

  test('refuses escapes whose meaning differs between the engines', () => {
    for (const e of ['\\w', '\\W', '\\s', '\\S', '\\b', '\\B']) {
      expect(() => referencePatternText(e, 'schema')).toThrow(RangeError);
    }
  });
});

describe('Event.schema_version uses the pinned model-layer digits', () => {
  const event = (schemaVersion: string): Record<string, unknown> => ({
    event_id: '01ARZ3NDEKTSV4RRFFQ69G5FAV',
    event_type: 'WPStatusChanged',
    aggregate_id: 'WP01',
    payload: {},
    timestamp: '2026-01-26T10:00:00Z',
    node_id: 'alice',
    lamport_clock: 1,
    project_uuid: '12345678-1234-5678-1234-567812345678',
    correlation_id: '01HRN7QMQJT8XVKP9YZ2ABCDEF',
    schema_version: schemaVersion,
  });
  test.each([0x31, 0x661, 0x11f50, 0x11de0, 0x10d40, 0x116d0, 0x1fbf1].map((cp) => [cp.toString(16), cp] as const))('U+%s', (_hex, cp) => {
    const ok = Event.safeFromDict(event(String.fromCodePoint(cp) + '.0.0')).ok;
    expect(ok).toBe(membership(golden.data.model, cp));
  });
});
