/**
 * `spec-kitty-events validate <file|glob|->...`: checks every event's envelope, and its
 * payload against its event type's contract when the type is known (unknown types: envelope
 * only, counted apart). Problems are printed as they are found, waiting for the output to
 * drain (constant memory whatever reads it); a summary ends the report. Exit 0 when every
 * record of every file is a valid event, 1 otherwise.
 */
import { validateEvent } from '../v2/conformance';
import { validateJsonEvent } from '../v2/conformance/validate-event';
import { registeredEventTypes } from '../v2/registry';
import type * as Conformance61 from '../conformance/validate-event';
import type * as Registry from '../registry';
import { contractVersionOf } from '../cutover';
import { getOwn, isPlainObject } from '../conventions';
import type { JsonLinesFormat, JsonLinesRecord } from '../jsonl';
import { assertReadable, openInput, readInput } from './input';
import { EXIT_INVALID, EXIT_OK, type CliIo, type ExitCode, type WriteFn } from './io';
import {
  capProblems,
  clipText,
  conformanceProblems,
  eventLabel,
  formatProblem,
  internalProblem,
  malformedProblem,
  printable,
  type Problem,
} from './problems';
import { createProgress } from './progress';
import type { ContractChoice, OutputFormat } from './options';

export { OUTPUT_FORMATS, CONTRACT_CHOICES, type OutputFormat, type ContractChoice } from './options';

export interface ValidateOptions {
  readonly format: OutputFormat;
  /** Default `auto`. */
  readonly contract?: ContractChoice;
  /** Print nothing: the exit code is the verdict (usage errors still go to stderr). */
  readonly quiet?: boolean;
}

/** Counts per event type. */
export interface TypeCounts {
  valid: number;
  invalid: number;
}

/** The summary of one input (also the `summary` member of `--format json`). */
export interface ValidateSummary {
  /** The file as given, `<stdin>`, or `N files` for the total of several. */
  readonly source: string;
  /** How the input was read; `mixed` for a total over files read differently. */
  readonly format: JsonLinesFormat | 'mixed';
  /** Records read: non-blank lines, or array elements. */
  readonly records: number;
  /** Events: the records that are JSON values (malformed lines are not events). */
  readonly total: number;
  readonly valid: number;
  /** Events that break the contract. */
  readonly invalid: number;
  /** Records that are not JSON values (not JSON, not UTF-8, too long, or unreadable input). */
  readonly malformed: number;
  /** Of the invalid: events with no string `event_type`. */
  readonly without_event_type: number;
  /** Events whose type has no payload contract (envelope checked only), valid or not. */
  readonly unknown_type_events: number;
  readonly unknown_types: Readonly<Record<string, TypeCounts>>;
  /** Events of known types. */
  readonly by_event_type: Readonly<Record<string, TypeCounts>>;
}

/** One invalid record (an item of `--format json`'s `invalid` list). */
export interface InvalidEventReport {
  readonly source: string;
  readonly line: number;
  readonly index: number;
  /** Element index when the input is one JSON array, else null. */
  readonly element: number | null;
  /** Byte offset of the record (of the bad byte, for invalid UTF-8) in the input. */
  readonly byte_offset: number;
  readonly event_id: string | null;
  readonly event_type: string | null;
  readonly known_type: boolean;
  readonly problems: readonly Problem[];
}

/** Distinct event types tracked by name; beyond this, they are counted under `OTHER_TYPES`. */
export const MAX_TRACKED_TYPES = 1000;
export const OTHER_TYPES = '(other types)';
/** Event types and ids longer than this are kept clipped (with an ellipsis) in tallies and reports. */
export const MAX_TYPE_LENGTH = 200;

/** The event types whose payloads have a contract (`Event` itself is the envelope pseudo-type). */
export function knownPayloadTypes(): ReadonlySet<string> {
  return new Set(registeredEventTypes().filter((t) => t !== 'Event'));
}

