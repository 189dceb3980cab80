/**
 * The canonical fixtures shipped with the package (SCHEMAS_AND_CONFORMANCE.md §4): the
 * manifest, `loadFixtures(category)` and `FixtureCase`, plus the `scenarios` category
 * (reducer replays: `events.jsonl` + `expected.json`, see fixtures/scenarios/FORMAT.md) with
 * its typed view `loadScenarios()`. Paths resolve from this module's folder, never the cwd.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compareCodePoints, getOwn, pyRepr } from '../../conventions';

/** The fixture tree: `fixtures/` next to this module (src/ and dist/ alike). */
export const FIXTURES_DIR: string = path.join(__dirname, 'fixtures');

/** Every category `loadFixtures` accepts, sorted. */
export const FIXTURE_CATEGORIES: readonly string[] = Object.freeze(
  ['collaboration', 'edge_cases', 'events', 'lane_mapping', 'scenarios'].sort(compareCodePoints),
);
const CATEGORY_SET: ReadonlySet<unknown> = new Set<unknown>(FIXTURE_CATEGORIES);

/** The pseudo event type of scenario entries (not an event type: `validateEvent` does not apply). */
export const SCENARIO_EVENT_TYPE = 'Scenario';

const ENTRY_KEYS = ['id', 'path', 'expected_result', 'event_type', 'notes', 'min_version'] as const;

/** One manifest entry, as stored. */
export interface ManifestEntry {
  readonly id: string;
  readonly path: string;
  readonly expected_result: string;
  readonly event_type: string;
  readonly notes: string;
  readonly min_version: string;
}

/** One fixture: the parsed file plus its manifest facts (frozen). */
export class FixtureCase {
  readonly id: string;
  /** The parsed file: an object, an array for lane-mapping files, `{events, expected}` for scenarios. */
  readonly payload: unknown;
  readonly expectedValid: boolean;
  readonly eventType: string;
  readonly notes: string;
  readonly minVersion: string;

  constructor(id: string, payload: unknown, expectedValid: boolean, eventType: string, notes: string, minVersion: string) {
    this.id = id;
    this.payload = payload;
    this.expectedValid = expectedValid;
    this.eventType = eventType;
    this.notes = notes;
    this.minVersion = minVersion;
    Object.freeze(this);
  }
}

/** The manifest file's path. */
export function manifestPath(root: string = FIXTURES_DIR): string {
  return path.join(root, 'manifest.json');
}

/** The parsed manifest entries, in manifest order (a missing key throws). */
export function readManifest(root: string = FIXTURES_DIR): readonly ManifestEntry[] {
  const manifest = JSON.parse(fs.readFileSync(manifestPath(root), 'utf8')) as { fixtures?: unknown };
  const fixtures = manifest.fixtures;
  if (!Array.isArray(fixtures)) throw new TypeError('Fixture manifest has no "fixtures" list');
  return Object.freeze(
    fixtures.map((raw: unknown, index) => {
      if (typeof raw !== 'object' || raw === null) throw new TypeError(`Fixture manifest entry ${index} is not an object`);
      for (const key of ENTRY_KEYS) {
        if (!Object.prototype.hasOwnProperty.call(raw, key)) throw new TypeError(`Fixture manifest entry ${index} is missing key ${pyRepr(key)}`);
      }
      return Object.freeze(raw) as ManifestEntry;
    }),
  );
}

function notFound(file: string): Error {
  const error = new Error(`Fixture file referenced in manifest does not exist: ${file}`) as Error & { code: string };
  error.code = 'ENOENT';
  return error;
}

/** Parses a JSON Lines text: one JSON value per non-blank line. */
export function parseJsonLines(text: string): unknown[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as unknown);
}

function readPayload(category: string, file: string): unknown {
  if (category !== 'scenarios') return JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  const events = Object.freeze(parseJsonLines(fs.readFileSync(file, 'utf8')));
  const expectedFile = path.join(path.dirname(file), 'expected.json');
  if (!fs.existsSync(expectedFile)) throw notFound(expectedFile);
  const expected = JSON.parse(fs.readFileSync(expectedFile, 'utf8')) as unknown;
  return Object.freeze({ events, expected });
}

/**
 * The fixtures of a category, in manifest order. Categories: `collaboration`, `edge_cases`,
 * `events`, `lane_mapping`, `scenarios`; anything else throws `RangeError`
 * `Unknown fixture category: '…'. Valid categories: [...]`.
 */
export function loadFixtures(category: string): readonly FixtureCase[] {
  return loadFixturesFrom(FIXTURES_DIR, category);
}

/** `loadFixtures` over another fixture tree (tests, tooling). */
export function loadFixturesFrom(root: string, category: string): readonly FixtureCase[] {
  if (!CATEGORY_SET.has(category)) {
    throw new RangeError(`Unknown fixture category: ${pyRepr(category)}. Valid categories: ${pyRepr(FIXTURE_CATEGORIES)}`);
  }
  const prefix = `${category}/`;
  const cases: FixtureCase[] = [];
  for (const entry of readManifest(root)) {
    if (!entry.path.startsWith(prefix)) continue;
    const file = path.join(root, ...entry.path.split('/'));
    if (!fs.existsSync(file)) throw notFound(file);
    const payload = readPayload(category, file);
    cases.push(new FixtureCase(entry.id, payload, entry.expected_result === 'valid', entry.event_type, entry.notes, entry.min_version));
  }
  return Object.freeze(cases);
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
export function loadScenarios(root: string = FIXTURES_DIR): readonly ScenarioCase[] {
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
