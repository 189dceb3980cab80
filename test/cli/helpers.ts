/** Shared helpers of the CLI tests: an in-memory `CliIo`, temp files, event builders. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import type { CliIo, ExitCode } from '../../src/cli/io';
import { run } from '../../src/cli/run';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const EXAMPLE = path.join(REPO_ROOT, 'examples', 'mission.jsonl');

export interface CliResult {
  readonly code: ExitCode;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  /** What stdin holds (for `-`). */
  readonly stdin?: string | Buffer;
  readonly tty?: boolean;
  readonly cwd?: string;
}

/** Runs the CLI in-process with captured output. */
export async function cli(argv: readonly string[], options: RunOptions = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const input = options.stdin === undefined ? [] : [typeof options.stdin === 'string' ? Buffer.from(options.stdin) : options.stdin];
  const io: CliIo = {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    stdin: Readable.from(input),
    stderrIsTTY: options.tty === true,
    stderrColumns: 80,
    cwd: options.cwd ?? REPO_ROOT,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

/** A fresh temp directory, removed by `cleanupTemp`. */
export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'ske-cli-'));
}

export function cleanupTemp(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

export function writeFile(dir: string, name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

/** A 26-character event id ending in `n`. */
export function eventId(n: number): string {
  return `01JQ${String(n).padStart(22, '0')}`;
}

/** A valid envelope (FocusChanged-free defaults), with `overrides` merged on top. */
export function envelope(n: number, eventType: string, payload: unknown, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    event_id: eventId(n),
    event_type: eventType,
    aggregate_id: 'mission/M042',
    payload,
    timestamp: `2026-03-01T09:00:${String(n % 60).padStart(2, '0')}Z`,
    node_id: 'saas-node-1',
    lamport_clock: n,
    project_uuid: '12345678-1234-5678-1234-567812345678',
    correlation_id: '01JQRUN0000000000000000042',
    ...overrides,
  };
}

export const joined = (n: number, pid: string, type: 'human' | 'llm_context' = 'human'): Record<string, unknown> =>
  envelope(n, 'ParticipantJoined', {
    participant_id: pid,
    participant_identity: { participant_id: pid, participant_type: type, display_name: pid.toUpperCase() },
    mission_id: 'M042',
  });

export const heartbeat = (n: number, pid: string): Record<string, unknown> =>
  envelope(n, 'PresenceHeartbeat', { participant_id: pid, mission_id: 'M042' });

export const focus = (n: number, pid: string, targetType: string, targetId: string): Record<string, unknown> =>
  envelope(n, 'FocusChanged', { participant_id: pid, mission_id: 'M042', focus_target: { target_type: targetType, target_id: targetId } });

export const jsonl = (events: readonly unknown[]): string => `${events.map((e) => JSON.stringify(e)).join('\n')}\n`;
