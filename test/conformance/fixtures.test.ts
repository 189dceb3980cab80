/** The 6.1.0 fixture tree: the reference's 242 manifest entries shipped unchanged, and its loaders. */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  FIXTURES_DIR,
  FIXTURE_CATEGORIES,
  SPECIAL_FIXTURE_TYPES,
  loadFixtures,
  loadFixturesFrom,
  loadReplayStream,
  loadReplayStreamFrom,
  readManifest,
} from '../../src/conformance/fixtures';
import { FixtureCase } from '../../src/conformance/fixture-tree';

const REFERENCE = '/work/shared/reference-py/6.1.0/src/spec_kitty_events/conformance/fixtures';
const REFERENCE_AVAILABLE = fs.existsSync(REFERENCE);

function filesUnder(root: string, rel = ''): string[] {
  const out: string[] = [];
  for (const name of fs.readdirSync(path.join(root, rel)).sort()) {
    const relPath = rel === '' ? name : `${rel}/${name}`;
    if (fs.statSync(path.join(root, relPath)).isDirectory()) out.push(...filesUnder(root, relPath));
    else out.push(relPath);
  }
  return out;
}

const manifest = readManifest();

describe('the shipped 6.1.0 fixture tree', () => {
  it('holds the 242 reference manifest entries, each file present', () => {
    expect(manifest).toHaveLength(242);
    expect(new Set(manifest.map((entry) => entry.id)).size).toBe(242);
    for (const entry of manifest) expect(fs.existsSync(path.join(FIXTURES_DIR, entry.path))).toBe(true);
    expect(manifest.filter((entry) => entry.expected_result === 'valid')).toHaveLength(162);
  });

  (REFERENCE_AVAILABLE ? it : it.skip)('is the reference tree, byte for byte (Python package files aside)', () => {
    const reference = filesUnder(REFERENCE).filter((file) => !file.endsWith('.py') && !file.includes('__pycache__'));
    expect(filesUnder(FIXTURES_DIR)).toEqual(reference);
    for (const file of reference) expect(fs.readFileSync(path.join(FIXTURES_DIR, file))).toEqual(fs.readFileSync(path.join(REFERENCE, file)));
  });
});

