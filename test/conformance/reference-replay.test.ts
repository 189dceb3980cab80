/**
 * Replays the reference's 6.1.0 fixtures with the reference's verdicts. Every one of the 242
 * manifest entries is either replayed here or listed as pending with its reason (an event type
 * or reducer the family issues have not ported yet); the pending count may only shrink.
 * Expected results: test/golden/6.1.0/conformance_fixtures.json, made by
 * scripts/golden/conformance_6_1_0.py running the reference's validate_event.
 */
import 'reflect-metadata';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  ConformanceResult,
  assertLaneMapping,
  assertProducerOccurrencePreserved,
  loadReplayStream,
  loadTimestampSemanticsFixture,
  validateEvent,
  TimestampSubstitutionError,
} from '../../src/conformance';
import { FIXTURES_DIR, readManifest } from '../../src/conformance/fixtures';
import * as root from '../../src';
import { registryFor } from '../../src/registry';
import { LANE_ALIASES, Lane } from '../../src/status';
import { parsePyDateTime } from '../../src/validation/parsers';

/** Upper bound of the pending entries: lower it as the family issues land (never raise it). */
const MAX_PENDING = 0;

interface Verdict {
  readonly valid: boolean;
  readonly schema_check_skipped: boolean;
  readonly model: readonly (readonly [string, string, string])[];
  readonly schema: readonly (readonly [string, string, string])[];
}
type Outcome = { readonly error: string; readonly message: string } | Verdict;

interface EventCase { readonly kind: 'event' | 'sentinel'; readonly id: string; readonly event_type: string; readonly expected_result: string; readonly result: Outcome }
interface LaneMappingCase { readonly kind: 'lane_mapping'; readonly id: string; readonly expected_result: string; readonly mappings: readonly { canonical: string; ok: boolean; message?: string }[] }
interface LegacyLaneCase { readonly kind: 'legacy_lane'; readonly id: string; readonly expected_result: string; readonly legacy_lane: unknown; readonly canonical_lane: unknown; readonly resolved: string | null }
interface StreamCase {
  readonly kind: 'replay_stream';
  readonly id: string;
  readonly expected_result: string;
  readonly lines: readonly { readonly event_type: string; readonly as_event: Outcome; readonly as_type: Outcome | null }[];
}
type GoldenCase = EventCase | LaneMappingCase | LegacyLaneCase | StreamCase;

const GOLDEN = path.resolve(__dirname, '..', 'golden', '6.1.0', 'conformance_fixtures.json');
const golden = (JSON.parse(fs.readFileSync(GOLDEN, 'utf8')) as { cases: GoldenCase[] }).cases;
const byId = new Map(golden.map((c) => [c.id, c] as const));
const manifest = readManifest();
const registered = new Set(registryFor('6.1.0').registeredEventTypes());

const WRAPPER_KEYS = new Set(['class', 'expected', 'input', 'notes', 'expected_error_code', 'expected_reason', 'legacy_shape']);
function unwrap(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
  const input = (data as Record<string, unknown>)['input'];
  const isWrapper = typeof input === 'object' && input !== null && !Array.isArray(input) && Object.keys(data).every((key) => WRAPPER_KEYS.has(key));
  return isWrapper ? input : data;
}
const readFixture = (file: string): unknown => unwrap(JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, file), 'utf8')));

function outcomeOf(result: ConformanceResult): Verdict {
  return {
    valid: result.valid,
    schema_check_skipped: result.schemaCheckSkipped,
    model: result.modelViolations.map((v) => [v.field, v.message, v.violationType] as const),
    schema: result.schemaViolations.map((v) => [v.jsonPath, v.validator, v.message] as const),
  };
}

/** The reference outcome, or — where the reference raised on the input — an invalid result without a throw. */
function expectOutcome(input: unknown, eventType: string, want: Outcome, label: string): void {
  const got = outcomeOf(validateEvent(input, eventType));
  if ('error' in want) {
    if (got.valid) throw new Error(`${label}: the reference raised ${want.error}; we must reject, not accept`);
    return;
  }
  expect({ label, ...got }).toEqual({ label, ...want });
}

/**
 * Reducer-output fixtures are replayed by each family's own test (test/<family>/reference-outputs.test.ts);
 * here an entry counts as replayed once the root exports the reducer (or normaliser) that produces it.
 */
const REDUCER_OF_OUTPUT: Readonly<Record<string, string>> = {
  MissionDossierState: 'reduceMissionDossier',
  MissionAuditState: 'reduceMissionAuditEvents',
  DecisionPointState: 'reduceDecisionPointEvents',
  ReducedConnectorState: 'reduceConnectorEvents',
  ReducedSyncState: 'reduceSyncEvents',
  LegacyEnvelope: 'legacy',
};
const exportedByRoot = (name: string | undefined): boolean => name !== undefined && (root as Record<string, unknown>)[name] !== undefined;

/** Why an entry cannot be replayed yet, or null when it can. */
function pendingReason(id: string): string | null {
  const entry = manifest.find((e) => e.id === id)!;
  const c = byId.get(id);
  if (entry.fixture_type === 'reducer_output') return exportedByRoot(REDUCER_OF_OUTPUT[entry.event_type]) ? null : `reducer output (${entry.event_type}): reducer not ported yet`;
  if (entry.fixture_type === 'legacy_normalization') return exportedByRoot(REDUCER_OF_OUTPUT['LegacyEnvelope']) ? null : 'legacy normalizer not ported yet';
  if (entry.fixture_type === 'timestamp_semantics') return null;
  if (c === undefined) return `event type ${entry.event_type} not modelled yet`;
  if (c.kind === 'event' && !registered.has(c.event_type)) return `event type ${c.event_type} not modelled yet`;
  if (c.kind === 'replay_stream') {
    const missing = [...new Set(c.lines.map((line) => line.event_type).filter((type) => !registered.has(type)))];
    if (missing.length > 0) return `replay stream with unmodelled event types ${missing.join(', ')}`;
  }
  return null;
}

