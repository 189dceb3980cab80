/** The public face of `spec-kitty-events/conformance` at 6.1.0 (API-6.1.0.md, the /conformance row). */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as conformance from '../../src/conformance';
import * as v2 from '../../src/v2/conformance';

describe('spec-kitty-events/conformance (6.1.0)', () => {
  it('exports exactly the API-6.1.0.md names', () => {
    expect(Object.keys(conformance).sort()).toEqual(
      [
        'ConformanceResult',
        'FixtureCase',
        'ModelViolation',
        'SchemaViolation',
        'TimestampSubstitutionError',
        'assertLaneMapping',
        'assertPayloadConforms',
        'assertPayloadFails',
        'assertProducerOccurrencePreserved',
        'loadFixtures',
        'loadReplayStream',
        'loadTimestampSemanticsFixture',
        'validateEvent',
      ].sort(),
    );
  });

  it('shares the result classes and FixtureCase with /v2/conformance, not its validator', () => {
    expect(conformance.ConformanceResult).toBe(v2.ConformanceResult);
    expect(conformance.FixtureCase).toBe(v2.FixtureCase);
    expect(conformance.validateEvent).not.toBe(v2.validateEvent);
  });

  it('the 6.1.0 lanes map as the reference says (genesis, approved, in_review)', () => {
    expect(() => conformance.assertLaneMapping('genesis', 'planned')).not.toThrow();
    expect(() => conformance.assertLaneMapping('approved', 'done')).not.toThrow();
    expect(() => conformance.assertLaneMapping('paused', 'planned')).toThrow(new RangeError("'paused' is not a valid Lane"));
    expect(() => v2.assertLaneMapping('genesis', 'planned')).toThrow(RangeError);
  });

  it('assertPayloadConforms / assertPayloadFails use the 6.1.0 rules (a 2.1.0 envelope fails the cutover gate)', () => {
    const envelope = {
      event_id: '01JMXXXXXXXXXXXXXXXXXXXXXX', event_type: 'TestEvent', aggregate_id: 'a', payload: {}, timestamp: '2026-01-15T10:00:00Z',
      build_id: 'b', node_id: 'n', lamport_clock: 1, project_uuid: 'a1b2c3d4-e5f6-7890-abcd-ef1234567890', correlation_id: '01JMYYYYYYYYYYYYYYYYYYYYYY',
      schema_version: '3.0.0',
    };
    expect(conformance.assertPayloadConforms(envelope, 'Event').valid).toBe(true);
    const old = { ...envelope, schema_version: '2.1.0' };
    const failed = conformance.assertPayloadFails(old, 'Event');
    expect(failed.modelViolations[0]!.violationType).toBe('cutover_policy');
    expect(() => conformance.assertPayloadConforms(old, 'Event')).toThrow(
      "Payload for 'Event' failed conformance:\n  Model: schema_version \u2014 unsupported cutover major version in 'schema_version': '2.1.0'",
    );
  });

  const DIST_ENTRY = path.resolve(__dirname, '..', '..', 'dist', 'conformance', 'index.js');
  (fs.existsSync(DIST_ENTRY) ? it : it.skip)('the built entry point fills the 6.1.0 registry and finds its fixtures and schemas from any cwd', () => {
    const script = `
      const c = require(${JSON.stringify(DIST_ENTRY)});
      const bad = c.validateEvent({ schema_version: '2.1.0' }, 'Event');
      process.stdout.write(JSON.stringify({
        gate: bad.modelViolations[0].violationType,
        events: c.loadFixtures('events').length,
        stream: c.loadReplayStream('wp-review-rejection-cycle-replay').length,
        ts: c.loadTimestampSemanticsFixture('old_producer_recent_receipt', { expectation: 'valid' }).expectation,
      }));
    `;
    const run = spawnSync(process.execPath, ['-e', script], { cwd: '/', encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ gate: 'cutover_policy', events: conformance.loadFixtures('events').length, stream: 11, ts: 'valid' });
  });
});
