/**
 * The fixture-tree mechanism both contract versions share: a `manifest.json` listing fixture
 * files by category folder, `FixtureCase`, loading a category in manifest order, and JSON Lines
 * streams. A contract describes its tree (`FixtureTreeSpec`: root folder, categories, the
 * special `fixture_type` kinds a category load skips, per-category readers) and gets the loaders
 * bound to it (`src/v2/conformance/fixtures.ts` for 2.1.0, `./fixtures.ts` for 6.1.0). A tree
 * reads its files from a `FixtureSource`: the package's own trees from modules built from the
 * fixture folders (`embeddedSource`, scripts/build-modules.ts: no file system, bundles work),
 * other trees from a folder (`directorySource`; paths resolve from its root, never the cwd).
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

/** Where a tree's files come from: texts by `/`-separated path below the tree root. */
export interface FixtureSource {
  /** A file's text, or undefined when the tree has no such file. */
  read(rel: string): string | undefined;
  /** The file as error messages name it (a path below the folder, or below the package's tree). */
  describe(rel: string): string;
}

/** A tree on disk below `root`. */
export function directorySource(root: string): FixtureSource {
  const file = (rel: string): string => path.join(root, ...rel.split('/'));
  return {
    read: (rel) => {
      const target = file(rel);
      return fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined;
    },
    describe: file,
  };
}

/** A tree shipped as a module (relative path -> text), loaded on first read; `label` prefixes paths in messages. */
export function embeddedSource(load: () => Readonly<Record<string, string>>, label: string): FixtureSource {
  let files: Readonly<Record<string, string>> | undefined;
  return {
    read: (rel) => {
      files ??= load();
      return Object.prototype.hasOwnProperty.call(files, rel) ? files[rel] : undefined;
    },
    describe: (rel) => `${label}/${rel}`,
  };
}

function sourceOf(root: string | FixtureSource): FixtureSource {
  return typeof root === 'string' ? directorySource(root) : root;
}

/** Reads one fixture file of a category from its text (the default parses it as JSON). */
export type FixtureReader = (text: string, rel: string, source: FixtureSource) => unknown;

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

function readJson(text: string): unknown {
  return JSON.parse(text) as unknown;
}

const MANIFEST = 'manifest.json';

/** The manifest file's path below a tree root. */
export function manifestPath(root: string): string {
  return path.join(root, MANIFEST);
}

/** A tree file's text; a missing file throws (code ENOENT) `<what> referenced in manifest does not exist: …`. */
export function readTreeFile(source: FixtureSource, rel: string, what = 'Fixture file'): string {
  const text = source.read(rel);
  if (text === undefined) throw fileNotFound(`${what} referenced in manifest does not exist: ${source.describe(rel)}`);
  return text;
}

/** The parsed manifest entries of a tree, in manifest order (a missing key throws TypeError). */
export function readManifest(root: string | FixtureSource): readonly ManifestEntry[] {
  const source = sourceOf(root);
  const text = source.read(MANIFEST);
  if (text === undefined) throw fileNotFound(`No such file or directory: ${pyRepr(source.describe(MANIFEST))}`);
  const manifest = readJson(text);
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
  /** Where the files come from. */
  readonly source: FixtureSource;

  constructor(
    root: string | FixtureSource,
    private readonly spec: FixtureTreeSpec,
  ) {
    this.source = sourceOf(root);
    this.categories = Object.freeze([...spec.categories].sort(compareCodePoints));
    this.categorySet = new Set<unknown>(this.categories);
    this.specialTypes = spec.specialFixtureTypes === undefined ? null : Object.freeze([...spec.specialFixtureTypes].sort(compareCodePoints));
  }

  /** The same spec over another root (tests, tooling). */
  at(root: string | FixtureSource): FixtureTree {
    return new FixtureTree(root, this.spec);
  }

  manifest(): readonly ManifestEntry[] {
    return readManifest(this.source);
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
    const read: FixtureReader = (getOwn(this.spec.readers ?? {}, category) as FixtureReader | undefined) ?? readJson;
    const cases: FixtureCase[] = [];
    for (const entry of this.manifest()) {
      if (!entry.path.startsWith(prefix) || this.skips(entry)) continue;
      const text = readTreeFile(this.source, entry.path);
      cases.push(
        new FixtureCase(entry.id, read(text, entry.path, this.source), entry.expected_result === 'valid', entry.event_type, entry.notes, entry.min_version),
      );
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
