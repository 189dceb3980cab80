/**
 * Cold start (issue 11): what a fresh process loads. The root import must not load
 * class-validator's index (it pulls `validator` and `libphonenumber-js`, ~140 ms) nor ajv's
 * compiler, and `spec-kitty-events --version` must answer without loading the models.
 * Runs against the build (`npm test` builds first, pretest), as the package is used.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as rootSource from '../../src';
import * as v2Source from '../../src/v2';

jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, '..', '..');
const DIST_INDEX = path.join(ROOT, 'dist', 'index.js');
const MAIN = path.join(ROOT, 'dist', 'cli', 'main.js');
const DIST_V2 = path.join(ROOT, 'dist', 'v2', 'index.js');

/** The node_modules package names (and own dist files) a fresh process loaded after `script`. */
function loadedAfter(script: string): { packages: Set<string>; own: string[] } {
  const probe = `${script}
const ids = Object.keys(require.cache);
process.stdout.write(JSON.stringify(ids));`;
  const r = spawnSync(process.execPath, ['-e', probe], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`probe failed: ${r.stderr}`);
  const ids = JSON.parse(r.stdout) as string[];
  const packages = new Set<string>();
  for (const id of ids) {
    const m = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/](.*)$/.exec(id);
    if (m !== null) packages.add(`${m[1]}:${m[2].replace(/\\/g, '/')}`);
  }
  return { packages, own: ids.filter((id) => id.startsWith(path.join(ROOT, 'dist'))) };
}

beforeAll(() => {
  if (!fs.existsSync(DIST_INDEX)) throw new Error(`${DIST_INDEX} is missing: run "npm run build" first`);
});

describe('cold start', () => {
  it("require('spec-kitty-events') loads neither class-validator's index nor validator, libphonenumber-js or ajv", () => {
    // Every name touched: the lazy facade loads every area, as an ES module importer does.
    const { packages } = loadedAfter(`const lib = require(${JSON.stringify(DIST_INDEX)}); for (const k of Object.keys(lib)) void lib[k];`);
    const names = [...packages];
    expect(names.some((n) => n.startsWith('class-validator:'))).toBe(true); // the deep ValidateBy path
    expect(packages.has('class-validator:cjs/index.js')).toBe(false);
    expect(names.filter((n) => /^(validator|libphonenumber-js|ajv):/.test(n))).toEqual([]);
  });

  it('--version prints the version without loading the models, the CLI parser or any dependency', () => {
    const r = spawnSync(process.execPath, [MAIN, '--version'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version}\n`);
    const { packages, own } = loadedAfter(`process.argv = [process.argv[0], ${JSON.stringify(MAIN)}, '--version'];
const write = process.stdout.write.bind(process.stdout); process.stdout.write = () => true;
process.exit = () => {};
require(${JSON.stringify(MAIN)});
process.stdout.write = write;`);
    expect([...packages]).toEqual([]);
    expect(own.map((f) => path.relative(ROOT, f)).sort()).toEqual(['dist/cli/io.js', 'dist/cli/main.js'].map((p) => path.join(...p.split('/'))));
  });

  it('the DTO decorators still register with the application’s class-validator (one metadata storage)', () => {
    const r = spawnSync(
      process.execPath,
      [
        '-e',
        `const { FocusChangedPayload } = require(${JSON.stringify(DIST_INDEX)});
const { validateSync } = require('class-validator');
const { plainToInstance } = require('class-transformer');
const errors = validateSync(plainToInstance(FocusChangedPayload, { participant_id: 5 }));
process.stdout.write(String(errors.length > 0));`,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('true');
  });

  describe('lazy entry facades (scripts/lazy-entries.js)', () => {
    const run = (code: string, args: readonly string[] = ['-e']): string => {
      const r = spawnSync(process.execPath, [...args, code], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
      if (r.status !== 0) throw new Error(`probe failed: ${r.stderr}`);
      return r.stdout;
    };

    it.each([
      ['root', DIST_INDEX],
      ['v2', DIST_V2],
    ])("require of the %s entry loads only reflect-metadata and the entry file", (_name, entry) => {
      const { packages, own } = loadedAfter(`require(${JSON.stringify(entry)});`);
      expect([...packages].map((p) => p.split(':')[0])).toEqual(['reflect-metadata']);
      expect(own).toEqual([entry]);
    });

    it.each([
      ['root', DIST_INDEX, rootSource as Record<string, unknown>],
      ['v2', DIST_V2, v2Source as Record<string, unknown>],
    ])('the %s entry has the names of its source, in order, with the same kinds of values', (_name, entry, source) => {
      const names = Object.keys(source);
      const probe = `const lib = require(${JSON.stringify(entry)});
process.stdout.write(JSON.stringify({ names: Object.keys(lib), kinds: Object.keys(lib).map((k) => typeof lib[k]), esModule: lib.__esModule }));`;
      const built = JSON.parse(run(probe)) as { names: string[]; kinds: string[]; esModule: boolean };
      expect(built.names).toEqual(names);
      expect(built.kinds).toEqual(names.map((k) => typeof source[k]));
      expect(built.esModule).toBe(true);
      expect(JSON.parse(run(`const lib = require(${JSON.stringify(entry)}); process.stdout.write(JSON.stringify(lib.VERSION));`))).toBe(source['VERSION']);
    });

    it.each([
      ['root', DIST_INDEX],
      ['v2', DIST_V2],
    ])('an ES module importing the %s entry sees every name (Node detects them)', (_name, entry) => {
      const probe = `import * as lib from ${JSON.stringify(entry)};
import { createRequire } from 'node:module';
const cjs = createRequire(import.meta.url)(${JSON.stringify(entry)});
const names = Object.keys(lib).filter((k) => k !== 'default' && k !== '__esModule');
process.stdout.write(JSON.stringify({ same: names.length === Object.keys(cjs).length && names.every((k) => lib[k] === cjs[k]), count: names.length }));`;
      const out = JSON.parse(run(probe, ['--input-type=module', '-e'])) as { same: boolean; count: number };
      expect(out.same).toBe(true);
      expect(out.count).toBeGreaterThan(100);
    });

    it('a name whose module reads the registry sees every area, whatever was loaded before (migrateEnvelope)', () => {
      const probe = (preload: string): string =>
        run(`${preload}
const lib = require(${JSON.stringify(DIST_INDEX)});
const { loadFixtures } = require(${JSON.stringify(path.join(ROOT, 'dist', 'v2', 'conformance', 'index.js'))});
const out = loadFixtures('scenarios').flatMap((s) => s.payload.events).map((e) => JSON.stringify(lib.migrateEnvelope(e)));
process.stdout.write(JSON.stringify(out));`);
      const alone = probe('');
      expect(alone).toBe(probe(`require(${JSON.stringify(path.join(ROOT, 'dist', 'all-models.js'))});`));
      expect((JSON.parse(alone) as string[]).length).toBeGreaterThan(10);
    });
  });
});
