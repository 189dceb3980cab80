/**
 * `spec-kitty-events reduce <file|->`: parses the log into `Event`s (invalid lines are
 * reported on stderr and skipped) and prints the reduced state: a readable summary, or
 * `toDict()` with `--json`. Exit 0 when the reduction succeeds; 1 when it fails (strict mode
 * meeting an unknown participant, or a hard failure of a reducer).
 */
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { contractVersionOf, type EnvelopeContractVersion } from '../cutover';
import type * as Envelope61 from '../envelope/event';
import { Event, ParticipantIdentity, UnknownParticipantError, ValidationError } from '../v2';
import type { JsonLinesError } from '../jsonl';
import { assertReadable, openInput, readInput } from './input';
import { CliUsageError, EXIT_INVALID, EXIT_OK, type CliIo, type ExitCode } from './io';
import { jsonChunks } from './json-stream';
import { eventLabel, formatProblem, internalProblem, malformedProblem, printable, violationProblems, type Problem } from './problems';
import { createProgress } from './progress';
import { summaryLines, type ReducedDicts } from './summary';
import { rowsFor, type CliReducer, type Mode, type ReducerRow } from './reducers';
import type { ContractChoice, OutputFormat, ReducerName } from './options';

export { REDUCER_NAMES, MODES, DEFAULT_MODE, DEFAULT_REDUCER, type Mode, type ReducerName } from './options';

export interface ReduceOptions {
  readonly reducer: ReducerName;
  readonly mode: Mode;
  readonly roster: string | null;
  /** `text` (a summary for a person), `json` (`toDict()`, indented), `ndjson` (`toDict()` on one line). */
  readonly format: OutputFormat;
  readonly maxItems: number;
  /** No per-line reports of skipped records on stderr, no progress bar. */
  readonly quiet?: boolean;
  /** Which contract each line is read under: `auto` (per line, `contractVersionOf`; the default) or one for all. */
  readonly contract?: ContractChoice;
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
  readonly row: ReducerRow;
  readonly reducer: CliReducer;
}

const CONTRACTS: readonly EnvelopeContractVersion[] = ['2.1.0', '6.1.0'];

type Event61 = Envelope61.Event;
let event61: typeof Envelope61.Event | null = null;
/** The 6.1.0 envelope, loaded when a line of that contract is met (a 2.1.0 log never loads it). */
function parse61(json: unknown): Event61 {
  event61 ??= (require('../envelope/event') as typeof Envelope61).Event;
  return event61.fromDict(json);
}

/** What the log said about a record it could not turn into an `Event`. */
function skippedRecord(record: JsonLinesError): { label: string; problems: readonly Problem[] } {
  if (record.code !== 'parse_failed') {
    return { label: eventLabel(record.line, null, null, record.element), problems: [malformedProblem(record.message, record.code)] };
  }
  const value = record.json;
  const own = (key: string): string | null => {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.prototype.hasOwnProperty.call(value, key)) return null;
    const v = (value as Record<string, unknown>)[key];
    return typeof v === 'string' ? v : null;
  };
  const label = eventLabel(record.line, own('event_type'), own('event_id'), record.element);
  const problems = record.cause instanceof ValidationError ? violationProblems('', record.cause.violations) : [internalProblem(record.cause)];
  return { label, problems };
}

/** Lines of text written in pieces of about this many lines. */
const LINES_PER_WRITE = 512;

