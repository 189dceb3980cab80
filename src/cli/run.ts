/**
 * The `spec-kitty-events` command, built with commander. `run(argv, io)` parses the
 * arguments (without the `node script` prefix), runs the command and resolves to the exit
 * code; it never calls `process.exit`, so tests drive it in-process.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { VERSION } from '../v2';
import { CliUsageError, EXIT_INVALID, EXIT_OK, EXIT_USAGE, type CliIo, type ExitCode } from './io';
import { DEFAULT_MODE, DEFAULT_REDUCER, MODES, REDUCER_NAMES, reduceCommand, type Mode, type ReducerName } from './reduce';
import { validateCommand } from './validate';

const EXIT_CODES_HELP = `
Exit codes:
  0  success
  1  invalid input (validate) or a failed reduction (reduce)
  2  usage or I/O error (bad option, missing or unreadable file)`;

const INPUT_HELP = `
Input: JSON Lines (one event envelope per line) or one JSON array of envelopes; "-" reads
stdin. A line that is not JSON is reported with its line number and skipped.`;

const ROOT_EXAMPLES = `
Examples:
  $ spec-kitty-events validate examples/mission.jsonl
  $ spec-kitty-events reduce examples/mission.jsonl
  $ spec-kitty-events reduce events.jsonl --reducer collaboration --mode strict --json
${EXIT_CODES_HELP}`;

const VALIDATE_EXAMPLES = `${INPUT_HELP}

Each envelope is validated, and its payload against its event type's contract when the type
is known; events of unknown types are checked as envelopes only and counted apart. Every
problem names its line, field and rule; a summary ends the report.

Examples:
  $ spec-kitty-events validate examples/mission.jsonl
  $ cat events.jsonl | spec-kitty-events validate - --json
${EXIT_CODES_HELP}`;

const REDUCE_EXAMPLES = `${INPUT_HELP}

Reducers: status (work-package lanes), lifecycle (mission status, phases and lanes),
collaboration (participants, presence, drivers, focus, warnings, decisions, comments), all.
--mode applies to the collaboration reducer: strict aborts on an event from a participant
outside the roster (exit 1); permissive (the CLI default, for replaying logs) records it as
an anomaly. --roster seeds participants known before the first event: a JSON object
{"<participant_id>": {participant_id, participant_type, display_name?, session_id?}} or an
array of such identities.

Examples:
  $ spec-kitty-events reduce examples/mission.jsonl
  $ spec-kitty-events reduce examples/mission.jsonl --reducer lifecycle --json
  $ spec-kitty-events reduce live.jsonl --reducer collaboration --mode strict --roster roster.json
${EXIT_CODES_HELP}`;

function parseMaxItems(value: string): number {
  if (!/^\d{1,9}$/.test(value)) throw new InvalidArgumentError('expected a whole number (0 = no limit).');
  return Number(value);
}

/** Builds the commander program; `setCode` receives each command's exit code. */
export function buildProgram(io: CliIo, setCode: (code: ExitCode) => void): Command {
  const program = new Command('spec-kitty-events');
  program
    .description('Validate and reduce spec-kitty event logs (TypeScript twin of spec-kitty-events 2.1.0).')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
    })
    .showHelpAfterError('(add --help for usage)')
    .addHelpText('after', ROOT_EXAMPLES);

  program
    .command('validate')
    .description("check every event's envelope and payload against the contract")
    .argument('<file>', 'event log (JSON Lines or a JSON array); "-" for stdin')
    .option('--json', 'print the report as JSON', false)
    .addHelpText('after', VALIDATE_EXAMPLES)
    .action(async (file: string, opts: { json: boolean }) => {
      setCode(await validateCommand(file, { json: opts.json }, io));
    });

  program
    .command('reduce')
    .description('reduce the log and print the resulting state')
    .argument('<file>', 'event log (JSON Lines or a JSON array); "-" for stdin')
    .addOption(new Option('--reducer <name>', 'which reducer to run').choices(REDUCER_NAMES).default(DEFAULT_REDUCER))
    .addOption(new Option('--mode <mode>', 'collaboration reducer mode').choices(MODES).default(DEFAULT_MODE))
    .option('--roster <file>', 'JSON file of participants known before the first event')
    .option('--json', 'print the reduced state as JSON (toDict())', false)
    .option('--max-items <n>', 'items listed per summary section (0 = all)', parseMaxItems, 20)
    .addHelpText('after', REDUCE_EXAMPLES)
    .action(async (file: string, opts: { reducer: ReducerName; mode: Mode; roster?: string; json: boolean; maxItems: number }) => {
      setCode(
        await reduceCommand(
          file,
          { reducer: opts.reducer, mode: opts.mode, roster: opts.roster ?? null, json: opts.json, maxItems: opts.maxItems },
          io,
        ),
      );
    });

  return program;
}

/** Runs the CLI with `argv` (arguments only, e.g. `['validate', 'log.jsonl']`). */
export async function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  let code: ExitCode = EXIT_OK;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; every parse error (unknown command or option, bad choice,
      // missing argument, no command at all) is a usage error.
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof CliUsageError) {
      io.stderr(`error: ${error.message}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_INVALID;
  }
  return code;
}
