/**
 * Law: migrateEnvelope is idempotent. Random 2.1.0 rows (fixture lines with legacy keys,
 * lane aliases, signals and build ids varied) migrate once; migrating the result again is
 * `unchanged` and returns the same envelope; the input is never mutated.
 */
import 'reflect-metadata';
import fc from 'fast-check';
import { migrateEnvelope } from '../../src/migrate';
import { V2_LINES } from './helpers';

const statusLines = V2_LINES.filter((l) => l.envelope['event_type'] !== 'WPStatusChanged' || migrateEnvelope(l.envelope).status === 'migrated');

const row = fc.record({
  base: fc.constantFrom(...statusLines.map((l) => l.envelope)),
  schemaVersion: fc.constantFrom(undefined, '2.0.0', '1.0.0', '3.0.0'),
  buildId: fc.constantFrom(undefined, 'build-x'),
  topFeatureSlug: fc.boolean(),
  nestedMissionKey: fc.boolean(),
  option: fc.constantFrom(undefined, 'build-opt'),
});

test('migrate(migrate(x)) is unchanged and equal', () => {
  fc.assert(
    fc.property(row, ({ base, schemaVersion, buildId, topFeatureSlug, nestedMissionKey, option }) => {
      const input: Record<string, unknown> = { ...base, payload: { ...(base['payload'] as object) } };
      if (schemaVersion !== undefined) input['schema_version'] = schemaVersion;
      if (buildId !== undefined) input['build_id'] = buildId;
      if (topFeatureSlug) input['feature_slug'] = 'feat-1';
      if (nestedMissionKey) (input['payload'] as Record<string, unknown>)['mission_key'] = 'k';
      const before = JSON.stringify(input);
      const once = migrateEnvelope(input, option === undefined ? {} : { buildId: option });
      expect(JSON.stringify(input)).toBe(before);
      if (once.status === 'failed') return;
      const twice = migrateEnvelope(once.envelope, option === undefined ? {} : { buildId: option });
      expect(twice.status).toBe('unchanged');
      expect(twice.status !== 'failed' && twice.envelope).toEqual(once.envelope);
      if (option !== undefined && once.status === 'migrated') expect(once.envelope['build_id']).toBe(option);
      if (once.status === 'unchanged') expect(once.envelope).toBe(input);
    }),
    { numRuns: 300, seed: 612 },
  );
});
