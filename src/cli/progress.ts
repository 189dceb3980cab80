/**
 * A tiny progress bar on stderr. Drawn only when stderr is a terminal and the log has grown
 * past `threshold` lines (10,000 by default); never in pipes, so redirected output stays
 * clean. Redraws at most every `intervalMs` and erases itself when done.
 */
import type { CliIo } from './io';
import type { JsonLinesProgress as ReadProgress } from '../jsonl';

export const PROGRESS_LINE_THRESHOLD = 10_000;

export interface ProgressOptions {
  readonly threshold?: number;
  readonly intervalMs?: number;
  /** Clock, replaceable in tests. */
  readonly now?: () => number;
}

export interface Progress {
  update(progress: ReadProgress): void;
  /** Erases the bar (if drawn). Call before printing the report. */
  done(): void;
}

const NO_PROGRESS: Progress = { update: () => undefined, done: () => undefined };

function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 * 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  return `${(n / (1024 * 1024 * 1024)).toFixed(2)} GiB`;
}

/** Renders one bar line (without the leading `\r`), at most `width` columns. */
export function renderProgressLine(progress: ReadProgress, width: number): string {
  const counts = `${formatCount(progress.lines)} lines`;
  if (progress.totalBytes === null || progress.totalBytes <= 0) {
    return `${counts}, ${formatBytes(progress.bytes)} read`.slice(0, width);
  }
  const fraction = Math.min(1, progress.bytes / progress.totalBytes);
  const percent = `${Math.floor(fraction * 100)
    .toString()
    .padStart(3, ' ')}%`;
  const suffix = ` ${percent}  ${counts}`;
  const barWidth = Math.max(10, Math.min(40, width - suffix.length - 2));
  const filled = Math.round(fraction * barWidth);
  return `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]${suffix}`.slice(0, width);
}

/** A progress bar for `io`, or a no-op when stderr is not a terminal. */
export function createProgress(io: CliIo, options: ProgressOptions = {}): Progress {
  if (!io.stderrIsTTY) return NO_PROGRESS;
  const threshold = options.threshold ?? PROGRESS_LINE_THRESHOLD;
  const interval = options.intervalMs ?? 100;
  const now = options.now ?? Date.now;
  // A terminal may report 0 (or no) columns (some CI consoles, a detached pty): assume 80.
  const columns = io.stderrColumns !== undefined && Number.isFinite(io.stderrColumns) && io.stderrColumns > 0 ? io.stderrColumns : 80;
  const width = Math.max(20, columns - 1);
  let drawn = false;
  let last = -Infinity;
  return {
    update(progress: ReadProgress): void {
      if (progress.lines <= threshold) return;
      const t = now();
      if (t - last < interval) return;
      last = t;
      drawn = true;
      io.stderr(`\r${renderProgressLine(progress, width)}\x1b[K`);
    },
    done(): void {
      if (drawn) io.stderr('\r\x1b[K');
      drawn = false;
    },
  };
}