/** Runs `reduce` over `files` (one log, read in order). I/O and option problems propagate as `CliUsageError` (exit 2). */
export async function reduceCommand(files: string | readonly string[], options: ReduceOptions, io: CliIo): Promise<ExitCode> {
  const list = typeof files === 'string' ? [files] : files;
  const quiet = options.quiet === true;
  const roster = options.roster === null ? null : await loadRoster(options.roster, io);
  for (const file of list) await assertReadable(file, io);
  const contract = options.contract ?? 'auto';
  const progress = quiet ? createProgress({ ...io, stderrIsTTY: false }) : createProgress(io);
  const several = list.length > 1;
  // Where each event was read (its file's prefix and its line), by position in `eventsOf`:
  // looked up only to name the event a reduction failed on (`lineOfEvent`).
  const wheres: string[] = [];
  const readAt: Record<EnvelopeContractVersion, number[]> = { '2.1.0': [], '6.1.0': [] };
  // The reducers keep every event anyway; handing them over at once (applyAll) sorts once
  // instead of inserting each out-of-order event into a sorted log.
  const eventsOf: Record<EnvelopeContractVersion, (Event | Event61)[]> = { '2.1.0': [], '6.1.0': [] };
  let records = 0;
  let skipped = 0;

  for (const file of list) {
    const source = await openInput(file, io);
    const where = several ? `${printable(source.label)}: ` : '';
    const whereIndex = wheres.push(where) - 1;
    const parse = (json: unknown): { era: EnvelopeContractVersion; event: Event | Event61 } => {
      const era = contract === 'auto' ? contractVersionOf(json) : contract;
      return { era, event: era === '6.1.0' ? parse61(json) : Event.fromDict(json) };
    };
    const reader = readInput(source, { parse, onProgress: (p) => progress.update(p) });
    try {
      for await (const record of reader) {
        records++;
        if (record.kind === 'error') {
          skipped++;
          if (quiet) continue;
          progress.done();
          const { label, problems } = skippedRecord(record);
          await io.stderr(`${problems.map((p) => formatProblem(`skipped ${where}${label}`, p)).join('\n')}\n`);
          continue;
        }
        const { era, event } = record.value;
        eventsOf[era].push(event);
        readAt[era].push(whereIndex, record.line, records);
      }
    } finally {
      progress.done();
    }
  }

  // The contracts to reduce: the forced one, or each era present (2.1.0 alone for an empty log).
  const eras = contract !== 'auto' ? [contract] : CONTRACTS.filter((era) => eventsOf[era].length > 0);
  if (eras.length === 0) eras.push('2.1.0');
  const settings = { mode: options.mode, roster };
  const byEra: Partial<Record<EnvelopeContractVersion, Record<string, Record<string, unknown>>>> = {};
  const ran: RunningReducer[] = [];
  for (const era of eras) {
    const rows = rowsFor(options.reducer, era);
    if (rows.length === 0) {
      await io.stderr(`${printable(`error: the ${options.reducer} reducer does not exist for contract ${era} (${eventsOf[era].length} events of that contract); it reduces ${era === '6.1.0' ? '2.1.0' : '6.1.0'} events`)}\n`);
      return EXIT_INVALID;
    }
    const dicts: Record<string, Record<string, unknown>> = {};
    for (const row of rows) {
      const reducer = row.make(settings);
      ran.push({ row, reducer });
      try {
        reducer.applyAll(eventsOf[era] as Iterable<never>);
        dicts[row.name] = reducer.state.toDict();
      } catch (error) {
        await io.stderr(`${describeReduceFailure(row.name, options.mode, error, (id) => lineOfEvent(id, eventsOf, readAt, wheres))}\n`);
        return EXIT_INVALID;
      }
    }
    byEra[era] = dicts;
  }
  const events = eras.flatMap((era) => eventsOf[era]);
  const pick = (dicts: Record<string, Record<string, unknown>>): unknown => (options.reducer === 'all' ? dicts : dicts[options.reducer]);

  if (options.format !== 'text') {
    // One contract: as before ({name: state} or the one state); a mixed log: keyed by contract version.
    const output = eras.length === 1 ? pick(byEra[eras[0]!]!) : Object.fromEntries(eras.map((era) => [era, pick(byEra[era]!)]));
    for (const chunk of jsonChunks(output, options.format === 'json' ? 2 : 0)) await io.stdout(chunk);
    await io.stdout('\n');
  } else {
    const lines: string[] = [];
    for (const era of eras) {
      if (eras.length > 1) lines.push(...(lines.length > 0 ? [''] : []), `== contract ${era} (${eventsOf[era].length} events) ==`, '');
      lines.push(...summaryLines(byEra[era]! as ReducedDicts, { maxItems: options.maxItems }));
      lines.push(...otherReducerLines(byEra[era]!, options.maxItems));
    }
    for (let i = 0; i < lines.length; i += LINES_PER_WRITE) await io.stdout(`${lines.slice(i, i + LINES_PER_WRITE).join('\n')}\n`);
    const skippedText = skipped > 0 ? `, ${skipped} skipped${quiet ? '' : ' (reported on stderr)'}` : '';
    const modeNames = [...new Set(ran.filter((r) => r.row.usesMode).map((r) => r.row.name))];
    const modeText = modeNames.length > 0 ? `, ${modeNames.join(' and ')} mode ${options.mode}` : '';
    const label = several ? `${list.length} files` : printable(list[0] === '-' ? '<stdin>' : (list[0] ?? ''));
    await io.stdout(`\nInput ${label}: ${records} records, ${events.length} events reduced${skippedText}${modeText}\n`);
  }
  return EXIT_OK;
}

