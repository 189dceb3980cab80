/**
 * The fixture-tree mechanism both contract versions share: a `manifest.json` listing fixture
 * files by category folder, `FixtureCase`, loading a category in manifest order, and JSON Lines
 * streams. A contract describes its tree (`FixtureTreeSpec`: root folder, categories, the
 * special `fixture_type` kinds a category load skips, per-category readers) and gets the loaders
 * bound to it (`src/v2/conformance/fixtures.ts` for 2.1.0, `./fixtures.ts` for 6.1.0). Paths
 * resolve from the tree's root, never the cwd.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compareCodePoints, getOwn, pyRepr } from '../conventions';

const ENTRY_KEYS = ['id', 'path', 'expected_result', 'event_type', 'notes', 'min_version'] as const;

/** One manifest entry, as stored (6.1.0 entries may carry `fixture_type`). */
export interface ManifestEntry {
  readonly id: string;
  readonly path: string;
  readonly expected_result: string;
  readonly event_type: string;
  readonly notes: string;
  readonly min_version: string;
  /** A special kind (`replay_stream`, `reducer_output`, ...) that `loadFixtures` does not return. */
  readonly fixture_type?: string;
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

/** Reads one fixture file of a category (the default parses it as JSON). */
export type FixtureReader = (file: string) => unknown;

/** How a contract's fixture tree is laid out. */
export interface FixtureTreeSpec {
  /** The categories `loadFixtures` accepts (the folder names under the root). */
  readonly categories: readonly string[];
  /**
   * `fixture_type` values a category load skips; an entry with any other `fixture_type`
   * throws `RangeError` `Unknown fixture_type '…' in manifest entry '…'. Known types: [...]`.
   * Absent: the contract has no `fixture_type` (every entry is loaded).
   */
  readonly specialFixtureTypes?: readonly string[];
  /** Category → reader, for categories whose files are not plain JSON (2.1.0 `scenarios`). */
  readonly readers?: Readonly<Record<string, FixtureReader>>;
}

/** `Error` with the `ENOENT` code, as a missing file reports. */
export function fileNotFound(message: string): Error {
  const error = new Error(message) as Error & { code: string };
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

function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
}

/** The manifest file's path below a tree root. */
export function manifestPath(root: string): string {
  return path.join(root, 'manifest.json');
}

/** The parsed manifest entries of a tree, in manifest order (a missing key throws TypeError). */
export function readManifest(root: string): readonly ManifestEntry[] {
  const manifest = readJson(manifestPath(root));
  const fixtures = typeof manifest === 'object' && manifest !== null ? getOwn(manifest, 'fixtures') : undefined;
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

/** The file of a manifest entry below a tree root (`/`-separated manifest paths). */
export function entryFile(root: string, entry: ManifestEntry): string {
  return path.join(root, ...entry.path.split('/'));
}

/** A contract's fixture tree: the spec bound to a root folder. */
export class FixtureTree {
  /** The accepted categories, sorted by code point (the order error messages list them in). */
  readonly categories: readonly string[];
  private readonly categorySet: ReadonlySet<unknown>;
  private readonly specialTypes: readonly string[] | null;

  constructor(
    readonly root: string,
    private readonly spec: FixtureTreeSpec,
  ) {
    this.categories = Object.freeze([...spec.categories].sort(compareCodePoints));
    this.categorySet = new Set<unknown>(this.categories);
    this.specialTypes = spec.specialFixtureTypes === undefined ? null : Object.freeze([...spec.specialFixtureTypes].sort(compareCodePoints));
  }

  /** The same spec over another root (tests, tooling). */
  at(root: string): FixtureTree {
    return new FixtureTree(root, this.spec);
  }

  manifest(): readonly ManifestEntry[] {
    return readManifest(this.root);
  }

  /**
   * The fixtures of a category, in manifest order. An unknown category throws `RangeError`
   * `Unknown fixture category: '…'. Valid categories: [...]`; a missing file throws (code
   * ENOENT) `Fixture file referenced in manifest does not exist: …`.
   */
  load(category: string): readonly FixtureCase[] {
    if (!this.categorySet.has(category)) {
      throw new RangeError(`Unknown fixture category: ${pyRepr(category)}. Valid categories: ${pyRepr(this.categories)}`);
    }
    const prefix = `${category}/`;
    const read = (getOwn(this.spec.readers ?? {}, category) as FixtureReader | undefined) ?? readJson;
    const cases: FixtureCase[] = [];
    for (const entry of this.manifest()) {
      if (!entry.path.startsWith(prefix) || this.skips(entry)) continue;
      const file = entryFile(this.root, entry);
      if (!fs.existsSync(file)) throw fileNotFound(`Fixture file referenced in manifest does not exist: ${file}`);
      cases.push(new FixtureCase(entry.id, read(file), entry.expected_result === 'valid', entry.event_type, entry.notes, entry.min_version));
    }
    return Object.freeze(cases);
  }

  /** The manifest entry with this id, or undefined. */
  entry(id: string): ManifestEntry | undefined {
    return this.manifest().find((entry) => entry.id === id);
  }

  private skips(entry: ManifestEntry): boolean {
    if (this.specialTypes === null) return false;
    const kind: unknown = getOwn(entry, 'fixture_type');
    if (kind === undefined || kind === null) return false;
    if (!this.specialTypes.includes(kind as string)) {
      throw new RangeError(`Unknown fixture_type ${pyRepr(kind)} in manifest entry ${pyRepr(entry.id)}. Known types: ${pyRepr(this.specialTypes)}`);
    }
    return true;
  }
}
