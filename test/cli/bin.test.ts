/**
 * Smoke tests of the built command (`dist/cli/main.js`, the package `bin`) as a child
 * process: the real exit codes, stdin and a pipe. `npm test` builds first (pretest).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cleanupTemp, heartbeat, joined, jsonl, REPO_ROOT, tempDir, writeFile } from './helpers';

jest.setTimeout(60_000);

const MAIN = path.join(REPO_ROOT, 'dist', 'cli', 'main.js');

function bin(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [MAIN, ...args], { cwd: REPO_ROOT, input, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!fs.existsSync(MAIN)) throw new Error(`${MAIN} is missing: run "npm run build" first (npm test does it in pretest)`);
});

describe('the built spec-kitty-events command', () => {
  it('starts with a node shebang', () => {
    expect(fs.readFileSync(MAIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('npm start’s command: reduce the example, exit 0', () => {
    const r = bin(['reduce', 'examples/mission.jsonl']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Mission M-2026-017');
    expect(r.stderr).toBe('');
  });

  it('npm run demo:validate’s command: exit 1 for the example’s one invalid event', () => {
    const r = bin(['validate', 'examples/mission.jsonl']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^line \d+ \(WPStatusChanged \w+\): payload\.to_lane: .+ \[enum\], got "in_review"$/m);
  });

  it('exit 2 for a missing file', () => {
    const r = bin(['validate', 'nope.jsonl']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("cannot read 'nope.jsonl'");
  });

  it('reads stdin and prints no progress bar into a pipe, even past 10,000 lines', () => {
    const dir = tempDir();
    try {
      const events = [joined(1, 'p-ana'), ...Array.from({ length: 10_050 }, (_, i) => heartbeat(i + 2, 'p-ana'))];
      const text = jsonl(events);
      const r = bin(['validate', '-', '--json'], text);
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout).summary.total).toBe(10_051);
      expect(r.stderr).toBe('');
      const file = writeFile(dir, 'big.jsonl', text);
      const reduced = bin(['reduce', file, '--reducer', 'collaboration', '--json']);
      expect(reduced.status).toBe(0);
      expect(reduced.stderr).toBe('');
    } finally {
      cleanupTemp(dir);
    }
  });
});
