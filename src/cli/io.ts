/**
 * The CLI's view of the outside world. `run()` takes one of these so tests can drive the
 * whole command in-process; `main.ts` builds it from `process`.
 *
 * Output functions may return a promise: the commands await it before writing more, so a
 * slow reader of stdout (or stderr) pauses the command instead of filling memory.
 */
import type { Readable, Writable } from 'node:stream';

/** Writes text (no newline added). A returned promise resolves when more may be written. */
export type WriteFn = (text: string) => void | Promise<void>;

export interface CliIo {
  /** Writes to standard output. */
  readonly stdout: WriteFn;
  /** Writes to standard error. */
  readonly stderr: WriteFn;
  /** Standard input, read when a file argument is `-`. */
  readonly stdin: Readable;
  /** True only when stderr is a terminal: the progress bar is drawn only then. */
  readonly stderrIsTTY: boolean;
  /** Terminal width for the progress bar (80 when unknown or not positive). */
  readonly stderrColumns?: number;
  /** Directory relative file arguments are resolved against (defaults to `process.cwd()`). */
  readonly cwd?: string;
  /** True once stdout's reader has gone away (`… | head`): nothing written can be seen any more. */
  readonly stdoutClosed?: () => boolean;
}

/** A writer to a Node stream: waits for 'drain', and turns a closed pipe (EPIPE) into silence. */
export interface StreamWriter {
  readonly write: WriteFn;
  /** True once the stream failed or was closed by its reader. */
  readonly closed: () => boolean;
  /** Resolves once everything written so far is handed to the OS (or the stream is closed). */
  readonly flush: () => Promise<void>;
}

export function streamWriter(stream: Writable): StreamWriter {
  let closed = false;
  let waiters: (() => void)[] = [];
  const release = (): void => {
    const w = waiters;
    waiters = [];
    for (const f of w) f();
  };
  // EPIPE (the reader went away) or any other write failure: stop writing, never crash.
  stream.on('error', () => {
    closed = true;
    release();
  });
  stream.on('close', () => {
    closed = true;
    release();
  });
  stream.on('drain', release);
  const wait = (): Promise<void> => new Promise<void>((resolve) => waiters.push(resolve));
  return {
    write: (text) => {
      if (closed || stream.destroyed) {
        closed = true;
        return;
      }
      if (stream.write(text)) return;
      return closed ? undefined : wait();
    },
    closed: () => closed || stream.destroyed,
    flush: () =>
      new Promise<void>((resolve) => {
        if (closed || stream.destroyed) {
          resolve();
          return;
        }
        waiters.push(resolve);
        stream.write('', () => resolve());
      }),
  };
}

/** The real process streams. */
export function processIo(out: StreamWriter = streamWriter(process.stdout), err: StreamWriter = streamWriter(process.stderr)): CliIo {
  return {
    stdout: out.write,
    stderr: err.write,
    stdin: process.stdin,
    stderrIsTTY: process.stderr.isTTY === true,
    stderrColumns: process.stderr.columns,
    cwd: process.cwd(),
    stdoutClosed: out.closed,
  };
}

/** Exit codes (the contract). */
export const EXIT_OK = 0;
/** Some input was invalid (validate), or the reduction failed (reduce). */
export const EXIT_INVALID = 1;
/** Usage error or I/O error: bad option, missing or unreadable file. */
export const EXIT_USAGE = 2;

export type ExitCode = typeof EXIT_OK | typeof EXIT_INVALID | typeof EXIT_USAGE;

/** A usage or I/O problem: reported on stderr, exit code 2. */
export class CliUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliUsageError';
  }
}