describe('loadFixtures (6.1.0)', () => {
  it('accepts the 14 reference categories, sorted', () => {
    expect(FIXTURE_CATEGORIES).toEqual([
      'analytics', 'collaboration', 'connector', 'decisionpoint', 'dossier', 'edge_cases', 'events',
      'glossary', 'lane_mapping', 'mission_audit', 'mission_next', 'profile_invocation', 'retrospective', 'sync',
    ]);
    expect(SPECIAL_FIXTURE_TYPES).toEqual(['replay_stream', 'reducer_output', 'timestamp_semantics']);
  });

  it.each(FIXTURE_CATEGORIES.map((category) => [category]))('%s: the manifest entries of its folder, minus the special kinds, in order', (category) => {
    const expected = manifest.filter((entry) => entry.path.startsWith(`${category}/`) && entry.fixture_type === undefined);
    const cases = loadFixtures(category);
    expect(cases.map((c) => c.id)).toEqual(expected.map((entry) => entry.id));
    expect(cases.length).toBeGreaterThan(0);
    for (const [index, c] of cases.entries()) {
      const entry = expected[index]!;
      expect(c).toBeInstanceOf(FixtureCase);
      expect(Object.isFrozen(c)).toBe(true);
      expect(c.expectedValid).toBe(entry.expected_result === 'valid');
      expect(c.eventType).toBe(entry.event_type);
      expect(c.notes).toBe(entry.notes);
      expect(c.minVersion).toBe(entry.min_version);
      expect(c.payload).toEqual(JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, entry.path), 'utf8')));
    }
  });

  it('the categories cover every regular fixture outside class_taxonomy and legacy', () => {
    const loaded = FIXTURE_CATEGORIES.flatMap((category) => loadFixtures(category)).length;
    const regular = manifest.filter((entry) => entry.fixture_type === undefined && !/^(class_taxonomy|legacy)\//.test(entry.path));
    expect(loaded).toBe(regular.length);
  });

  it('an unknown category throws the reference message', () => {
    expect(() => loadFixtures('class_taxonomy')).toThrow(
      new RangeError(
        "Unknown fixture category: 'class_taxonomy'. Valid categories: ['analytics', 'collaboration', 'connector', 'decisionpoint', 'dossier', 'edge_cases', 'events', 'glossary', 'lane_mapping', 'mission_audit', 'mission_next', 'profile_invocation', 'retrospective', 'sync']",
      ),
    );
    expect(() => loadFixtures('scenarios')).toThrow(RangeError);
  });

  describe('over a temporary tree', () => {
    let root: string;
    beforeEach(() => {
      root = fs.mkdtempSync(path.join(os.tmpdir(), 'ske-fixtures61-'));
      fs.mkdirSync(path.join(root, 'events', 'valid'), { recursive: true });
      fs.writeFileSync(path.join(root, 'events', 'valid', 'a.json'), '{"a": 1}');
      fs.writeFileSync(path.join(root, 'events', 'valid', 's.jsonl'), '{"n": 1}\n\n  \n{"n": 2}\n');
    });
    afterEach(() => fs.rmSync(root, { recursive: true, force: true }));
    const write = (fixtures: unknown[]) => fs.writeFileSync(path.join(root, 'manifest.json'), JSON.stringify({ version: 't', fixtures }));
    const entry = (id: string, file: string, extra: Record<string, unknown> = {}) => ({
      id, path: file, expected_result: 'valid', event_type: 'Event', notes: '', min_version: '1', ...extra,
    });

    it('skips the special kinds and loads a null fixture_type', () => {
      write([entry('a', 'events/valid/a.json'), entry('s', 'events/valid/s.jsonl', { fixture_type: 'replay_stream' }), entry('n', 'events/valid/a.json', { fixture_type: null })]);
      expect(loadFixturesFrom(root, 'events').map((c) => c.id)).toEqual(['a', 'n']);
    });

    it('an unknown fixture_type throws naming it and the known kinds', () => {
      write([entry('x', 'events/valid/a.json', { fixture_type: 'replay_steam' })]);
      expect(() => loadFixturesFrom(root, 'events')).toThrow(
        new RangeError("Unknown fixture_type 'replay_steam' in manifest entry 'x'. Known types: ['reducer_output', 'replay_stream', 'timestamp_semantics']"),
      );
    });

    it('a missing file throws ENOENT', () => {
      write([entry('m', 'events/valid/missing.json')]);
      expect(() => loadFixturesFrom(root, 'events')).toThrow(expect.objectContaining({ code: 'ENOENT' }) as Error);
    });

    it('loadReplayStream reads JSON Lines, skipping blank lines, and checks the entry kind', () => {
      write([entry('a', 'events/valid/a.json'), entry('s', 'events/valid/s.jsonl', { fixture_type: 'replay_stream' }), entry('gone', 'events/valid/gone.jsonl', { fixture_type: 'replay_stream' })]);
      expect(loadReplayStreamFrom(root, 's')).toEqual([{ n: 1 }, { n: 2 }]);
      expect(() => loadReplayStreamFrom(root, 'nope')).toThrow(new RangeError("Replay stream fixture not found in manifest: 'nope'"));
      expect(() => loadReplayStreamFrom(root, 'a')).toThrow(
        new RangeError("Fixture 'a' is not a replay_stream (fixture_type=None). Use loadFixtures() for regular fixture cases."),
      );
      expect(() => loadReplayStreamFrom(root, 'gone')).toThrow(expect.objectContaining({ code: 'ENOENT' }) as Error);
    });
  });
});

describe('loadReplayStream (6.1.0)', () => {
  const streams = manifest.filter((entry) => entry.fixture_type === 'replay_stream');

  it('there are the reference replay streams', () => {
    expect(streams.length).toBe(13);
  });

  it.each(streams.map((entry) => [entry.id, entry.path]))('%s: one envelope object per line', (id, file) => {
    const events = loadReplayStream(id);
    const lines = fs.readFileSync(path.join(FIXTURES_DIR, file), 'utf8').split('\n').filter((line) => line.trim() !== '');
    expect(events).toHaveLength(lines.length);
    expect(Object.isFrozen(events)).toBe(true);
    for (const event of events) expect(typeof (event as { event_type?: unknown }).event_type).toBe('string');
  });

  it('a reducer output entry is not a stream', () => {
    expect(() => loadReplayStream('dossier-canonical-output-snapshot')).toThrow(
      new RangeError("Fixture 'dossier-canonical-output-snapshot' is not a replay_stream (fixture_type='reducer_output'). Use loadFixtures() for regular fixture cases."),
    );
  });
});

describe('build: scripts/copy-assets.js ships the 6.1.0 tree', () => {
  it('copies src/conformance/fixtures into dist/conformance/fixtures, byte for byte', () => {
    const repo = path.resolve(__dirname, '..', '..');
    execFileSync(process.execPath, [path.join(repo, 'scripts', 'copy-assets.js')], { cwd: os.tmpdir(), stdio: 'pipe' });
    const target = path.join(repo, 'dist', 'conformance', 'fixtures');
    expect(filesUnder(target)).toEqual(filesUnder(FIXTURES_DIR));
    for (const file of filesUnder(FIXTURES_DIR)) expect(fs.readFileSync(path.join(target, file))).toEqual(fs.readFileSync(path.join(FIXTURES_DIR, file)));
    expect(readManifest(target)).toEqual(readManifest());
  });
});
