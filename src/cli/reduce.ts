/**
 * `spec-kitty-events reduce <file|->`: parses the log into `Event`s (invalid lines are
 * reported on stderr and skipped) and prints the reduced state: a readable summary, or
 * `toDict()` with `--json`. Exit 0 when the reduction succeeds; 1 when it fails (strict mode
 * meeting an unknown participant, or a hard failure of a reducer).
 */
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import {
  CollaborationReducer,
  Event,
  LifecycleReducer,
  ParticipantIdentity,
  StatusReducer,
  UnknownParticipantError,
  ValidationError,
} from '../v2';
import { openInput, readRecords, type InputRecord } from './input';
import { CliUsageError, EXIT_INVALID, EXIT_OK, type CliIo, type ExitCode } from './io';
import { eventLabel, formatProblem, malformedProblem, printable, violationProblems, type Problem } from './problems';
import { createProgress } from './progress';
import { renderSummary, type ReducedDicts } from './summary';

export const REDUCER_NAMES = ['status', 'lifecycle', 'collaboration', 'all'] as const;
export type ReducerName = (typeof REDUCER_NAMES)[number];
export const MODES = ['strict', 'permissive'] as const;
export type Mode = (typeof MODES)[number];

/** The CLI reads logs from disk (replay/import), so its default is the permissive profile. */
export const DEFAULT_MODE: Mode = 'permissive';
export const DEFAULT_REDUCER: ReducerName = 'all';

export interface ReduceOptions {
  readonly reducer: ReducerName;
  readonly mode: Mode;
  readonly roster: string | null;
  readonly json: boolean;
  readonly maxItems: number;
}

type Roster = ReadonlyMap<string, ParticipantIdentity>;

function describeRosterViolations(file: string, where: string, error: ValidationError): string {
  const lines = error.violations.map((v) => {
    const field = [where, ...v.loc.map(String)].filter((s) => s !== '').join('.');
    return printable(`  ${field}: ${v.msg} [${v.type}]`);
  });
  return [printable(`roster '${file}': invalid participant identity`), ...lines].join('\n');
}

/**
 * Reads a roster file: a JSON object `{participant_id: ParticipantIdentity}` or an array of
 * identities (keyed by their `participant_id`). Any problem is a usage error (exit 2).
 */
