/** The shipped fixtures (§4) and the loader, judged as §4.5 says, plus the §5 fixture facts. */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { assertLaneMapping, FixtureCase, loadFixtures, validateEvent } from '../../../src/v2/conformance';
import { FIXTURES_DIR, loadFixturesFrom, readManifest } from '../../../src/v2/conformance/fixtures';
import { Event } from '../../../src/v2/envelope/event';
import { ValidationError } from '../../../src/envelope/errors';
import { classForEventType } from '../../../src/v2/registry';
import { CANONICAL_TO_SYNC_V1, Lane, SyncLaneV1, canonicalToSyncV1 } from '../../../src/v2/status/lanes';
import { StatusTransitionPayload } from '../../../src/v2/status/transition-payload';

const REFERENCE = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'reference', 'fixtures');
const REFERENCE_AVAILABLE = fs.existsSync(path.join(REFERENCE, 'manifest.json'));
const REPO = path.resolve(__dirname, '..', '..', '..');

type ModelClassWithParse = { fromDict(data: unknown): unknown };

function filesUnder(root: string, dir = ''): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = dir === '' ? entry.name : `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...filesUnder(root, rel));
    else out.push(rel);
  }
  return out.sort();
}

const manifest = JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, 'manifest.json'), 'utf8')) as {
  version: string;
  fixtures: Record<string, string>[];
};
const ORIGINAL_CATEGORIES = ['events', 'lane_mapping', 'edge_cases', 'collaboration'];
const originalEntries = manifest.fixtures.filter((entry) => ORIGINAL_CATEGORIES.includes(entry['path']!.split('/')[0]!));

describe('fixture tree and manifest', () => {
  it('has the eight category folders', () => {
    for (const category of ORIGINAL_CATEGORIES) {
      for (const kind of ['valid', 'invalid']) expect(fs.statSync(path.join(FIXTURES_DIR, category, kind)).isDirectory()).toBe(true);
    }
  });

  it('has version 2.0.0, the 28 original entries, six string keys each, unique ids', () => {
    expect(manifest.version).toBe('2.0.0');
    expect(Array.isArray(manifest.fixtures)).toBe(true);
    expect(originalEntries).toHaveLength(28);
    const ids = manifest.fixtures.map((entry) => entry['id']);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of manifest.fixtures) {
      expect(Object.keys(entry).sort()).toEqual(['event_type', 'expected_result', 'id', 'min_version', 'notes', 'path']);
      for (const value of Object.values(entry)) expect(typeof value).toBe('string');
      expect(fs.existsSync(path.join(FIXTURES_DIR, entry['path']!))).toBe(true);
    }
  });

  it('gives every fixture file exactly one entry', () => {
    const jsonFiles = filesUnder(FIXTURES_DIR).filter((file) => file.endsWith('.json') && file !== 'manifest.json' && !file.startsWith('scenarios/'));
    const entryPaths = originalEntries.map((entry) => entry['path']).sort();
    expect(entryPaths).toEqual(jsonFiles);
  });

  (REFERENCE_AVAILABLE ? it : it.skip)('ships the reference fixtures unchanged and the 28 reference entries first, in order', () => {
    const reference = JSON.parse(fs.readFileSync(path.join(REFERENCE, 'manifest.json'), 'utf8')) as { version: string; fixtures: unknown[] };
    expect(manifest.fixtures.slice(0, 28)).toEqual(reference.fixtures);
    expect(manifest.version).toBe(reference.version);
    for (const file of filesUnder(REFERENCE).filter((name) => name !== 'manifest.json')) {
      expect(fs.readFileSync(path.join(FIXTURES_DIR, file))).toEqual(fs.readFileSync(path.join(REFERENCE, file)));
    }
  });
});

describe('loadFixtures', () => {
  it('returns the documented counts', () => {
    const events = loadFixtures('events');
    expect(events).toHaveLength(14);
    expect(events.filter((c) => c.expectedValid)).toHaveLength(9);
    expect(events.filter((c) => !c.expectedValid)).toHaveLength(5);
    expect(loadFixtures('lane_mapping')).toHaveLength(2);
    expect(loadFixtures('edge_cases')).toHaveLength(5);
    expect(loadFixtures('collaboration')).toHaveLength(7);
  });

  it('builds frozen FixtureCases with the manifest facts, in manifest order', () => {
    const events = loadFixtures('events');
    expect(events.map((c) => c.id)).toEqual(originalEntries.filter((e) => e['path']!.startsWith('events/')).map((e) => e['id']));
    for (const fixture of events) {
      expect(fixture).toBeInstanceOf(FixtureCase);
      expect(Object.isFrozen(fixture)).toBe(true);
      expect(typeof fixture.payload === 'object' && fixture.payload !== null).toBe(true);
      expect(typeof fixture.notes).toBe('string');
      expect(fixture.notes.length).toBeGreaterThan(0);
      expect(fixture.minVersion).toBe('2.0.0');
    }
    expect(Object.isFrozen(events)).toBe(true);
    expect(() => {
      (events[0] as { id: string }).id = 'changed';
    }).toThrow(TypeError);
    expect(loadFixtures('collaboration').every((c) => c.minVersion === '2.1.0')).toBe(true);
    expect(Array.isArray(loadFixtures('lane_mapping')[0]!.payload)).toBe(true);
  });

  it('rejects an unknown category first, with the sorted category list', () => {
    expect(() => loadFixtures('nonexistent')).toThrow(
      new RangeError("Unknown fixture category: 'nonexistent'. Valid categories: ['collaboration', 'edge_cases', 'events', 'lane_mapping', 'scenarios']"),
    );
    expect(() => loadFixtures('__proto__')).toThrow(/^Unknown fixture category: '__proto__'/);
    expect(() => loadFixtures("it's")).toThrow(/^Unknown fixture category: "it's"\./);
    expect(() => loadFixturesFrom('/nonexistent-dir', 'nonexistent')).toThrow(RangeError);
  });

  it('resolves files from the module folder, not the working directory', () => {
    const cwd = process.cwd();
    try {
      process.chdir(os.tmpdir());
      expect(loadFixtures('events')).toHaveLength(14);
    } finally {
      process.chdir(cwd);
    }
  });

  it('throws ENOENT errors for a missing manifest or fixture file', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ske-fixtures-'));
    try {
      expect(() => loadFixturesFrom(root, 'events')).toThrow(expect.objectContaining({ code: 'ENOENT' }) as Error);
      fs.writeFileSync(
        path.join(root, 'manifest.json'),
        JSON.stringify({ version: '2.0.0', fixtures: [{ id: 'x', path: 'events/valid/x.json', expected_result: 'valid', event_type: 'Event', notes: 'n', min_version: '2.0.0' }] }),
      );
      let caught: (Error & { code?: string }) | undefined;
      try {
        loadFixturesFrom(root, 'events');
      } catch (error) {
        caught = error as Error & { code?: string };
      }
      expect(caught?.code).toBe('ENOENT');
      expect(caught?.message).toBe(`Fixture file referenced in manifest does not exist: ${path.join(root, 'events', 'valid', 'x.json')}`);
      expect(loadFixturesFrom(root, 'edge_cases')).toEqual([]);
      fs.writeFileSync(path.join(root, 'manifest.json'), JSON.stringify({ version: '2.0.0', fixtures: [{ id: 'x', path: 'events/x.json' }] }));
      expect(() => loadFixturesFrom(root, 'events')).toThrow(/missing key/);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('reads expectedValid as expected_result === "valid"', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ske-fixtures-'));
    try {
      fs.mkdirSync(path.join(root, 'events'));
      fs.writeFileSync(path.join(root, 'events', 'a.json'), '{}');
      const entry = (id: string, expected: string) => ({ id, path: 'events/a.json', expected_result: expected, event_type: 'Event', notes: 'n', min_version: '2.0.0' });
      fs.writeFileSync(path.join(root, 'manifest.json'), JSON.stringify({ version: '2.0.0', fixtures: [entry('a', 'valid'), entry('b', 'VALID'), entry('c', 'invalid')] }));
      expect(loadFixturesFrom(root, 'events').map((c) => c.expectedValid)).toEqual([true, false, false]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('§4.5 judging every manifest entry', () => {
  const cases = ORIGINAL_CATEGORIES.flatMap((category) => loadFixtures(category).map((c) => [c.id, c] as const));

  it.each(cases)('%s', (_id, fixture) => {
    const payload = fixture.payload;
    if (fixture.eventType === 'LaneMapping') {
      const rows = payload as { canonical: string; expected_sync?: string }[];
      if (fixture.expectedValid) {
        for (const row of rows) expect(() => assertLaneMapping(row.canonical, row.expected_sync)).not.toThrow();
      } else {
        expect(rows.some((row) => !Object.values(Lane).includes(row.canonical as Lane))).toBe(true);
      }
      return;
    }
    const result = validateEvent(payload, fixture.eventType, { strict: true });
    if (fixture.expectedValid) expect(result.modelViolations).toEqual([]);
    else expect(result.valid).toBe(false);
  });
});

describe('§4.4 observed verdicts', () => {
  const observed: Record<string, { valid: boolean; model: string[]; schema: string[] }> = {
    'event-missing-correlation-id': { valid: false, model: ['correlation_id missing'], schema: ['$ required'] },
    'event-invalid-lamport-clock': { valid: false, model: ['lamport_clock greater_than_equal'], schema: ['$.lamport_clock minimum'] },
    'wp-status-changed-invalid-lane': { valid: false, model: ['to_lane enum'], schema: ['$.to_lane enum'] },
    'wp-status-changed-force-no-reason': { valid: false, model: [' value_error'], schema: [] },
    'gate-failed-invalid-conclusion': { valid: false, model: ['conclusion literal_error'], schema: ['$.conclusion enum'] },
    'edge-alias-doing-normalized': { valid: false, model: [], schema: ['$.to_lane enum'] },
    'edge-unsupported-schema-version': { valid: false, model: ['schema_version string_pattern_mismatch'], schema: ['$.schema_version pattern'] },
    'edge-empty-event-type': { valid: false, model: ['event_type string_too_short'], schema: ['$.event_type minLength'] },
    'collab-participant-joined-missing-participant-id': { valid: false, model: ['participant_id missing'], schema: ['$ required'] },
    'collab-focus-changed-missing-focus-target': { valid: false, model: ['focus_target missing'], schema: ['$ required'] },
  };
  const cases = ['events', 'edge_cases', 'collaboration'].flatMap((category) => loadFixtures(category).map((c) => [c.id, c] as const));

  it.each(cases)('%s', (id, fixture) => {
    const result = validateEvent(fixture.payload, fixture.eventType, { strict: true });
    const expected = observed[id] ?? { valid: true, model: [], schema: [] };
    expect({
      valid: result.valid,
      model: result.modelViolations.map((v) => `${v.field} ${v.violationType}`),
      schema: result.schemaViolations.map((v) => `${v.jsonPath} ${v.validator}`),
    }).toEqual(expected);
  });
});

describe('§5 fixture facts', () => {
  const dir = (rel: string) => path.join(FIXTURES_DIR, rel);
  const entryFor = (rel: string) => originalEntries.find((e) => e['path'] === rel)!;

  it('events/valid: 9 objects that pass the model class directly and validateEvent', () => {
    const files = fs.readdirSync(dir('events/valid')).filter((f) => f.endsWith('.json'));
    expect(files).toHaveLength(9);
    for (const file of files) {
      const payload = JSON.parse(fs.readFileSync(dir(`events/valid/${file}`), 'utf8')) as unknown;
      expect(typeof payload === 'object' && payload !== null && !Array.isArray(payload)).toBe(true);
      const eventType = entryFor(`events/valid/${file}`)['event_type']!;
      const cls = classForEventType(eventType) as unknown as ModelClassWithParse;
      expect(() => cls.fromDict(payload)).not.toThrow();
      expect(validateEvent(payload, eventType).valid).toBe(true);
    }
  });

  it('events/invalid: 5 files that fail the model class directly and validateEvent', () => {
    const files = fs.readdirSync(dir('events/invalid')).filter((f) => f.endsWith('.json'));
    expect(files).toHaveLength(5);
    for (const file of files) {
      const payload = JSON.parse(fs.readFileSync(dir(`events/invalid/${file}`), 'utf8')) as unknown;
      const eventType = entryFor(`events/invalid/${file}`)['event_type']!;
      const cls = classForEventType(eventType) as unknown as ModelClassWithParse;
      expect(() => cls.fromDict(payload)).toThrow(ValidationError);
      const result = validateEvent(payload, eventType);
      expect(result.valid).toBe(false);
      expect(result.modelViolations.length).toBeGreaterThan(0);
    }
    const byId = new Map(loadFixtures('events').map((c) => [c.id, c] as const));
    const check = (id: string) => validateEvent(byId.get(id)!.payload, byId.get(id)!.eventType).modelViolations;
    expect(check('event-missing-correlation-id').some((v) => v.field === 'correlation_id')).toBe(true);
    expect(check('event-invalid-lamport-clock').some((v) => v.field === 'lamport_clock')).toBe(true);
    expect(check('wp-status-changed-force-no-reason').some((v) => v.message.includes('reason'))).toBe(true);
  });

  it('lane mapping files: all 7 lanes mapped as canonicalToSyncV1 does; unknown lanes rejected', () => {
    const [valid, invalid] = loadFixtures('lane_mapping');
    const rows = valid!.payload as { canonical: string; expected_sync: string }[];
    expect(rows).toHaveLength(7);
    expect(new Set(rows.map((r) => r.canonical))).toEqual(new Set(Object.values(Lane)));
    for (const row of rows) expect(canonicalToSyncV1(row.canonical as Lane)).toBe(row.expected_sync);
    const bad = invalid!.payload as { canonical: string; expected_error: string }[];
    expect(bad.map((r) => r.canonical)).toEqual(['in_review', 'paused', '']);
    for (const row of bad) {
      expect(() => assertLaneMapping(row.canonical, 'planned')).toThrow(new RangeError(`${JSON.stringify(row.canonical).replace(/"/g, "'")} is not a valid Lane`));
      expect(row.expected_error).toBe('not a valid Lane');
    }
  });

  it('CANONICAL_TO_SYNC_V1 covers every Lane with SyncLaneV1 values', () => {
    expect(new Set(CANONICAL_TO_SYNC_V1.keys())).toEqual(new Set(Object.values(Lane)));
    for (const value of CANONICAL_TO_SYNC_V1.values()) expect(Object.values(SyncLaneV1)).toContain(value);
  });

  it('edge cases: #17 normalises doing; #18, #19 valid; #20, #21 invalid', () => {
    const byId = new Map(loadFixtures('edge_cases').map((c) => [c.id, c] as const));
    const alias = byId.get('edge-alias-doing-normalized')!;
    expect(validateEvent(alias.payload, 'WPStatusChanged').modelViolations).toEqual([]);
    expect(StatusTransitionPayload.fromDict(alias.payload).to_lane).toBe(Lane.IN_PROGRESS);
    expect(validateEvent(byId.get('edge-optional-fields-omitted')!.payload, 'WPStatusChanged').valid).toBe(true);
    expect(validateEvent(byId.get('edge-event-all-optional-fields')!.payload, 'Event').valid).toBe(true);
    expect(validateEvent(byId.get('edge-unsupported-schema-version')!.payload, 'Event').valid).toBe(false);
    expect(validateEvent(byId.get('edge-empty-event-type')!.payload, 'Event').valid).toBe(false);
  });

  it('an Event survives toDict → fromDict', () => {
    const event = Event.fromDict({
      event_id: '01JMXXXXXXXXXXXXXXXXXXXXXX',
      event_type: 'TestEvent',
      aggregate_id: 'agg',
      timestamp: '2026-01-01T00:00:00Z',
      node_id: 'n',
      lamport_clock: 1,
      causation_id: null,
      project_uuid: '550e8400-e29b-41d4-a716-446655440000',
      project_slug: null,
      correlation_id: '01JMYYYYYYYYYYYYYYYYYYYYYY',
    });
    expect(Event.fromDict(event.toDict()).toDict()).toEqual(event.toDict());
  });
});

describe('build: scripts/copy-assets.js', () => {
  it('copies the fixture tree into dist/v2/conformance/fixtures', () => {
    execFileSync(process.execPath, [path.join(REPO, 'scripts', 'copy-assets.js')], { cwd: os.tmpdir(), stdio: 'pipe' });
    const target = path.join(REPO, 'dist', 'v2', 'conformance', 'fixtures');
    expect(filesUnder(target)).toEqual(filesUnder(FIXTURES_DIR));
    for (const file of filesUnder(FIXTURES_DIR)) {
      expect(fs.readFileSync(path.join(target, file))).toEqual(fs.readFileSync(path.join(FIXTURES_DIR, file)));
    }
    expect(readManifest(target)).toEqual(readManifest());
  });
});
