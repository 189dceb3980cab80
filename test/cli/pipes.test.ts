/**
 * The built command against real pipes (issue 9 items 9 and 10): a reader that pauses makes
 * the command wait (memory stays flat), a reader that goes away (`| head -1`) never changes
 * the exit code, and a closed stderr never costs stdout's result. Child processes of
 * `dist/cli/main.js` (`npm test` builds first).
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cleanupTemp, envelope, joined, jsonl, REPO_ROOT, tempDir, writeFile } from './helpers';

jest.setTimeout(120_000);

const MAIN = process.env.SKE_CLI_MAIN ?? path.join(REPO_ROOT, 'dist', 'cli', 'main.js');

let dir: string;
beforeAll(() => {
  if (!fs.existsSync(MAIN)) throw new Error(`${MAIN} is missing: run "npm run build" first (npm test does it in pretest)`);
  dir = tempDir();
});
afterAll(() => cleanupTemp(dir));

/** An envelope breaking many rules at once: a long report per line. */
function badLine(n: number): string {
  return JSON.stringify(
    envelope(n, 'PresenceHeartbeat', { participant_id: '', mission_id: '' }, { event_id: `bad-${n}`, aggregate_id: '', timestamp: 'never', node_id: '', lamport_clock: -1, project_uuid: 'nope' }),
  );
}

function rssKb(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /VmRSS:\s+(\d+) kB/.exec(status);
    return m === null ? 0 : Number(m[1]);
  } catch {
    return 0;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('backpressure (item 9)', () => {
  it('validate --json into a reader that pauses stops reading its input and keeps its memory flat', async () => {
    const LINES = 25_000;
    const child = spawn(process.execPath, [MAIN, 'validate', '-', '--json'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let accepted = 0; // input bytes the child's stdin pipe has taken
    let sent = 0;
    let writing = true;
    const writer = (async () => {
      for (let i = 0; i < LINES && writing; i++) {
        const line = `${badLine(i + 1)}\n`;
        sent += line.length;
        const ok = child.stdin.write(line, () => {
          accepted += line.length;
        });
        if (!ok) await new Promise<void>((resolve) => child.stdin.once('drain', () => resolve()));
      }
      child.stdin.end();
    })();
    const chunks: Buffer[] = [];
    // The first output: the command is running. Then nobody reads for 3 seconds.
    await new Promise<void>((resolve) =>
      child.stdout.once('data', (chunk: Buffer) => {
        chunks.push(chunk);
        child.stdout.pause();
        resolve();
      }),
    );
    await sleep(500);
    const before = accepted;
    let peakKb = 0;
    for (let i = 0; i < 25; i++) {
      await sleep(100);
      peakKb = Math.max(peakKb, rssKb(child.pid!));
    }
    const during = accepted - before;
    // Now read everything.
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stdout.resume();
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    writing = false;
    await writer;
    const total = sent;
    // While paused, at most pipe buffers' worth of input was taken (a few hundred KB of 6 MB).
    expect(during).toBeLessThan(1_500_000);
    expect(peakKb).toBeLessThan(250 * 1024);
    expect(code).toBe(1);
    const report = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { summary: { total: number; invalid: number } };
    expect(report.summary).toMatchObject({ total: LINES, invalid: LINES });
    process.stdout.write(`backpressure: ${during} of ${total} input bytes taken while paused; peak RSS ${Math.round(peakKb / 1024)} MB\n`);
  });
});

describe('closed pipes (item 10)', () => {
  it('validate … | head -1 exits 1 when the log is invalid (the verdict, not 0)', async () => {
    const file = writeFile(dir, 'many-bad.jsonl', `${Array.from({ length: 5_000 }, (_, i) => badLine(i + 1)).join('\n')}\n`);
    for (const args of [[], ['--json']]) {
      const child = spawn(process.execPath, [MAIN, 'validate', file, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      // Read one chunk, then close the read end, as `head -1` does.
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      child.stdout.destroy();
      const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
      expect(code).toBe(1);
      expect(stderr).toBe('');
    }
  });

  it('validate of a valid log into a closed pipe still exits 0', async () => {
    const file = writeFile(dir, 'valid.jsonl', jsonl([joined(1, 'p-ana')]));
    const child = spawn(process.execPath, [MAIN, 'validate', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(code).toBe(0);
  });

  it('reduce with stderr closed (EPIPE on every skipped-line report) still prints its whole result on stdout', async () => {
    const lines = [JSON.stringify(joined(1, 'p-ana')), ...Array.from({ length: 3_000 }, () => 'not json')];
    const file = writeFile(dir, 'noisy.jsonl', `${lines.join('\n')}\n`);
    const child = spawn(process.execPath, [MAIN, 'reduce', file, '--reducer', 'collaboration', '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stderr.destroy();
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(code).toBe(0);
    const state = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { participants: Record<string, unknown> };
    expect(Object.keys(state.participants)).toEqual(['p-ana']);
  });
});
