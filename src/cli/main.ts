#!/usr/bin/env node
/**
 * Entry point of the `spec-kitty-events` command (package.json `bin`).
 * Everything happens in `run`; this file only wires it to the process. A closed stdout or
 * stderr (`… | head`) never ends the process early: the command finishes, and the exit code
 * is always its verdict.
 */
import { processIo, streamWriter, EXIT_OK, EXIT_USAGE, type ExitCode } from './io';
import type * as RunModule from './run';

const out = streamWriter(process.stdout);
const err = streamWriter(process.stderr);

/** `--version` alone answers before the models load (a cold start costs about a bare `node`). */
function versionOnly(argv: readonly string[]): boolean {
  return argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V');
}

async function main(): Promise<ExitCode> {
  try {
    if (versionOnly(process.argv.slice(2))) {
      await out.write(`${(require('../../package.json') as { version: string }).version}\n`);
      return EXIT_OK;
    }
    const { run } = require('./run') as typeof RunModule;
    return await run(process.argv.slice(2), processIo(out, err));
  } catch (error) {
    await err.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_USAGE;
  }
}

void main().then(async (code) => {
  process.exitCode = code;
  await Promise.all([out.flush(), err.flush()]);
  process.exit(code);
});
