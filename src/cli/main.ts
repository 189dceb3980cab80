#!/usr/bin/env node
/**
 * Entry point of the `spec-kitty-events` command (package.json `bin`).
 * Everything happens in `run`; this file only wires it to the process.
 */
import { processIo } from './io';
import { run } from './run';

// A closed pipe (`… | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

run(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
