/**
 * Replays the committed golden corpus (test/golden/6.1.0/envelope.json, made by
 * scripts/golden/envelope_6_1_0.py with the reference 6.1.0): the Event model's verdict,
 * `toDict()`, `toString()` and violations (type, loc, msg), `normalizeEventId`, and the
 * 6.1.0 `ConflictResolution` (its events are 6.1.0 `Event`s).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConflictResolution, Event, ValidationError, normalizeEventId, stateMachineMerge } from '../../src';

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
  conflict_resolution: EventCase[];
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

test('ConflictResolution.fromDict gives the reference verdict, dump and repr on every golden case', () => {
  expect(corpus.conflict_resolution.length).toBeGreaterThan(100);
  expect(corpus.conflict_resolution.filter((c) => c.valid).length).toBeGreaterThan(10);
  const mismatches: unknown[] = [];
  for (const expected of corpus.conflict_resolution) {
    const result = ConflictResolution.safeFromDict(expected.input);
    const actual: EventCase = result.ok
      ? { input: expected.input, valid: true, output: result.value.toDict(), repr: String(result.value) }
      : { input: expected.input, valid: false, violations: result.violations.map((v) => ({ type: v.type, loc: [...v.loc], msg: v.msg })) };
    if (JSON.stringify(actual) !== JSON.stringify(expected)) mismatches.push({ expected, actual });
  }
  expect(mismatches.slice(0, 3)).toEqual([]);
});

test('stateMachineMerge of 6.1.0 events gives a 6.1.0 ConflictResolution that round-trips', () => {
  const valid = corpus.event.filter((c) => c.valid && (c.input as { lamport_clock?: unknown }).lamport_clock === 3);
  const first = Event.fromDict({ ...(valid[0]!.input as object), payload: { state: 'a' } });
  const second = Event.fromDict({ ...(valid[0]!.input as object), event_id: '01ARZ3NDEKTSV4RRFFQ69G5FAZ', payload: { state: 'b' } });
  const resolution = stateMachineMerge([first, second], { a: 1, b: 2 });
  expect(resolution).toBeInstanceOf(ConflictResolution);
  expect(resolution.merged_event).toBe(second);
  const again = ConflictResolution.fromDict(resolution.toDict());
  expect(again.toDict()).toEqual(resolution.toDict());
  expect(again.merged_event).toBeInstanceOf(Event);
});
