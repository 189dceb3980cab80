/**
 * migrateEnvelope on every 2.1.0 scenario fixture and example log: each line becomes a 6.1.0
 * envelope that Event.fromDict and validateEvent (6.1.0) accept, except the rows 6.1.0 refuses
 * for what they say (a transition 6.1.0 forbids, a payload already invalid at 2.1.0): those
 * are `failed` with that reason, never rewritten into something they did not say.
 */
import 'reflect-metadata';
import { Event, contractVersionOf } from '../../src';
import { validateEvent } from '../../src/conformance';
import { FORBIDDEN_LEGACY_KEYS, findForbiddenKeys } from '../../src/cutover/forbidden-keys';
import { migrateEnvelope, repairUlid } from '../../src/migrate/migrate';
import { DERIVED_BUILD_ID_PREFIX } from '../../src/migrate';
import { V2_LINES, V2_LOGS } from './helpers';

/** file:line → what the failure reason must say. */
const REFUSED: Readonly<Record<string, RegExp>> = {
  'src/v2/conformance/fixtures/scenarios/lifecycle_phases_rollback_concurrent_close/events.jsonl:13': /GatePassed.*gate_type: Field required/,
  'src/v2/conformance/fixtures/scenarios/status_review_rollback_forced_done_exit/events.jsonl:11': /Transition Lane.CLAIMED -> Lane.DONE is not allowed/,
  'src/v2/conformance/fixtures/scenarios/status_review_rollback_forced_done_exit/events.jsonl:14': /done is terminal; requires force=True/,
  'examples/mission.jsonl:253': /Lane.IN_PROGRESS -> Lane.IN_REVIEW is not allowed/,
};

test('the corpus: every scenario and example log', () => {
  expect(V2_LOGS.length).toBeGreaterThanOrEqual(8);
  expect(V2_LINES.length).toBeGreaterThan(300);
  expect(V2_LINES.every((l) => contractVersionOf(l.envelope) === '2.1.0')).toBe(true);
});

const failuresSeen = new Map<string, string>();
test.each(V2_LINES.map((l) => [`${l.file}:${l.line}`, l] as const))('%s', (where, l) => {
  const before = JSON.stringify(l.envelope);
  const result = migrateEnvelope(l.envelope);
  expect(JSON.stringify(l.envelope)).toBe(before);
  if (result.status === 'failed') {
    failuresSeen.set(where, result.reason);
    const pattern = REFUSED[where] ?? (/execution_mode: Field required/.test(result.reason) ? /./ : undefined);
    expect([where, result.reason]).toEqual([where, expect.stringMatching(pattern ?? /^never$/)]);
    return;
  }
  expect(result.status).toBe('migrated');
  const env = result.envelope as Record<string, unknown>;
  expect(env['schema_version']).toBe('3.0.0');
  expect(contractVersionOf(env)).toBe('6.1.0');
  expect([...findForbiddenKeys(env)]).toEqual([]);
  expect(validateEvent(env, 'Event').valid).toBe(true);
  expect(Event.fromDict(env).build_id).toBe(typeof l.envelope['build_id'] === 'string' ? l.envelope['build_id'] : `${DERIVED_BUILD_ID_PREFIX}${String(l.envelope['node_id'])}`);
  if ('feature_slug' in (l.envelope['payload'] as object)) expect((env['payload'] as Record<string, unknown>)['mission_slug']).toBe((l.envelope['payload'] as Record<string, unknown>)['feature_slug']);
  // Migrating the result again changes nothing.
  const again = migrateEnvelope(env);
  expect(again.status).toBe('unchanged');
});

test('only the known refused rows fail (plus one payload already missing execution_mode at 2.1.0)', () => {
  for (const where of Object.keys(REFUSED)) expect(failuresSeen.has(where)).toBe(true);
  expect(failuresSeen.size).toBe(Object.keys(REFUSED).length + 1);
});

test('forbidden keys at any depth, names, aggregates, lanes, options', () => {
  const base = V2_LINES.find((l) => l.envelope['event_type'] === 'WPStatusChanged')!.envelope;
  const input = { ...base, build_id: undefined, feature_number: 7, payload: { ...(base['payload'] as object), from_lane: 'doing', to_lane: 'for_review', legacy_aggregate_id: 'x', mission_key: 'k' } };
  delete (input as Record<string, unknown>)['build_id'];
  const r = migrateEnvelope(input, { buildId: 'build-7' });
  expect(r.status).toBe('migrated');
  if (r.status !== 'migrated') return;
  const env = r.envelope as Record<string, unknown>;
  const payload = env['payload'] as Record<string, unknown>;
  expect(env['build_id']).toBe('build-7');
  expect(env['mission_number']).toBe(7);
  expect(payload['from_lane']).toBe('in_progress');
  expect('legacy_aggregate_id' in payload || 'mission_key' in payload).toBe(false);
  expect(r.changes).toEqual(expect.arrayContaining(['removed payload.mission_key', 'lane payload.from_lane: doing to in_progress']));
  for (const key of FORBIDDEN_LEGACY_KEYS) expect(JSON.stringify(env)).not.toContain(`"${key}"`);
});

test('failures carry a reason and the input', () => {
  expect(migrateEnvelope('x')).toEqual({ status: 'failed', reason: 'not a JSON object', input: 'x' });
  const conflict = migrateEnvelope({ ...V2_LINES[0]!.envelope, feature_slug: 'a', mission_slug: 'b' });
  expect(conflict.status === 'failed' && conflict.reason).toBe('feature_slug and mission_slug disagree');
  const catalog = migrateEnvelope({ ...V2_LINES[0]!.envelope, aggregate_id: 'feature_catalog/1' });
  expect(catalog.status === 'failed' && catalog.reason).toMatch(/feature_catalog/);
  const feature = migrateEnvelope({ ...V2_LINES[0]!.envelope, aggregate_id: 'feature/9' });
  expect(feature.status === 'migrated' && feature.envelope['aggregate_id']).toBe('mission/9');
});

test('repairUlid: Crockford decoding of I, L, O and U; valid ids untouched', () => {
  expect(repairUlid('01HVCORRELATION00000000000')).toBe('01HVC0RRE1AT10N00000000000');
  expect(repairUlid('01KJPTRD5G60RCV6KKXXNCJBN9')).toBe('01KJPTRD5G60RCV6KKXXNCJBN9');
  expect(repairUlid('short')).toBe('short');
});