/** Reducers the classic summary does not cover (everything but status, lifecycle, collaboration): scalar fields and sizes. */
const CLASSIC = new Set(['status', 'lifecycle', 'collaboration']);
function otherReducerLines(dicts: Readonly<Record<string, Record<string, unknown>>>, maxItems: number): string[] {
  const lines: string[] = [];
  for (const [name, state] of Object.entries(dicts)) {
    if (CLASSIC.has(name)) continue;
    lines.push('', `${name[0]!.toUpperCase()}${name.slice(1)}`);
    for (const [key, value] of Object.entries(state)) {
      if (key === 'anomalies') continue;
      if (Array.isArray(value)) lines.push(`  ${key}: ${value.length} item${value.length === 1 ? '' : 's'}`);
      else if (typeof value === 'object' && value !== null) lines.push(`  ${key}: ${Object.keys(value).length} entr${Object.keys(value).length === 1 ? 'y' : 'ies'}`);
      else lines.push(printable(`  ${key}: ${value === null ? '—' : String(value)}`));
    }
    const anomalies = Array.isArray(state['anomalies']) ? (state['anomalies'] as unknown[]) : [];
    lines.push(`  anomalies: ${anomalies.length}`);
    const shown = maxItems > 0 ? anomalies.slice(0, maxItems) : anomalies;
    for (const a of shown) {
      const entry = (typeof a === 'object' && a !== null ? a : {}) as Record<string, unknown>;
      const why = String(entry['reason'] ?? entry['message'] ?? '').split('\n')[0] ?? '';
      lines.push(printable(`    ${String(entry['event_id'] ?? '')} ${String(entry['event_type'] ?? entry['kind'] ?? '')}: ${why}`));
    }
    if (shown.length < anomalies.length) lines.push(`    … ${anomalies.length - shown.length} more (--json prints everything, --max-items 0 lists all)`);
  }
  return lines;
}

/** Where the first event read with id `eventId` came from (`[file: ]line n`), or undefined. */
function lineOfEvent(
  eventId: string,
  eventsOf: Readonly<Record<EnvelopeContractVersion, readonly { readonly event_id: string }[]>>,
  readAt: Readonly<Record<EnvelopeContractVersion, readonly number[]>>,
  wheres: readonly string[],
): string | undefined {
  let best: { where: number; line: number; order: number } | null = null;
  for (const era of CONTRACTS) {
    const events = eventsOf[era];
    const at = readAt[era];
    for (let i = 0; i < events.length; i++) {
      if (events[i]!.event_id !== eventId) continue;
      const order = at[3 * i + 2]!;
      if (best === null || order < best.order) best = { where: at[3 * i]!, line: at[3 * i + 1]!, order };
      break;
    }
  }
  return best === null ? undefined : `${wheres[best.where]!}line ${best.line}`;
}

function describeReduceFailure(name: string, mode: Mode, error: unknown, lineOfEvent: (eventId: string) => string | undefined): string {
  if (error instanceof UnknownParticipantError) {
    const line = lineOfEvent(error.eventId);
    const where = line === undefined ? `event ${error.eventId}` : `${line} (${error.eventType} ${error.eventId})`;
    return [
      printable(`error: ${where}: ${error.message}`),
      `  The ${name} reducer ran in ${mode} mode: an event from a participant outside the roster aborts the reduction.`,
      '  Seed the roster with --roster <file>, or use --mode permissive to record it as an anomaly.',
    ].join('\n');
  }
  let message: string;
  try {
    message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    message = 'unknown error';
  }
  return `error: the ${name} reducer failed: ${message.split('\n').map(printable).join('\n  ')}`;
}
