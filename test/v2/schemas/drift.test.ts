/** `npm run schemas` / `--check` (SCHEMAS_AND_CONFORMANCE.md §1.10), run against temp copies. */
import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import '../../../src/v2/all-models';
import { checkSchemas, generateSchemaTexts, runSchemasCommand, schemaDirFor, writeSchemas } from '../../../src/schemas';

const V2_SCHEMA_DIR = schemaDirFor('2.1.0');

const REPO = path.resolve(__dirname, '..', '..', '..');
const texts = generateSchemaTexts('2.1.0');
const count = texts.size;
let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ske-schemas-'));
  writeSchemas(dir, texts);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const file = (name: string) => path.join(dir, `${name}.schema.json`);

describe('write mode', () => {
  it('writes every schema in generation order and prints the summary', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ske-write-'));
    try {
      fs.writeFileSync(path.join(out, 'orphan_test.schema.json'), '{}');
      const result = runSchemasCommand([], [{ version: '2.1.0', dir: out }]);
      expect(result.exitCode).toBe(0);
      expect(result.stderr).toBe('');
      const lines = [...texts.keys()].map((name) => `Generated ${path.join(out, name)}`);
      expect(result.stdout).toBe(`${lines.join('\n')}\n\nSuccessfully generated ${count} schemas.\n`);
      for (const [name, text] of texts) expect(fs.readFileSync(path.join(out, name), 'utf8')).toBe(text);
      expect(fs.existsSync(path.join(out, 'orphan_test.schema.json'))).toBe(true);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('check mode', () => {
  it('passes on a fresh generation and writes nothing', () => {
    const before = fs.readdirSync(dir).map((name) => [name, fs.statSync(path.join(dir, name)).mtimeMs]);
    const result = runSchemasCommand(['--check'], [{ version: '2.1.0', dir: dir }]);
    expect(result).toEqual({ exitCode: 0, stdout: `All ${count} schemas are up to date.\n`, stderr: '' });
    expect(result.stdout).toContain('up to date');
    expect(fs.readdirSync(dir).map((name) => [name, fs.statSync(path.join(dir, name)).mtimeMs])).toEqual(before);
  });

  it('the committed schemas/ folder is up to date', () => {
    expect(checkSchemas(V2_SCHEMA_DIR, texts)).toEqual({ exitCode: 0, stdout: `All ${count} schemas are up to date.\n`, stderr: '' });
  });

  it('fails on a changed file with the expected and actual texts, and passes once restored', () => {
    const original = fs.readFileSync(file('event'), 'utf8');
    const changed = original.replace('"spec-kitty-events/event"', '"spec-kitty-events/changed"');
    fs.writeFileSync(file('event'), changed);
    const result = checkSchemas(dir, texts);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.toLowerCase()).toContain('drift detected');
    expect(result.stderr).toBe(
      `ERROR: Schema drift detected in ${file('event')}\n--- Expected\n${original}\n--- Actual\n${changed}\n` +
        '\nSchema drift detected. Run without --check to regenerate.\n',
    );
    fs.writeFileSync(file('event'), original);
    expect(checkSchemas(dir, texts).exitCode).toBe(0);
  });

  it('fails on a missing file (reported as missing, not as drift)', () => {
    fs.rmSync(file('lane'));
    const result = checkSchemas(dir, texts);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe(`ERROR: Missing schema file: ${file('lane')}\n\nSchema drift detected. Run without --check to regenerate.\n`);
  });

  it('fails on an orphaned schema file, hidden names and directories included', () => {
    fs.writeFileSync(path.join(dir, 'orphan_test.schema.json'), '{}');
    fs.writeFileSync(path.join(dir, '.hidden.schema.json'), '{}');
    fs.mkdirSync(path.join(dir, 'folder.schema.json'));
    fs.writeFileSync(path.join(dir, 'ignored.schema.JSON'), '{}');
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'x');
    const result = checkSchemas(dir, texts);
    expect(result.exitCode).toBe(1);
    expect(result.stderr.toLowerCase()).toContain('orphaned schema');
    expect(result.stderr).toBe(
      'Orphaned schema .hidden.schema.json\nOrphaned schema folder.schema.json\nOrphaned schema orphan_test.schema.json\n' +
        '\nSchema drift detected. Run without --check to regenerate.\n',
    );
  });

  it('reports missing and changed files in generation order, then orphans sorted by name', () => {
    const names = [...texts.keys()];
    fs.rmSync(path.join(dir, names[names.length - 1]!));
    fs.writeFileSync(path.join(dir, names[0]!), '{}\n');
    fs.writeFileSync(path.join(dir, 'z.schema.json'), '');
    fs.writeFileSync(path.join(dir, 'a.schema.json'), '');
    const lines = checkSchemas(dir, texts).stderr.split('\n').filter((line) => line.startsWith('ERROR') || line.startsWith('Orphaned'));
    expect(lines).toEqual([
      `ERROR: Schema drift detected in ${path.join(dir, names[0]!)}`,
      `ERROR: Missing schema file: ${path.join(dir, names[names.length - 1]!)}`,
      'Orphaned schema a.schema.json',
      'Orphaned schema z.schema.json',
    ]);
  });

  it('reads CRLF and lone-CR copies as equal (universal newlines)', () => {
    fs.writeFileSync(file('event'), texts.get('event.schema.json')!.replace(/\n/g, '\r\n'));
    fs.writeFileSync(file('lane'), texts.get('lane.schema.json')!.replace(/\n/g, '\r'));
    expect(checkSchemas(dir, texts).exitCode).toBe(0);
  });

  it('treats a missing directory as every file missing', () => {
    const result = checkSchemas(path.join(dir, 'nope'), texts);
    expect(result.exitCode).toBe(1);
    expect(result.stderr.match(/^ERROR: Missing schema file: /gm)).toHaveLength(count);
  });
});

describe('command line', () => {
  it('rejects unknown arguments with exit status 2', () => {
    const result = runSchemasCommand(['--bogus'], [{ version: '2.1.0', dir: dir }]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('unrecognized arguments: --bogus');
    expect(result.stderr.startsWith('usage: ')).toBe(true);
  });

  it('prints help for -h', () => {
    const result = runSchemasCommand(['-h'], [{ version: '2.1.0', dir: dir }]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('--check');
  });

  it('the npm script runs: --check on the repository exits 0, a bad flag exits 2', () => {
    const run = (args: string[]) =>
      spawnSync(process.execPath, [require.resolve('ts-node/dist/bin.js'), '--transpile-only', path.join(REPO, 'scripts', 'generate-schemas.ts'), ...args], {
        cwd: os.tmpdir(),
        encoding: 'utf8',
      });
    const ok = run(['--check']);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain(`All ${count} schemas are up to date.\n`);
    expect(run(['--nope']).status).toBe(2);
  }, 60_000);
});
