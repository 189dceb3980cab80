/**
 * The `spec-kitty-events` command, built with commander. `run(argv, io)` parses the
 * arguments (without the `node script` prefix), runs the command and resolves to the exit
 * code; it never calls `process.exit`, so tests drive it in-process.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { CliUsageError, EXIT_INVALID, EXIT_OK, EXIT_USAGE, type CliIo, type ExitCode } from './io';
import { expandInputs } from './files';
import { VERSION } from '../v2/version';
import {
  CONTRACT_CHOICES,
  DEFAULT_MODE,
  DEFAULT_REDUCER,
  MODES,
  OUTPUT_FORMATS,
  REDUCER_NAMES,
  type ContractChoice,
  type Mode,
  type OutputFormat,
  type ReducerName,
} from './options';
import type * as Migrate from './migrate';
import type * as Reduce from './reduce';
import type * as Validate from './validate';


const EXIT_CODES_HELP = `
Exit codes:
  0  success
  1  invalid input (validate) or a failed reduction (reduce)
  2  usage or I/O error (bad option, missing or unreadable file)`;

const INPUT_HELP = `
Input: one or more files or glob patterns ("logs/*.jsonl", "logs/**/*.jsonl"; "-" reads
stdin), each JSON Lines (one event envelope per line, UTF-8) or one JSON array of envelopes.
A line that is not JSON (or not UTF-8) is reported with its line number and skipped; UTF-16,
binary or pretty-printed JSON input gets one message.`;

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
  $ spec-kitty-events validate 'logs/*.jsonl' --format ndjson
  $ spec-kitty-events validate logs/a.jsonl logs/b.jsonl --quiet && echo valid
${EXIT_CODES_HELP}`;

const REDUCE_EXAMPLES = `${INPUT_HELP}

Reducers: status (work-package lanes), lifecycle (mission status, phases and lanes),
collaboration (participants, presence, drivers, focus, warnings, decisions, comments), and at
6.1.0 also glossary, mission-next, decision-point, dossier, mission-audit, connector and sync;
all (every reducer of the events' contract).
--contract auto (default) reads each line under its own contract (schema_version 3.x or later:
6.1.0); a log holding both is reduced per contract and --json prints {"2.1.0": ..., "6.1.0": ...}.
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

const MIGRATE_EXAMPLES = `
Each line becomes a 6.1.0 envelope: schema_version "3.0.0", a build_id (--build-id, else the
line's own, else "migrated-2.1.0:<node_id>"), feature_slug/feature_number renamed to
mission_slug/mission_number at any depth, mission_key and legacy_aggregate_id removed,
FeatureCreated/FeatureClosed renamed, the lane alias doing mapped to in_progress, non-Crockford
ULIDs repaired. A line already at 6.1.0 and valid is copied unchanged. A line that cannot be
migrated is reported on stderr as {"line": n, "status": "failed", "reason": "..."}; exit 1.

Examples:
  $ spec-kitty-events migrate old.jsonl > new.jsonl
  $ cat old.jsonl | spec-kitty-events migrate - --build-id build-2026-05-01
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

  const cwd = io.cwd ?? process.cwd();

  program
    .command('validate')
    .description("check every event's envelope and payload against the contract")
    .argument('<files...>', 'event logs (JSON Lines or a JSON array), glob patterns; "-" for stdin')
    .addOption(new Option('--format <format>', 'how to print the report').choices(OUTPUT_FORMATS).default('text'))
    .option('--json', 'print the report as one JSON document (= --format json)', false)
    .option('-q, --quiet', 'print nothing: the exit code is the verdict', false)
    .addOption(new Option('--contract <version>', 'contract to check against; auto: per line (schema_version 3.x or later = 6.1.0, else 2.1.0)').choices(CONTRACT_CHOICES).default('auto'))
    .addHelpText('after', VALIDATE_EXAMPLES)
    .action(async (files: string[], opts: { format: OutputFormat; json: boolean; quiet: boolean; contract: ContractChoice }) => {
      const format: OutputFormat = opts.json ? 'json' : opts.format;
      const { validateCommand } = require('./validate') as typeof Validate;
      setCode(await validateCommand(await expandInputs(files, cwd), { format, quiet: opts.quiet, contract: opts.contract }, io));
    });

  program
    .command('reduce')
    .description('reduce the log and print the resulting state')
    .argument('<files...>', 'event log (JSON Lines or a JSON array), several files or globs read as one log in order; "-" for stdin')
    .addOption(new Option('--reducer <name>', 'which reducer to run (all: every reducer of the contract of the events)').choices(REDUCER_NAMES).default(DEFAULT_REDUCER))
    .addOption(new Option('--mode <mode>', 'collaboration and glossary reducer mode').choices(MODES).default(DEFAULT_MODE))
    .addOption(new Option('--contract <version>', 'contract to read the log under; auto: per line (schema_version 3.x or later = 6.1.0, else 2.1.0), a mixed log reduced per contract').choices(CONTRACT_CHOICES).default('auto'))
    .option('--roster <file>', 'JSON file of participants known before the first event')
    .addOption(new Option('--format <format>', 'text (a summary), json (toDict(), indented) or ndjson (toDict() on one line)').choices(OUTPUT_FORMATS).default('text'))
    .option('--json', 'print the reduced state as JSON (toDict(); = --format json)', false)
    .option('-q, --quiet', 'do not report skipped lines on stderr', false)
    .option('--max-items <n>', 'items listed per summary section and inline list (0 = all)', parseMaxItems, 20)
    .addHelpText('after', REDUCE_EXAMPLES)
    .action(
      async (
        files: string[],
        opts: { reducer: ReducerName; mode: Mode; roster?: string; format: OutputFormat; json: boolean; quiet: boolean; maxItems: number; contract: ContractChoice },
      ) => {
        const format: OutputFormat = opts.json ? 'json' : opts.format;
        const { reduceCommand } = require('./reduce') as typeof Reduce;
        setCode(
          await reduceCommand(
            await expandInputs(files, cwd),
            { reducer: opts.reducer, mode: opts.mode, roster: opts.roster ?? null, format, maxItems: opts.maxItems, quiet: opts.quiet, contract: opts.contract },
            io,
          ),
        );
      },
    );

  program
    .command('migrate')
    .description('rewrite a 2.1.0 log into 6.1.0 envelopes (JSON Lines on stdout; failures reported on stderr)')
    .argument('<file>', 'event log (JSON Lines or a JSON array); "-" for stdin')
    .option('--build-id <id>', 'build_id for every migrated envelope (default: kept, else derived from node_id)')
    .option('-q, --quiet', 'no closing summary on stderr (failure lines are always printed)', false)
    .addHelpText('after', MIGRATE_EXAMPLES)
    .action(async (file: string, opts: { buildId?: string; quiet: boolean }) => {
      const { migrateCommand } = require('./migrate') as typeof Migrate;
      setCode(await migrateCommand(file, { quiet: opts.quiet, ...(opts.buildId === undefined ? {} : { buildId: opts.buildId }) }, io));
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