function ownString(record: Record<string, unknown>, key: string): string | null {
  const value = getOwn(record, key);
  return typeof value === 'string' ? value : null;
}

/** What checking one record found. */
export interface RecordCheck {
  /** The record's `event_type` (clipped), or null. */
  readonly eventType: string | null;
  readonly knownType: boolean;
  /** False for a record that is not a JSON value. */
  readonly isEvent: boolean;
  /** Null when the record is a valid event. */
  readonly report: InvalidEventReport | null;
}

let known61: ReadonlySet<string> | null = null;
/** The 6.1.0 event types whose payloads have a contract. */
function knownPayloadTypes61(): ReadonlySet<string> {
  known61 ??= new Set((require('../registry') as typeof Registry).registryFor('6.1.0').registeredEventTypes().filter((t) => t !== 'Event'));
  return known61;
}

type Validate = (payload: unknown, eventType: string) => ReturnType<typeof validateEvent>;
type Conformance61Module = typeof Conformance61;
let conformance61: Conformance61Module | null = null;
/** The 6.1.0 conformance, loaded when a line of that contract is met (a 2.1.0 log never loads it). */
const load61 = (): Conformance61Module => (conformance61 ??= require('../conformance/validate-event') as Conformance61Module);

/** The checks per contract: for any value, and for a value fresh from `JSON.parse` (what the reader gives). */
const VALIDATORS: Readonly<Record<'any' | 'json', Readonly<Record<'2.1.0' | '6.1.0', Validate>>>> = {
  any: {
    '2.1.0': (payload, eventType) => validateEvent(payload, eventType as never),
    '6.1.0': (payload, eventType) => load61().validateEvent(payload, eventType as never),
  },
  json: {
    '2.1.0': validateJsonEvent,
    '6.1.0': (payload, eventType) => load61().validateJsonEvent(payload, eventType),
  },
};

function checkValue(value: unknown, known21: ReadonlySet<string>, contract: ContractChoice, parsedJson: boolean): { eventType: string | null; eventId: string | null; knownType: boolean; problems: Problem[] } {
  let eventType: string | null = null;
  let eventId: string | null = null;
  let knownType = false;
  const era = contract === 'auto' ? contractVersionOf(value) : contract;
  const known = era === '6.1.0' ? knownPayloadTypes61() : known21;
  const validate = VALIDATORS[parsedJson ? 'json' : 'any'][era === '6.1.0' ? '6.1.0' : '2.1.0'];
  if (isPlainObject(value)) {
    eventType = ownString(value, 'event_type');
    eventId = ownString(value, 'event_id');
    knownType = eventType !== null && known.has(eventType);
  }
  let problems: Problem[];
  try {
    const envelope = validate(value, 'Event');
    problems = conformanceProblems('', envelope.modelViolations, envelope.schemaViolations);
    if (knownType && isPlainObject(value)) {
      const payload = Object.prototype.hasOwnProperty.call(value, 'payload') ? value.payload : {};
      if (payload === undefined || isPlainObject(payload)) {
        const result = validate(payload ?? {}, eventType!);
        for (const p of conformanceProblems('payload', result.modelViolations, result.schemaViolations)) problems.push(p);
      }
    }
  } catch (error) {
    // A value the checks cannot handle (nested thousands deep, ...): this record is invalid, the run goes on.
    problems = [internalProblem(error)];
  }
  return { eventType, eventId, knownType, problems: capProblems(problems) };
}

/** Checks one record read from `source`. */
export function checkRecord(record: JsonLinesRecord, known: ReadonlySet<string>, source = '', contract: ContractChoice = 'auto'): RecordCheck {
  return checkAnyRecord(record, known, source, contract, false);
}

