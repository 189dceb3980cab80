/**
 * The CLI's view of the outside world. `run()` takes one of these so tests can drive the
 * whole command in-process; `main.ts` builds it from `process`.
 */
import type { Readable } from 'node:stream';

export interface CliIo {
  /** Writes to standard output (no newline added). */
  readonly stdout: (text: string) => void;
  /** Writes to standard error (no newline added). */
  readonly stderr: (text: string) => void;
  /** Standard input, read when the file argument is `-`. */
  readonly stdin: Readable;
  /** True only when stderr is a terminal: the progress bar is drawn only then. */
  readonly stderrIsTTY: boolean;
  /** Terminal width for the progress bar (defaults to 80). */
  readonly stderrColumns?: number;
  /** Directory relative file arguments are resolved against (defaults to `process.cwd()`). */
  readonly cwd?: string;
}

/** The real process streams. */
export function processIo(): CliIo {
  return {
    stdout: (text) => {
      process.stdout.write(text);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
    stdin: process.stdin,
    stderrIsTTY: process.stderr.isTTY === true,
    stderrColumns: process.stderr.columns,
    cwd: process.cwd(),
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
