/** Issue 10 item 8: several files and globs, --quiet, --format, array element indexes, one message for non-JSON-Lines input. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { expandGlob, segmentPattern } from '../../src/cli/files';
import type { CliIo } from '../../src/cli/io';
import { createProgress } from '../../src/cli/progress';
import { cleanupTemp, cli, focus, heartbeat, joined, jsonl, tempDir, writeFile } from './helpers';

jest.setTimeout(60_000);

let dir: string;
beforeAll(() => {
  dir = tempDir();
  fs.mkdirSync(path.join(dir, 'logs', 'deep'), { recursive: true });
  writeFile(dir, 'logs/a.jsonl', jsonl([joined(1, 'p-ana'), heartbeat(2, 'p-ana')]));
  writeFile(dir, 'logs/b.jsonl', jsonl([joined(3, 'p-bob'), focus(4, 'p-bob', 'repo', 'x')]));
  writeFile(dir, 'logs/deep/c.jsonl', jsonl([heartbeat(5, 'p-ana')]));
  writeFile(dir, 'logs/notes.txt', 'not a log');
});
afterAll(() => cleanupTemp(dir));

const VALID = [joined(1, 'p-ana'), heartbeat(2, 'p-ana')];

describe('several files and globs', () => {
  it('expands *, ? and ** (sorted, each file once), and [sets]', async () => {
    expect(await expandGlob('logs/*.jsonl', dir)).toEqual(['logs/a.jsonl', 'logs/b.jsonl']);
    expect(await expandGlob('logs/**/*.jsonl', dir)).toEqual(['logs/a.jsonl', 'logs/b.jsonl', 'logs/deep/c.jsonl']);
    expect(await expandGlob('logs/?.jsonl', dir)).toEqual(['logs/a.jsonl', 'logs/b.jsonl']);
    expect(await expandGlob('logs/[!a].jsonl', dir)).toEqual(['logs/b.jsonl']);
    expect(segmentPattern('a.(x)+*').test('a.(x)+yz')).toBe(true);
  });

  it('validate reads every file, labels problems with their file, and totals the verdict', async () => {
    const r = await cli(['validate', 'logs/*.jsonl', 'logs/deep/c.jsonl'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^logs\/b\.jsonl: line 2 \(FocusChanged .+\): payload\.focus_target\.target_type: /m);
    expect(r.stdout).toContain('Summary for logs/a.jsonl: 2 events, 2 valid, all valid');
    expect(r.stdout).toContain('Summary for logs/b.jsonl: 2 events, 1 valid, 1 invalid');
    expect(r.stdout).toContain('Total: 3 files, 5 events, 4 valid, 1 invalid, 0 malformed records: INVALID');
    const json = JSON.parse((await cli(['validate', 'logs/**/*.jsonl', '--json'], { cwd: dir })).stdout);
    expect(json.summary).toMatchObject({ source: '3 files', total: 5, valid: 4, invalid: 1 });
    expect(json.files.map((f: { source: string }) => f.source)).toEqual(['logs/a.jsonl', 'logs/b.jsonl', 'logs/deep/c.jsonl']);
    expect(json.invalid[0]).toMatchObject({ source: 'logs/b.jsonl', line: 2 });
  });

  it('a pattern matching nothing is a usage error (exit 2)', async () => {
    const r = await cli(['validate', 'logs/*.ndjson'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no file matches 'logs/*.ndjson'");
  });

  it('reduce reads several files as one log, in order', async () => {
    const r = await cli(['reduce', 'logs/a.jsonl', 'logs/deep/c.jsonl', '--reducer', 'collaboration', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    const state = JSON.parse(r.stdout) as { event_count: number; presence: Record<string, unknown> };
    expect(state.event_count).toBe(3);
  });
});

describe('--quiet and --format', () => {
  it('--quiet prints nothing; the exit code is the verdict', async () => {
    const bad = await cli(['validate', 'logs/b.jsonl', '--quiet'], { cwd: dir });
    expect(bad).toMatchObject({ code: 1, stdout: '', stderr: '' });
    const good = await cli(['validate', 'logs/a.jsonl', '-q'], { cwd: dir });
    expect(good).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const reduce = await cli(['reduce', writeFile(dir, 'noisy.jsonl', `${jsonl(VALID)}nope\n`), '--quiet']);
    expect(reduce.code).toBe(0);
    expect(reduce.stderr).toBe('');
    expect(reduce.stdout).toContain('1 skipped');
  });

  it('--format ndjson prints one JSON object per line: invalid records, a summary per file, the result', async () => {
    const r = await cli(['validate', 'logs/a.jsonl', 'logs/b.jsonl', '--format', 'ndjson'], { cwd: dir });
    expect(r.code).toBe(1);
    const objects = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { type: string });
    expect(objects.map((o) => o.type)).toEqual(['summary', 'invalid', 'summary', 'result']);
    expect(objects[3]).toMatchObject({ type: 'result', valid: false, files: 2, summary: { total: 4 } });
    const reduce = await cli(['reduce', 'logs/a.jsonl', '--reducer', 'collaboration', '--format', 'ndjson'], { cwd: dir });
    expect(reduce.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(reduce.stdout).event_count).toBe(2);
  });

  it('--json stays an alias of --format json', async () => {
    const a = await cli(['validate', 'logs/b.jsonl', '--json'], { cwd: dir });
    const b = await cli(['validate', 'logs/b.jsonl', '--format', 'json'], { cwd: dir });
    expect(a.stdout).toBe(b.stdout);
    expect(JSON.parse(a.stdout).valid).toBe(false);
    expect((await cli(['validate', 'logs/b.jsonl', '--format', 'yaml'], { cwd: dir })).code).toBe(2);
  });
});

describe('input forms', () => {
  it('a JSON array reports the element index of each invalid element', async () => {
    const file = writeFile(dir, 'array.json', JSON.stringify([VALID[0], focus(2, 'p-ana', 'repo', 'x'), VALID[1]], null, 2));
    const r = await cli(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^line \d+ \(element 1, FocusChanged /m);
    const json = JSON.parse((await cli(['validate', file, '--json'])).stdout);
    expect(json.invalid[0]).toMatchObject({ element: 1, index: 1 });
  });

  it('a pretty-printed JSON object gets one clear message, not one per line', async () => {
    const file = writeFile(dir, 'pretty.json', `${JSON.stringify(VALID[0], null, 2)}\n`);
    const r = await cli(['validate', file]);
    expect(r.code).toBe(1);
    const problems = r.stdout.split('\n').filter((l) => l.startsWith('line '));
    expect(problems).toEqual([expect.stringMatching(/^line 1: <json>: the input is pretty-printed JSON \(one JSON value over lines 1–\d+\), not JSON Lines.+\[not_json_lines\]$/)]);
    expect(r.stdout).toContain('0 events, 0 valid, 0 invalid; 1 malformed record');
  });

  it('UTF-16 input gets one clear message', async () => {
    const file = writeFile(dir, 'utf16.jsonl', Buffer.from(`\uFEFF${jsonl(VALID)}`, 'utf16le'));
    const r = await cli(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('line '))).toEqual([
      expect.stringContaining('the input is UTF-16 (little-endian) text (byte-order mark); event logs must be UTF-8'),
    ]);
  });

  it('binary input gets one clear message', async () => {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    const r = await cli(['validate', writeFile(dir, 'blob.bin', bytes)]);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('line '))).toHaveLength(1);
    expect(r.stdout).toContain('[binary_input]');
  });

  it('malformed lines are not counted as events by reduce either', async () => {
    const r = await cli(['reduce', writeFile(dir, 'mixed.jsonl', `${jsonl(VALID)}{oops\n`), '--reducer', 'collaboration']);
    expect(r.stdout).toContain('3 records, 2 events reduced, 1 skipped');
  });
});

