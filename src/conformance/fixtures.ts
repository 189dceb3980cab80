/**
 * The 6.1.0 canonical fixtures shipped with the package: the reference's fixture tree and
 * manifest, unchanged (the folder `src/conformance/fixtures/`, shipped as a module built from it,
 * scripts/build-modules.ts: bundles and browsers need no file system). The shared
 * fixture-tree mechanism bound to the 6.1.0 layout: `loadFixtures(category)` for the 14
 * reference categories (skipping the special `fixture_type` kinds), `loadReplayStream(id)` for
 * the JSON Lines replay streams.
 */
import { pyRepr } from '../conventions';
import type { NameOr } from '../registry/typed-registry';
import { packagePath } from '../schemas/lookup';
import { FixtureCase, FixtureTree, embeddedSource, parseJsonLines, readTreeFile, type FixtureSource, type ManifestEntry } from './fixture-tree';

export { FixtureCase, type ManifestEntry };

/** The 6.1.0 fixture folder of a source checkout (the package ships the tree as `PACKAGE_FIXTURES`). */
export const FIXTURES_DIR: string = packagePath(typeof __dirname === 'string' ? __dirname : undefined, 'fixtures');

/** The 6.1.0 tree as shipped: the generated module of the fixture folder, loaded on first use. */
export const PACKAGE_FIXTURES: FixtureSource = embeddedSource(
  () => (require('../generated/fixture-files-6.1.0') as { FILES: Readonly<Record<string, string>> }).FILES,
  'spec-kitty-events/conformance/fixtures',
);

const REPLAY_STREAM = 'replay_stream';

/** The manifest `fixture_type` kinds `loadFixtures` skips (any other kind is a manifest error). */
export const SPECIAL_FIXTURE_TYPES: readonly string[] = Object.freeze(['replay_stream', 'reducer_output', 'timestamp_semantics']);

/** The 6.1.0 categories: the reference loader's. */
const CATEGORIES = [
    'events',
    'lane_mapping',
    'edge_cases',
    'collaboration',
    'glossary',
    'mission_next',
    'analytics',
    'dossier',
    'mission_audit',
    'decisionpoint',
    'connector',
    'sync',
    'profile_invocation',
    'retrospective',
] as const;

/** A 6.1.0 fixture category (`loadFixtures`). */
export type FixtureCategory = (typeof CATEGORIES)[number];

const TREE = new FixtureTree(PACKAGE_FIXTURES, { categories: CATEGORIES, specialFixtureTypes: SPECIAL_FIXTURE_TYPES });

/** Every category `loadFixtures` accepts, sorted. */
export const FIXTURE_CATEGORIES: readonly FixtureCategory[] = TREE.categories as readonly FixtureCategory[];

/** The parsed manifest entries (the `fixtures` list), in manifest order. */
export function readManifest(root: string | FixtureSource = PACKAGE_FIXTURES): readonly ManifestEntry[] {
  return TREE.at(root).manifest();
}

/**
 * The fixtures of a category, in manifest order, without the special kinds (replay streams,
 * reducer outputs, timestamp-semantics documents). An unknown category throws `RangeError`
 * `Unknown fixture category: '…'. Valid categories: [...]`; a missing file throws (code
 * ENOENT) `Fixture file referenced in manifest does not exist: …`.
 */
export function loadFixtures(category: NameOr<FixtureCategory>): readonly FixtureCase[] {
  return TREE.load(category);
}

/** `loadFixtures` over another 6.1.0-shaped tree (tests, tooling). */
export function loadFixturesFrom(root: string | FixtureSource, category: string): readonly FixtureCase[] {
  return TREE.at(root).load(category);
}

/**
 * A replay stream by manifest id (e.g. `'dossier-replay-happy-path'`): the event dicts of its
 * JSON Lines file, in file order. An unknown id, or an entry that is not a `replay_stream`,
 * throws `RangeError`; a missing file throws (code ENOENT).
 */
export function loadReplayStream(fixtureId: string): readonly unknown[] {
  return loadReplayStreamFrom(PACKAGE_FIXTURES, fixtureId);
}

/** `loadReplayStream` over another 6.1.0-shaped tree. */
export function loadReplayStreamFrom(root: string | FixtureSource, fixtureId: string): readonly unknown[] {
  const tree = TREE.at(root);
  const entry = tree.entry(fixtureId);
  if (entry === undefined) throw new RangeError(`Replay stream fixture not found in manifest: ${pyRepr(fixtureId)}`);
  const kind: unknown = Object.prototype.hasOwnProperty.call(entry, 'fixture_type') ? entry.fixture_type : null;
  if (kind !== REPLAY_STREAM) {
    throw new RangeError(
      `Fixture ${pyRepr(fixtureId)} is not a replay_stream (fixture_type=${pyRepr(kind ?? null)}). Use loadFixtures() for regular fixture cases.`,
    );
  }
  return Object.freeze(parseJsonLines(readTreeFile(tree.source, entry.path, 'Replay stream file')));
}