/** `checkRecord` of a record the JSON Lines reader gave (its `json` comes from `JSON.parse`). */
function checkAnyRecord(record: JsonLinesRecord, known: ReadonlySet<string>, source: string, contract: ContractChoice, parsedJson: boolean): RecordCheck {
  const base = { source, line: record.line, index: record.index, element: record.element, byte_offset: record.byteOffset };
  if (record.kind === 'error') {
    return {
      eventType: null,
      knownType: false,
      isEvent: false,
      report: { ...base, event_id: null, event_type: null, known_type: false, problems: [malformedProblem(record.message, record.code)] },
    };
  }
  const { eventType, eventId, knownType, problems } = checkValue(record.json, known, contract, parsedJson);
  const type = eventType === null ? null : clipText(eventType, MAX_TYPE_LENGTH);
  return {
    eventType: type,
    knownType,
    isEvent: true,
    report:
      problems.length === 0
        ? null
        : { ...base, event_id: eventId === null ? null : clipText(eventId, MAX_TYPE_LENGTH), event_type: type, known_type: knownType, problems },
  };
}

class Tally {
  records = 0;
  events = 0;
  valid = 0;
  invalid = 0;
  malformed = 0;
  untyped = 0;
  unknownEvents = 0;
  readonly unknownTypes = new Map<string, TypeCounts>();
  readonly knownTypes = new Map<string, TypeCounts>();
  private tracked = 0;

  count(check: RecordCheck): void {
    this.records++;
    if (!check.isEvent) {
      this.malformed++;
      return;
    }
    this.events++;
    const valid = check.report === null;
    if (valid) this.valid++;
    else this.invalid++;
    const { eventType, knownType } = check;
    if (eventType === null) {
      this.untyped++;
      return;
    }
    if (!knownType) this.unknownEvents++;
    this.add(knownType ? this.knownTypes : this.unknownTypes, eventType, valid ? 1 : 0, valid ? 0 : 1);
  }

  private add(map: Map<string, TypeCounts>, eventType: string, valid: number, invalid: number): void {
    let key = eventType;
    let counts = map.get(key);
    if (counts === undefined) {
      if (this.tracked >= MAX_TRACKED_TYPES) key = OTHER_TYPES;
      else this.tracked++;
      counts = map.get(key);
      if (counts === undefined) {
        counts = { valid: 0, invalid: 0 };
        map.set(key, counts);
      }
    }
    counts.valid += valid;
    counts.invalid += invalid;
  }

  /** Adds another file's summary into this total. */
  merge(s: ValidateSummary): void {
    this.records += s.records;
    this.events += s.total;
    this.valid += s.valid;
    this.invalid += s.invalid;
    this.malformed += s.malformed;
    this.untyped += s.without_event_type;
    this.unknownEvents += s.unknown_type_events;
    for (const [k, c] of Object.entries(s.unknown_types)) this.add(this.unknownTypes, k, c.valid, c.invalid);
    for (const [k, c] of Object.entries(s.by_event_type)) this.add(this.knownTypes, k, c.valid, c.invalid);
  }

  summary(source: string, format: ValidateSummary['format']): ValidateSummary {
    const sorted = (map: Map<string, TypeCounts>): Record<string, TypeCounts> => {
      const out: Record<string, TypeCounts> = Object.create(null) as Record<string, TypeCounts>;
      for (const key of [...map.keys()].sort()) out[key] = { ...map.get(key)! };
      return out;
    };
    return {
      source,
      format,
      records: this.records,
      total: this.events,
      valid: this.valid,
      invalid: this.invalid,
      malformed: this.malformed,
      without_event_type: this.untyped,
      unknown_type_events: this.unknownEvents,
      unknown_types: sorted(this.unknownTypes),
      by_event_type: sorted(this.knownTypes),
    };
  }
}

