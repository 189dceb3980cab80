/** `--help`, `--version`, the input reader's edge cases and the progress bar. */
import { Readable } from 'node:stream';
import { arrayElementLines, readRecords, type InputRecord } from '../../src/cli/input';
import { createProgress, renderProgressLine } from '../../src/cli/progress';
import type { CliIo } from '../../src/cli/io';
import { cleanupTemp, cli, heartbeat, joined, jsonl, tempDir, writeFile } from './helpers';

jest.setTimeout(60_000);

describe('--help and --version', () => {
  it('the root help lists both commands with examples (exit 0, stdout)', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: spec-kitty-events');
    expect(r.stdout).toMatch(/validate \[options\] <file>/);
    expect(r.stdout).toMatch(/reduce \[options\] <file>/);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('$ spec-kitty-events reduce examples/mission.jsonl');
    expect(r.stdout).toContain('2  usage or I/O error');
  });

  it.each([
    ['validate', '$ spec-kitty-events validate examples/mission.jsonl', '--json'],
    ['reduce', '$ spec-kitty-events reduce live.jsonl --reducer collaboration --mode strict --roster roster.json', '--roster <file>'],
  ])('%s --help shows its options and an example', async (command, example, option) => {
    const r = await cli([command, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Usage: spec-kitty-events ${command} [options] <file>`);
    expect(r.stdout).toContain(option);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain(example);
    expect(r.stdout).toContain('Exit codes:');
  });

  it('help <command> works too', async () => {
    const r = await cli(['help', 'reduce']);
    expect(r.code).toBe(0);
    const flat = r.stdout.replace(/\s+/g, ' ');
    expect(flat).toContain('--mode <mode> collaboration reducer mode (choices: "strict", "permissive", default: "permissive")');
  });

  it('--version prints the package version', async () => {
    const r = await cli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('2.1.0');
  });
});

async function readAll(text: string | string[], options: { maxLineLength?: number } = {}): Promise<InputRecord[]> {
  const records: InputRecord[] = [];
  const chunks = (Array.isArray(text) ? text : [text]).map((t) => Buffer.from(t));
  await readRecords({ label: 'test', stream: Readable.from(chunks), totalBytes: null }, { onRecord: (r) => records.push(r), ...options });
  return records;
}

describe('the input reader', () => {
  it('joins lines split across chunks, including inside a multi-byte character', async () => {
    const line = JSON.stringify({ name: 'café 😀' });
    const bytes = Buffer.from(`${line}\n${line}`);
    const cut = bytes.indexOf(Buffer.from('😀')) + 2;
    const records: InputRecord[] = [];
    await readRecords(
      { label: 't', stream: Readable.from([bytes.subarray(0, cut), bytes.subarray(cut)]), totalBytes: null },
      { onRecord: (r) => records.push(r) },
    );
    expect(records).toEqual([
      { kind: 'value', line: 1, index: 0, value: { name: 'café 😀' } },
      { kind: 'value', line: 2, index: 1, value: { name: 'café 😀' } },
    ]);
  });

  it('reports an over-long line as malformed and goes on with the next one', async () => {
    const long = `{"x": "${'a'.repeat(200)}"}`;
    const records = await readAll([`{"a":1}\n${long.slice(0, 50)}`, `${long.slice(50)}\n{"b":2}\n`], { maxLineLength: 100 });
    expect(records).toEqual([
      { kind: 'value', line: 1, index: 0, value: { a: 1 } },
      { kind: 'malformed', line: 2, index: 1, message: 'line is longer than 100 characters' },
      { kind: 'value', line: 3, index: 2, value: { b: 2 } },
    ]);
  });

  it('reads a last line without a trailing newline', async () => {
    expect(await readAll('{"a":1}\n{"b":2}')).toEqual([
      { kind: 'value', line: 1, index: 0, value: { a: 1 } },
      { kind: 'value', line: 2, index: 1, value: { b: 2 } },
    ]);
  });

  it('detects the array form after leading blank lines and keeps real line numbers', async () => {
    const records = await readAll('\n\n  [ {"a": 1},\n\n {"b": "[,{"}\n , 3 ]\n');
    expect(records.map((r) => [r.line, r.kind === 'value' ? r.value : null])).toEqual([
      [3, { a: 1 }],
      [5, { b: '[,{' }],
      [6, 3],
    ]);
  });

  it('arrayElementLines finds each top-level element start, ignoring brackets inside strings', () => {
    expect(arrayElementLines('[\n{"a":"]"},\n"x\\"]",\n[1,\n2]\n]')).toEqual([2, 3, 4]);
    expect(arrayElementLines('[]')).toEqual([]);
  });
});

describe('the progress bar', () => {
  function ttyIo(tty: boolean): { io: CliIo; err: () => string } {
    let err = '';
    return {
      io: {
        stdout: () => undefined,
        stderr: (s) => {
          err += s;
        },
        stdin: Readable.from([]),
        stderrIsTTY: tty,
        stderrColumns: 60,
      },
      err: () => err,
    };
  }

  it('draws nothing when stderr is not a terminal', () => {
    const { io, err } = ttyIo(false);
    const progress = createProgress(io, { now: () => 0 });
    progress.update({ lines: 50_000, bytes: 10, totalBytes: 100 });
    progress.done();
    expect(err()).toBe('');
  });

  it('draws only past 10,000 lines, throttled, and erases itself', () => {
    const { io, err } = ttyIo(true);
    let t = 0;
    const progress = createProgress(io, { now: () => t });
    progress.update({ lines: 10_000, bytes: 50, totalBytes: 100 });
    expect(err()).toBe('');
    progress.update({ lines: 10_001, bytes: 50, totalBytes: 100 });
    expect(err()).toContain(' 50%  10,001 lines');
    const drawn = err().length;
    t += 10;
    progress.update({ lines: 10_500, bytes: 60, totalBytes: 100 });
    expect(err().length).toBe(drawn);
    t += 200;
    progress.update({ lines: 11_000, bytes: 60, totalBytes: 100 });
    expect(err()).toContain(' 60%  11,000 lines');
    progress.done();
    expect(err().endsWith('\r\x1b[K')).toBe(true);
  });

  it('renders a bar with a known size, a count without one, within the width', () => {
    const line = renderProgressLine({ lines: 12_345, bytes: 25, totalBytes: 100 }, 60);
    expect(line).toMatch(/^\[#+-+\]  25%  12,345 lines$/);
    expect(line.length).toBeLessThanOrEqual(60);
    expect(renderProgressLine({ lines: 12_345, bytes: 2048, totalBytes: null }, 60)).toBe('12,345 lines, 2.0 KiB read');
  });

  it('appears on a terminal for a log of more than 10,000 lines, and not in a pipe', async () => {
    const dir = tempDir();
    try {
      const events = [joined(1, 'p-ana'), ...Array.from({ length: 10_050 }, (_, i) => heartbeat(i + 2, 'p-ana'))];
      const file = writeFile(dir, 'big.jsonl', jsonl(events));
      const tty = await cli(['reduce', file, '--reducer', 'collaboration', '--json'], { tty: true });
      expect(tty.code).toBe(0);
      expect(tty.stderr).toMatch(/\r\[[#-]+\] +\d+%  [\d,]+ lines/);
      expect(tty.stderr.endsWith('\r\x1b[K')).toBe(true);
      expect(JSON.parse(tty.stdout).event_count).toBe(10_051);
      const pipe = await cli(['reduce', file, '--reducer', 'collaboration', '--json'], { tty: false });
      expect(pipe.stderr).toBe('');
    } finally {
      cleanupTemp(dir);
    }
  });
});
