/** `--help`, `--version` and the progress bar (the reader's edge cases: test/jsonl). */
import { Readable } from 'node:stream';
import { createProgress, renderProgressLine } from '../../src/cli/progress';
import type { CliIo } from '../../src/cli/io';
import { cleanupTemp, cli, heartbeat, joined, jsonl, tempDir, writeFile } from './helpers';

jest.setTimeout(60_000);

describe('--help and --version', () => {
  it('the root help lists both commands with examples (exit 0, stdout)', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: spec-kitty-events');
    expect(r.stdout).toMatch(/validate \[options\] <files\.\.\.>/);
    expect(r.stdout).toMatch(/reduce \[options\] <files\.\.\.>/);
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
    expect(r.stdout).toContain(`Usage: spec-kitty-events ${command} [options] <files...>`);
    expect(r.stdout).toContain(option);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain(example);
    expect(r.stdout).toContain('Exit codes:');
  });

  it('help <command> works too', async () => {
    const r = await cli(['help', 'reduce']);
    expect(r.code).toBe(0);
    const flat = r.stdout.replace(/\s+/g, ' ');
    expect(flat).toContain('--mode <mode> collaboration and glossary reducer mode (choices: "strict", "permissive", default: "permissive")');
  });

  it('--version prints the package version', async () => {
    const r = await cli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('2.1.0');
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
