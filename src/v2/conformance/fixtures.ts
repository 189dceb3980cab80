/**
 * The canonical fixtures shipped with the package (SCHEMAS_AND_CONFORMANCE.md §4): the
 * manifest, `loadFixtures(category)` and `FixtureCase`, plus the `scenarios` category
 * (reducer replays: `events.jsonl` + `expected.json`, see fixtures/scenarios/FORMAT.md) with
 * its typed view `loadScenarios()`. The package's tree ships as a module built from the folder
 * `src/v2/conformance/fixtures/` (scripts/build-modules.ts: bundles need no file system); other
 * trees are read from their folder, never the cwd.
 */
import { getOwn, pyRepr } from '../../conventions';
import type { NameOr } from '../../registry/typed-registry';
import {
  FixtureCase,
  FixtureTree,
  embeddedSource,
  manifestPath as treeManifestPath,
  parseJsonLines,
  readManifest as treeReadManifest,
  readTreeFile,
  type FixtureSource,
  type ManifestEntry,
} from '../../conformance/fixture-tree';
import { packagePath } from '../../schemas/lookup';

export { FixtureCase, parseJsonLines, type ManifestEntry };

/** The 2.1.0 fixture folder of a source checkout (the package ships the tree as `PACKAGE_FIXTURES`). */
export const FIXTURES_DIR: string = packagePath(typeof __dirname === 'string' ? __dirname : undefined, 'fixtures');

/** The 2.1.0 tree as shipped: the generated module of the fixture folder, loaded on first use. */
export const PACKAGE_FIXTURES: FixtureSource = embeddedSource(
  () => (require('../../generated/fixture-files-2.1.0') as { FILES: Readonly<Record<string, string>> }).FILES,
  'spec-kitty-events/v2/conformance/fixtures',
);

/** The pseudo event type of scenario entries (not an event type: `validateEvent` does not apply). */
export const SCENARIO_EVENT_TYPE = 'Scenario';

/** A scenario entry's file is `events.jsonl`; its `expected.json` sits beside it. */
function readScenario(text: string, rel: string, source: FixtureSource): unknown {
  const events = Object.freeze(parseJsonLines(text));
  const expectedRel = `${rel.slice(0, rel.lastIndexOf('/') + 1)}expected.json`;
  const expected = JSON.parse(readTreeFile(source, expectedRel)) as unknown;
  return Object.freeze({ events, expected });
}

/** The 2.1.0 tree: five categories, no `fixture_type`, scenarios read as JSON Lines + expected.json. */
const CATEGORIES = ['collaboration', 'edge_cases', 'events', 'lane_mapping', 'scenarios'] as const;

/** A 2.1.0 fixture category (`loadFixtures`). */
export type FixtureCategory = (typeof CATEGORIES)[number];

const V2_TREE = new FixtureTree(PACKAGE_FIXTURES, {
  categories: CATEGORIES,
  readers: { scenarios: readScenario },
});

/** Every category `loadFixtures` accepts, sorted. */
export const FIXTURE_CATEGORIES: readonly FixtureCategory[] = V2_TREE.categories as readonly FixtureCategory[];

/** The manifest file's path. */
export function manifestPath(root: string = FIXTURES_DIR): string {
  return treeManifestPath(root);
}

/** The parsed manifest entries, in manifest order (a missing key throws). */
export function readManifest(root: string | FixtureSource = PACKAGE_FIXTURES): readonly ManifestEntry[] {
  return treeReadManifest(root);
}

/**
 * The fixtures of a category, in manifest order. Categories: `collaboration`, `edge_cases`,
 * `events`, `lane_mapping`, `scenarios`; anything else throws `RangeError`
 * `Unknown fixture category: '…'. Valid categories: [...]`.
 */
export function loadFixtures(category: NameOr<FixtureCategory>): readonly FixtureCase[] {
  return V2_TREE.load(category);
}

/** `loadFixtures` over another fixture tree (tests, tooling). */
export function loadFixturesFrom(root: string | FixtureSource, category: string): readonly FixtureCase[] {
  return V2_TREE.at(root).load(category);
}

/** Which reducer a scenario replays through. */
export type ScenarioReducer = 'status' | 'lifecycle' | 'collaboration';

/** A scenario's reducer options (the collaboration reducer's `mode` and `roster`). */
export interface ScenarioOptions {
  readonly mode?: 'strict' | 'permissive';
  /** Participant id → ParticipantIdentity dict. */
  readonly roster?: Readonly<Record<string, unknown>>;
}

/** The error a failing scenario expects (`name` and exact `message`). */
export interface ScenarioError {
  readonly name: string;
  readonly message: string;
}

/** A reducer replay: envelopes in file order, the reducer, and its expected output or error. */
export interface ScenarioCase {
  readonly id: string;
  /** The scenario folder name. */
  readonly name: string;
  readonly notes: string;
  readonly minVersion: string;
  readonly reducer: ScenarioReducer;
  readonly options: ScenarioOptions;
  /** The envelope dicts of `events.jsonl` (input for `Event.fromDict`). */
  readonly events: readonly unknown[];
  /** `result.toDict()` as JSON, or null when an error is expected. */
  readonly expected: unknown;
  readonly expectedError: ScenarioError | null;
}

const REDUCERS: ReadonlySet<unknown> = new Set<unknown>(['status', 'lifecycle', 'collaboration']);

/** The scenarios of the manifest, typed (an ill-formed `expected.json` throws TypeError). */
export function loadScenarios(root: string | FixtureSource = PACKAGE_FIXTURES): readonly ScenarioCase[] {
  const entries = new Map(readManifest(root).map((entry) => [entry.id, entry] as const));
  return Object.freeze(
    loadFixturesFrom(root, 'scenarios').map((fixture): ScenarioCase => {
      const { events, expected: spec } = fixture.payload as { events: readonly unknown[]; expected: unknown };
      const entry = entries.get(fixture.id)!;
      const name = entry.path.split('/')[1] ?? fixture.id;
      if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) throw new TypeError(`Scenario ${name}: expected.json is not an object`);
      const reducer = getOwn(spec, 'reducer');
      if (!REDUCERS.has(reducer)) throw new TypeError(`Scenario ${name}: unknown reducer ${pyRepr(reducer)}`);
      const options = (getOwn(spec, 'options') ?? {}) as ScenarioOptions;
      const error = getOwn(spec, 'expected_error') as ScenarioError | undefined;
      if (error === undefined && !Object.prototype.hasOwnProperty.call(spec, 'expected')) {
        throw new TypeError(`Scenario ${name}: expected.json has neither "expected" nor "expected_error"`);
      }
      return Object.freeze({
        id: fixture.id,
        name,
        notes: fixture.notes,
        minVersion: fixture.minVersion,
        reducer: reducer as ScenarioReducer,
        options,
        events,
        expected: error === undefined ? getOwn(spec, 'expected') : null,
        expectedError: error === undefined ? null : Object.freeze({ name: String(error.name), message: String(error.message) }),
      });
    }),
  );
}