describe('the progress bar on a terminal reporting 0 columns', () => {
  it('draws an 80-column bar', () => {
    let err = '';
    const io: CliIo = { stdout: () => undefined, stderr: (s) => void (err += s), stdin: Readable.from([]), stderrIsTTY: true, stderrColumns: 0 };
    const progress = createProgress(io, { now: () => 0 });
    progress.update({ lines: 20_000, bytes: 50, totalBytes: 100 });
    const line = err.replace(/^\r/, '').replace(/\x1b\[K$/, '');
    expect(line).toMatch(/^\[#+-+\]  50%  20,000 lines$/);
    expect(line.length).toBeGreaterThan(20);
    expect(line.length).toBeLessThanOrEqual(79);
  });
});

describe('an input failing mid-read', () => {
  it('is an I/O error (exit 2), and --json still ends as one JSON document', async () => {
    const { run } = await import('../../src/cli/run');
    let stdout = '';
    let stderr = '';
    const stdin = new Readable({
      read() {
        this.push(Buffer.from(`${JSON.stringify(focus(1, 'p-ana', 'repo', 'x'))}\n`));
        this.destroy(Object.assign(new Error('device gone'), { code: 'EIO' }));
      },
    });
    const io: CliIo = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), stdin, stderrIsTTY: false };
    const code = await run(['validate', '-', '--json'], io);
    expect(code).toBe(2);
    expect(stderr).toContain("cannot read '<stdin>': device gone");
    const report = JSON.parse(stdout) as { valid: boolean; summary: { source: string } };
    expect(report.valid).toBe(false);
    expect(report.summary.source).toBe('1 file (incomplete)');
  });
});