/** The verdict of a summary: every record a valid event. */
export function isValid(summary: ValidateSummary): boolean {
  return summary.invalid === 0 && summary.malformed === 0;
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

function typeTable(counts: Readonly<Record<string, TypeCounts>>): string[] {
  const keys = Object.keys(counts);
  let width = 4;
  for (const k of keys) width = Math.max(width, printable(k).length);
  width = Math.min(40, width);
  return keys.map((key) => {
    const c = counts[key]!;
    const invalid = c.invalid > 0 ? `  ${c.invalid} invalid` : '';
    return `    ${clipText(printable(key), 80).padEnd(width)}  ${String(c.valid).padStart(7)} valid${invalid}`;
  });
}

/** The human-readable summary block. */
export function renderValidateSummary(summary: ValidateSummary): string {
  const lines: string[] = [];
  const verdict = isValid(summary) ? 'all valid' : `${summary.invalid.toLocaleString('en-US')} invalid`;
  const malformed = summary.malformed > 0 ? `; ${plural(summary.malformed, 'malformed record')}` : '';
  lines.push(`Summary for ${printable(summary.source)}: ${plural(summary.total, 'event')}, ${summary.valid.toLocaleString('en-US')} valid, ${verdict}${malformed}`);
  if (summary.total === 0 && summary.malformed === 0) lines.push('  (the input holds no events)');
  if (summary.malformed > 0) lines.push(`  malformed: ${plural(summary.malformed, 'record')} not read as JSON events (reported above; not counted as events)`);
  if (summary.without_event_type > 0) lines.push(`  without a string event_type: ${plural(summary.without_event_type, 'event')}`);
  if (summary.unknown_type_events > 0) {
    lines.push(`  unknown event types (envelope checked only): ${plural(summary.unknown_type_events, 'event')}`);
    lines.push(...typeTable(summary.unknown_types));
  }
  if (Object.keys(summary.by_event_type).length > 0) {
    lines.push('  by event type:');
    lines.push(...typeTable(summary.by_event_type));
  }
  return `${lines.join('\n')}\n`;
}

/** A report as JSON text; a report that cannot be rendered becomes one `check_failed` problem. */
function reportJson(report: InvalidEventReport): string {
  try {
    return JSON.stringify(report);
  } catch (error) {
    return JSON.stringify({ ...report, problems: [internalProblem(error)] });
  }
}

/** Where each part of the report goes, per output format. */
interface Printer {
  begin(): Promise<void> | void;
  invalid(report: InvalidEventReport, label: string): Promise<void> | void;
  fileDone(summary: ValidateSummary, wroteProblems: boolean): Promise<void> | void;
  /** `complete` is false when an input failed mid-read: the verdict is then never "valid". */
  end(total: ValidateSummary, files: readonly ValidateSummary[], complete?: boolean): Promise<void> | void;
}

function makePrinter(format: OutputFormat, quiet: boolean, write: WriteFn, beforeText: () => void): Printer {
  if (quiet) return { begin: () => undefined, invalid: () => undefined, fileDone: () => undefined, end: () => undefined };
  if (format === 'json') {
    let first = true;
    return {
      begin: () => write('{"invalid":['),
      invalid: (report) => {
        const text = `${first ? '\n' : ',\n'}${reportJson(report)}`;
        first = false;
        return write(text);
      },
      fileDone: () => undefined,
      end: (total, files, complete = true) => {
        const perFile = files.length > 1 ? `,\n"files":${JSON.stringify(files)}` : '';
        return write(`${first ? '' : '\n'}],\n"summary":${JSON.stringify(total)}${perFile},\n"valid":${complete && isValid(total)}}\n`);
      },
    };
  }
  if (format === 'ndjson') {
    return {
      begin: () => undefined,
      invalid: (report) => write(`${reportJson({ type: 'invalid', ...report } as InvalidEventReport)}\n`),
      fileDone: (summary) => write(`${JSON.stringify({ type: 'summary', ...summary, valid: isValid(summary) })}\n`),
      end: (total, files, complete = true) => write(`${JSON.stringify({ type: 'result', valid: complete && isValid(total), files: files.length, summary: total })}\n`),
    };
  }
  return {
    begin: () => undefined,
    invalid: (report, label) => {
      beforeText();
      return write(`${report.problems.map((p) => formatProblem(label, p)).join('\n')}\n`);
    },
    fileDone: (summary, wroteProblems) => write(`${wroteProblems ? '\n' : ''}${renderValidateSummary(summary)}`),
    end: (total, files, complete = true) => {
      if (!complete) return write(`\nIncomplete: an input could not be read to its end (see stderr)\n`);
      if (files.length <= 1) return;
      const verdict = isValid(total) ? 'all valid' : 'INVALID';
      return write(
        `\nTotal: ${plural(files.length, 'file')}, ${plural(total.total, 'event')}, ${total.valid.toLocaleString('en-US')} valid, ${total.invalid.toLocaleString('en-US')} invalid, ${plural(total.malformed, 'malformed record')}: ${verdict}\n`,
      );
    },
  };
}

/** Validates one input, printing its problems; `stopped` when nobody reads the report any more. */
async function validateOne(
  file: string,
  io: CliIo,
  context: { readonly known: ReadonlySet<string>; readonly contract: ContractChoice; readonly printer: Printer; readonly progress: ReturnType<typeof createProgress>; readonly several: boolean },
): Promise<{ readonly summary: ValidateSummary; readonly wrote: boolean; readonly stopped: boolean }> {
  const { known, contract, printer, progress, several } = context;
  const source = await openInput(file, io);
  const tally = new Tally();
  const reader = readInput(source, { onProgress: (p) => progress.update(p) });
  let wrote = false;
  let stopped = false;
  try {
    for await (const record of reader) {
      const check = checkAnyRecord(record, known, source.label, contract, true);
      tally.count(check);
      if (check.report === null) continue;
      const r = check.report;
      const pending = printer.invalid(r, eventLabel(r.line, r.event_type, r.event_id, r.element, several ? printable(source.label) : null));
      if (pending !== undefined) await pending;
      wrote = true;
      // Nobody reads stdout any more and the verdict is already "invalid": stop reading.
      if (io.stdoutClosed?.() === true) {
        stopped = true;
        break;
      }
    }
  } finally {
    progress.done();
  }
  return { summary: tally.summary(source.label, reader.stats.format), wrote, stopped };
}

/** Runs `validate` over `files` (already expanded). I/O errors propagate as `CliUsageError` (exit 2). */
export async function validateCommand(files: string | readonly string[], options: ValidateOptions, io: CliIo): Promise<ExitCode> {
  const list = typeof files === 'string' ? [files] : files;
  const quiet = options.quiet === true;
  const progress = quiet ? createProgress({ ...io, stderrIsTTY: false }) : createProgress(io);
  const printer = makePrinter(options.format, quiet, io.stdout, () => progress.done());
  const context = { known: knownPayloadTypes(), contract: options.contract ?? 'auto', printer, progress, several: list.length > 1 };
  const summaries: ValidateSummary[] = [];
  const total = new Tally();
  let stopped = false;

  for (const file of list) await assertReadable(file, io);
  await printer.begin();
  try {
    for (const file of list) {
      const one = await validateOne(file, io, context);
      summaries.push(one.summary);
      total.merge(one.summary);
      stopped = one.stopped;
      if (stopped) break;
      await printer.fileDone(one.summary, one.wrote);
    }
  } catch (error) {
    // An input failing mid-read (exit 2): the report still ends with the totals so far (--json stays JSON).
    await printer.end(total.summary(`${list.length} ${list.length === 1 ? 'file' : 'files'} (incomplete)`, 'mixed'), summaries, false);
    throw error;
  }
  const formats = new Set(summaries.map((s) => s.format));
  const totalSummary = context.several
    ? total.summary(`${list.length} files`, formats.size === 1 ? summaries[0]!.format : 'mixed')
    : total.summary(summaries[0]?.source ?? '', summaries[0]?.format ?? 'empty');
  if (!stopped) await printer.end(totalSummary, summaries);
  return isValid(totalSummary) ? EXIT_OK : EXIT_INVALID;
}
