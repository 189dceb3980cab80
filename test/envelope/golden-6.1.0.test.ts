/**
 * Replays the committed golden corpus (test/golden/6.1.0/envelope.json, made by
 * scripts/golden/envelope_6_1_0.py with the reference 6.1.0): the Event model's verdict,
 * `toDict()`, `toString()` and violations (type, loc, msg), and `normalizeEventId`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Event, ValidationError, normalizeEventId } from '../../src';

interface GoldenViolation {
  readonly type: string;
  readonly loc: (string | number)[];
  readonly msg: string;
}
interface EventCase {
  readonly input: unknown;
  readonly valid: boolean;
  readonly output?: Record<string, unknown>;
  readonly repr?: string;
  readonly violations?: GoldenViolation[];
}
interface NormalizeCase {
  readonly input: unknown;
  readonly ok: boolean;
  readonly output?: string;
  readonly error?: string;
}

const corpus = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'golden', '6.1.0', 'envelope.json'), 'utf8')) as {
  event: EventCase[];
  normalize_event_id: NormalizeCase[];
};

function eventVerdict(input: unknown): EventCase {
  const result = Event.safeFromDict(input);
  if (!result.ok) {
    return { input, valid: false, violations: result.violations.map((v) => ({ type: v.type, loc: [...v.loc], msg: v.msg })) };
  }
  return { input, valid: true, output: result.value.toDict(), repr: String(result.value) };
}

test('the corpus is substantial', () => {
  expect(corpus.event.length).toBeGreaterThan(1000);
  expect(corpus.normalize_event_id.length).toBeGreaterThan(200);
  expect(corpus.event.filter((c) => c.valid).length).toBeGreaterThan(100);
  expect(corpus.event.filter((c) => !c.valid).length).toBeGreaterThan(100);
});

test('Event.fromDict gives the reference verdict, toDict and repr on every golden case', () => {
  const mismatches: unknown[] = [];
  for (const expected of corpus.event) {
    const actual = eventVerdict(expected.input);
    try {
      expect(actual).toEqual(expected);
    } catch {
      mismatches.push({ expected, actual });
    }
  }
  expect(mismatches.slice(0, 5)).toEqual([]);
});

test('toJSON equals toDict and valid events are frozen', () => {
  for (const expected of corpus.event.filter((c) => c.valid).slice(0, 50)) {
    const event = Event.fromDict(expected.input);
    expect(JSON.parse(JSON.stringify(event))).toEqual(event.toDict());
    expect(Object.isFrozen(event)).toBe(true);
  }
});

test('normalizeEventId gives the reference result or message on every golden case', () => {
  const mismatches: unknown[] = [];
  for (const expected of corpus.normalize_event_id) {
    let actual: NormalizeCase;
    try {
      actual = { input: expected.input, ok: true, output: normalizeEventId(expected.input) };
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      actual = { input: expected.input, ok: false, error: (error as Error).message };
    }
    if (JSON.stringify(actual) !== JSON.stringify(expected)) mismatches.push({ expected, actual });
  }
  expect(mismatches.slice(0, 5)).toEqual([]);
});
