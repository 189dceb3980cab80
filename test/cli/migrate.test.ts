/**
 * `migrate` (2.1.0 → 6.1.0 JSON Lines, failures reported with their line, exit 1) and
 * `validate --contract auto|2.1.0|6.1.0` on mixed logs.
 */
import 'reflect-metadata';
import * as fs from 'node:fs';
import { cleanupTemp, cli, EXAMPLE, tempDir, writeFile } from './helpers';

jest.setTimeout(60_000);

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => cleanupTemp(dir));

const exampleLines = fs.readFileSync(EXAMPLE, 'utf8').split('\n').filter((l) => l.trim() !== '');

describe('migrate', () => {
  it('rewrites the example log: one 6.1.0 line per migrated event, each failure reported, exit 1', async () => {
    const r = await cli(['migrate', EXAMPLE]);
    expect(r.code).toBe(1);
    const out = r.stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
    const failures = r.stderr.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { line: number; status: string; reason: string });
    expect(out.length + failures.length).toBe(exampleLines.length);
    expect(failures).toEqual([{ line: 253, status: 'failed', reason: expect.stringContaining('Lane.IN_PROGRESS -> Lane.IN_REVIEW is not allowed') }]);
    expect(out.every((e) => e['schema_version'] === '3.0.0' && typeof e['build_id'] === 'string')).toBe(true);
    expect(r.stdout).not.toContain('"feature_slug"');
    expect(r.stderr).toContain(`${exampleLines.length - 1} migrated, 0 unchanged, 1 failed`);
  });

  it('reads stdin, takes --build-id, reports unreadable lines by number, and its output is unchanged on a second pass', async () => {
    const input = `${exampleLines[0]}\nnot json\n${exampleLines[1]}\n`;
    const r = await cli(['migrate', '-', '--build-id', 'b-1'], { stdin: input });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^\{"line":2,"status":"failed","reason":".+"\}$/m);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out.map((e) => e['build_id'])).toEqual(['b-1', 'b-1']);
    const again = await cli(['migrate', '-', '-q'], { stdin: r.stdout });
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(r.stdout);
    expect(again.stderr).toBe('');
  });

  it('a missing file is a usage error (exit 2)', async () => {
    const r = await cli(['migrate', 'no/such/file.jsonl']);
    expect(r.code).toBe(2);
  });
});

describe('validate --contract', () => {
  it('auto checks each line against its own era, so a mixed log validates', async () => {
    const migrated = (await cli(['migrate', EXAMPLE])).stdout.split('\n').filter((l) => l !== '');
    const mixed = writeFile(dir, 'mixed.jsonl', `${exampleLines.slice(0, 3).join('\n')}\n${migrated.filter((l) => l.includes('"WPStatusChanged"')).slice(0, 3).join('\n')}\n`);
    const auto = await cli(['validate', mixed, '--json']);
    expect(auto.code).toBe(0);
    const r21 = await cli(['validate', mixed, '--contract', '2.1.0', '--json']);
    const r61 = await cli(['validate', mixed, '--contract', '6.1.0', '--json']);
    // The 2.1.0 rows lack build_id and carry no 3.0.0 signal: refused at 6.1.0.
    expect(r61.code).toBe(1);
    const report61 = JSON.parse(r61.stdout) as { summary: { invalid: number } };
    expect(report61.summary.invalid).toBe(3);
    // At 2.1.0 the migrated status rows use mission_slug, which 2.1.0 does not know.
    expect(r21.code).toBe(1);
  });

  it('rejects an unknown contract (usage, exit 2)', async () => {
    const r = await cli(['validate', EXAMPLE, '--contract', '5.0.0']);
    expect(r.code).toBe(2);
  });
});