export async function loadRoster(file: string, io: CliIo): Promise<Roster> {
  let text: string;
  try {
    text = await fsp.readFile(path.resolve(io.cwd ?? process.cwd(), file), 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const why = code === 'ENOENT' ? 'no such file or directory' : code === 'EISDIR' ? 'is a directory' : error instanceof Error ? error.message : String(error);
    throw new CliUsageError(`cannot read roster '${file}': ${why}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new CliUsageError(`roster '${file}' is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const roster = new Map<string, ParticipantIdentity>();
  const add = (key: string | null, where: string, value: unknown): void => {
    let identity: ParticipantIdentity;
    try {
      identity = ParticipantIdentity.fromDict(value);
    } catch (error) {
      if (error instanceof ValidationError) throw new CliUsageError(describeRosterViolations(file, where, error));
      throw error;
    }
    roster.set(key ?? identity.participant_id, identity);
  };
  if (Array.isArray(raw)) {
    raw.forEach((value, i) => add(null, String(i), value));
  } else if (typeof raw === 'object' && raw !== null) {
    for (const [key, value] of Object.entries(raw)) add(key, key, value);
  } else {
    throw new CliUsageError(
      `roster '${file}' must be a JSON object {participant_id: identity} or an array of identities, got ${raw === null ? 'null' : typeof raw}`,
    );
  }
  return roster;
}

interface RunningReducer {
  readonly name: 'status' | 'lifecycle' | 'collaboration';
  readonly reducer: { apply(event: Event): unknown; readonly state: { toDict(): Record<string, unknown> } };
}

function makeReducers(options: ReduceOptions, roster: Roster | null): RunningReducer[] {
  const wanted = options.reducer === 'all' ? (['status', 'lifecycle', 'collaboration'] as const) : ([options.reducer] as const);
  return wanted.map((name): RunningReducer => {
    switch (name) {
      case 'status':
        return { name, reducer: new StatusReducer() };
      case 'lifecycle':
        return { name, reducer: new LifecycleReducer() };
      case 'collaboration':
        return { name, reducer: new CollaborationReducer({ mode: options.mode, roster }) };
    }
  });
}

/** Runs `reduce`. I/O and option problems propagate as `CliUsageError` (exit 2). */
export async function reduceCommand(file: string, options: ReduceOptions, io: CliIo): Promise<ExitCode> {
  const roster = options.roster === null ? null : await loadRoster(options.roster, io);
  const source = await openInput(file, io);
  const reducers = makeReducers(options, roster);
  const progress = createProgress(io);
  const lineOfEvent = new Map<string, number>();
  let records = 0;
  let reduced = 0;
  let skipped = 0;

  const skip = (label: string, problems: readonly Problem[]): void => {
    skipped++;
    progress.done();
    io.stderr(`${problems.map((p) => formatProblem(`skipped ${label}`, p)).join('\n')}\n`);
  };

  const onRecord = (record: InputRecord): void => {
    records++;
    if (record.kind === 'malformed') {
      skip(`line ${record.line}`, [malformedProblem(record.message)]);
      return;
    }
    let event: Event;
    try {
      event = Event.fromDict(record.value);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const value = record.value as Record<string, unknown> | null;
      const type = typeof value?.event_type === 'string' ? value.event_type : null;
      const id = typeof value?.event_id === 'string' ? value.event_id.slice(0, 30) : null;
      skip(eventLabel(record.line, type === null ? null : type.slice(0, 60), id), violationProblems('', error.violations));
      return;
    }
    reduced++;
    if (!lineOfEvent.has(event.event_id)) lineOfEvent.set(event.event_id, record.line);
    for (const r of reducers) r.reducer.apply(event);
  };

  try {
    await readRecords(source, { onRecord, onProgress: (p) => progress.update(p) });
  } finally {
    progress.done();
  }

  const dicts: { -readonly [K in keyof ReducedDicts]: ReducedDicts[K] } = {};
  for (const r of reducers) {
    try {
      dicts[r.name] = r.reducer.state.toDict();
    } catch (error) {
      io.stderr(`${describeReduceFailure(r.name, options.mode, error, lineOfEvent)}\n`);
      return EXIT_INVALID;
    }
  }

  if (options.json) {
    const single = options.reducer === 'all' ? dicts : dicts[options.reducer];
    io.stdout(`${JSON.stringify(single, null, 2)}\n`);
  } else {
    io.stdout(renderSummary(dicts, { maxItems: options.maxItems }));
    const skippedText = skipped > 0 ? `, ${skipped} skipped (reported on stderr)` : '';
    const modeText = reducers.some((r) => r.name === 'collaboration') ? `, collaboration mode ${options.mode}` : '';
    io.stdout(`\nInput ${printable(source.label)}: ${records} records, ${reduced} events reduced${skippedText}${modeText}\n`);
  }
  return EXIT_OK;
}

function describeReduceFailure(name: string, mode: Mode, error: unknown, lineOfEvent: ReadonlyMap<string, number>): string {
  if (error instanceof UnknownParticipantError) {
    const line = lineOfEvent.get(error.eventId);
    const where = line === undefined ? `event ${error.eventId}` : `line ${line} (${error.eventType} ${error.eventId})`;
    return [
      printable(`error: ${where}: ${error.message}`),
      `  The ${name} reducer ran in ${mode} mode: an event from a participant outside the roster aborts the reduction.`,
      '  Seed the roster with --roster <file>, or use --mode permissive to record it as an anomaly.',
    ].join('\n');
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `error: the ${name} reducer failed: ${message.split('\n').map(printable).join('\n  ')}`;
}