const pending = manifest.map((entry) => [entry.id, pendingReason(entry.id)] as const).filter(([, reason]) => reason !== null);
const replayable = manifest.filter((entry) => pendingReason(entry.id) === null);

describe('the 242 reference fixtures at 6.1.0', () => {
  it(`each is replayed or pending; at most ${MAX_PENDING} pending`, () => {
    expect(manifest).toHaveLength(242);
    expect(replayable.length + pending.length).toBe(242);
    expect(pending.length).toBeLessThanOrEqual(MAX_PENDING);
    process.stdout.write(
      `6.1.0 fixtures: ${replayable.length} replayed, ${pending.length} pending:\n${pending.map(([id, reason]) => `  ${id}: ${reason}`).join('\n')}\n`,
    );
  });

  it('every golden case names a manifest entry', () => {
    const ids = new Set(manifest.map((entry) => entry.id));
    expect(golden.filter((c) => !ids.has(c.id)).map((c) => c.id)).toEqual([]);
  });
});

const eventCases = replayable.map((entry) => byId.get(entry.id)).filter((c): c is EventCase => c?.kind === 'event' || c?.kind === 'sentinel');

describe('event fixtures: validateEvent gives the reference result', () => {
  it.each(eventCases.map((c) => [c.id, c] as const))('%s', (id, c) => {
    const entry = manifest.find((e) => e.id === id)!;
    const input = readFixture(entry.path);
    expectOutcome(input, c.event_type, c.result, id);
    // The reference suite's own verdict rule: a valid fixture passes the model layer, an invalid one fails.
    const result = validateEvent(input, c.event_type);
    if (c.expected_result === 'valid') expect(result.modelViolations).toEqual([]);
    else expect(result.valid).toBe(false);
  });
});

describe('lane mapping fixtures (6.1.0 lanes)', () => {
  const cases = replayable.map((entry) => byId.get(entry.id)).filter((c): c is LaneMappingCase => c?.kind === 'lane_mapping');
  it('there are the two reference files', () => expect(cases).toHaveLength(2));
  it.each(cases.map((c) => [c.id, c] as const))('%s', (id, c) => {
    const entry = manifest.find((e) => e.id === id)!;
    const mappings = JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, entry.path), 'utf8')) as { canonical: string; expected_sync?: string }[];
    expect(mappings.map((m) => m.canonical)).toEqual(c.mappings.map((m) => m.canonical));
    mappings.forEach((mapping, index) => {
      const want = c.mappings[index]!;
      let message: string | null = null;
      try {
        if (mapping.expected_sync !== undefined) assertLaneMapping(mapping.canonical, mapping.expected_sync);
        else if (!(Object.values(Lane) as string[]).includes(mapping.canonical)) throw new RangeError(`'${mapping.canonical}' is not a valid Lane`);
      } catch (error) {
        message = (error as Error).message;
      }
      expect({ canonical: mapping.canonical, ok: message === null, message: message ?? undefined }).toEqual({ canonical: want.canonical, ok: want.ok, message: want.message });
    });
  });
});

describe('class-taxonomy legacy lanes resolve as in the reference', () => {
  const cases = replayable.map((entry) => byId.get(entry.id)).filter((c): c is LegacyLaneCase => c?.kind === 'legacy_lane');
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const legacy = c.legacy_lane;
    const lanes = Object.values(Lane) as string[];
    const resolved = typeof legacy !== 'string' ? null : lanes.includes(legacy) ? legacy : (Object.prototype.hasOwnProperty.call(LANE_ALIASES, legacy) ? LANE_ALIASES[legacy]! : null);
    expect(resolved).toBe(c.resolved);
    const valid = resolved !== null && (c.canonical_lane === null || c.canonical_lane === undefined || c.canonical_lane === resolved);
    expect(valid).toBe(c.expected_result === 'valid');
  });
});

describe('replay streams: every line as an envelope and as its event type', () => {
  const cases = replayable.map((entry) => byId.get(entry.id)).filter((c): c is StreamCase => c?.kind === 'replay_stream');
  it.each(cases.map((c) => [c.id, c] as const))('%s', (id, c) => {
    const events = loadReplayStream(id);
    expect(events).toHaveLength(c.lines.length);
    events.forEach((event, index) => {
      const line = c.lines[index]!;
      expectOutcome(event, 'Event', line.as_event, `${id}[${index}] as Event`);
      if (line.as_type !== null) expectOutcome(event, line.event_type, line.as_type, `${id}[${index}] as ${line.event_type}`);
    });
  });
});

describe('timestamp-semantics fixtures', () => {
  const entries = manifest.filter((entry) => entry.fixture_type === 'timestamp_semantics');
  it.each(entries.map((entry) => [entry.id, entry] as const))('%s', (_id, entry) => {
    const name = path.basename(entry.path, '.json');
    const expectation = entry.expected_result === 'valid' ? 'valid' : 'invalid';
    const fixture = loadTimestampSemanticsFixture(name, { expectation }) as { envelope: Record<string, unknown>; consumer_simulation: { persisted_occurrence_time: string } };
    const persisted = parsePyDateTime(fixture.consumer_simulation.persisted_occurrence_time);
    if (!persisted.ok) throw new Error('bad fixture time');
    const check = () => assertProducerOccurrencePreserved(fixture.envelope, persisted.value);
    if (expectation === 'valid') expect(check).not.toThrow();
    else expect(check).toThrow(TimestampSubstitutionError);
  });
});
