/**
 * `spec-kitty-events validate <file|->`: checks every event's envelope, and its payload
 * against its event type's contract when the type is known (unknown types: envelope only,
 * counted apart). Problems are printed as they are found (constant memory); a summary ends
 * the report. Exit 0 when every event is valid, 1 otherwise.
 */
import { validateEvent } from '../v2/conformance';
import { registeredEventTypes } from '../v2/registry';
import { getOwn, isPlainObject } from '../conventions';
import { openInput, readRecords, type InputRecord, type ReadSummary } from './input';
import { EXIT_INVALID, EXIT_OK, type CliIo, type ExitCode } from './io';
import { conformanceProblems, eventLabel, formatProblem, malformedProblem, printable, type Problem } from './problems';
import { createProgress } from './progress';

export interface ValidateOptions {
  readonly json: boolean;
}

/** Counts per event type. */
export interface TypeCounts {
  valid: number;
  invalid: number;
}

/** The summary part of the report (also the `summary` member of `--json`). */
export interface ValidateSummary {
  readonly source: string;
  readonly format: ReadSummary['format'];
  /** Records read: non-blank lines, or array elements. */
  readonly total: number;
  readonly valid: number;
  readonly invalid: number;
  /** Of the invalid: lines that are not JSON. */
  readonly malformed: number;
  /** Of the invalid: records with no string `event_type`. */
  readonly without_event_type: number;
  /** Events whose type has no payload contract (envelope checked only), valid or not. */
  readonly unknown_type_events: number;
  readonly unknown_types: Readonly<Record<string, TypeCounts>>;
  /** Events of known types. */
  readonly by_event_type: Readonly<Record<string, TypeCounts>>;
}

/** One invalid event (an item of `--json`'s `invalid` list). */
export interface InvalidEventReport {
  readonly line: number;
  readonly index: number;
  readonly event_id: string | null;
  readonly event_type: string | null;
  readonly known_type: boolean;
  readonly problems: readonly Problem[];
}

/** Distinct event types tracked by name; beyond this, they are counted under `OTHER_TYPES`. */
export const MAX_TRACKED_TYPES = 1000;
export const OTHER_TYPES = '(other types)';

/** The event types whose payloads have a contract (`Event` itself is the envelope pseudo-type). */
export function knownPayloadTypes(): ReadonlySet<string> {
  return new Set(registeredEventTypes().filter((t) => t !== 'Event'));
}

function ownString(record: Record<string, unknown>, key: string): string | null {
  const value = getOwn(record, key);
  return typeof value === 'string' ? value : null;
}

function clip(text: string | null, max = 60): string | null {
  if (text === null) return null;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Checks one record; returns null when it is valid. */
export function checkRecord(
  record: InputRecord,
  known: ReadonlySet<string>,
): { readonly eventType: string | null; readonly knownType: boolean; readonly report: InvalidEventReport | null } {
  if (record.kind === 'malformed') {
    return {
      eventType: null,
      knownType: false,
      report: { line: record.line, index: record.index, event_id: null, event_type: null, known_type: false, problems: [malformedProblem(record.message)] },
    };
  }
  const value = record.value;
  const envelope = validateEvent(value, 'Event');
  const problems = conformanceProblems('', envelope.modelViolations, envelope.schemaViolations);
  let eventType: string | null = null;
  let eventId: string | null = null;
  let knownType = false;
  if (isPlainObject(value)) {
    eventType = ownString(value, 'event_type');
    eventId = ownString(value, 'event_id');
    knownType = eventType !== null && known.has(eventType);
    if (knownType) {
      const payload = Object.prototype.hasOwnProperty.call(value, 'payload') ? value.payload : {};
      if (payload === undefined || isPlainObject(payload)) {
        const result = validateEvent(payload ?? {}, eventType!);
        problems.push(...conformanceProblems('payload', result.modelViolations, result.schemaViolations));
      }
    }
  }
  return {
    eventType,
    knownType,
    report:
      problems.length === 0
        ? null
        : { line: record.line, index: record.index, event_id: eventId, event_type: eventType, known_type: knownType, problems },
  };
}

class Tally {
  total = 0;
  valid = 0;
  invalid = 0;
  malformed = 0;
  untyped = 0;
  unknownEvents = 0;
  readonly unknownTypes = new Map<string, TypeCounts>();
  readonly knownTypes = new Map<string, TypeCounts>();
  private tracked = 0;

  count(eventType: string | null, knownType: boolean, valid: boolean, malformed: boolean): void {
    this.total++;
    if (valid) this.valid++;
    else this.invalid++;
    if (malformed) {
      this.malformed++;
      return;
    }
    if (eventType === null) {
      this.untyped++;
      return;
    }
    if (!knownType) this.unknownEvents++;
    const map = knownType ? this.knownTypes : this.unknownTypes;
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
    if (valid) counts.valid++;
    else counts.invalid++;
  }

  summary(source: string, format: ReadSummary['format']): ValidateSummary {
    const sorted = (map: Map<string, TypeCounts>): Record<string, TypeCounts> => {
      const out: Record<string, TypeCounts> = Object.create(null) as Record<string, TypeCounts>;
      for (const key of [...map.keys()].sort()) out[key] = { ...map.get(key)! };
      return out;
    };
    return {
      source,
      format,
      total: this.total,
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

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

function typeTable(counts: Readonly<Record<string, TypeCounts>>): string[] {
  const keys = Object.keys(counts);
  const width = Math.min(40, Math.max(...keys.map((k) => k.length), 4));
  return keys.map((key) => {
    const c = counts[key]!;
    const invalid = c.invalid > 0 ? `  ${c.invalid} invalid` : '';
    return `    ${printable(key).padEnd(width)}  ${String(c.valid).padStart(7)} valid${invalid}`;
  });
}

/** The human-readable summary block. */
export function renderValidateSummary(summary: ValidateSummary): string {
  const lines: string[] = [];
  const verdict = summary.invalid === 0 ? 'all valid' : `${summary.invalid.toLocaleString('en-US')} invalid`;
  lines.push(`Summary for ${printable(summary.source)}: ${plural(summary.total, 'event')}, ${summary.valid.toLocaleString('en-US')} valid, ${verdict}`);
  if (summary.total === 0) lines.push('  (the input holds no events)');
  if (summary.malformed > 0) lines.push(`  malformed JSON: ${plural(summary.malformed, 'line')} (reported and skipped)`);
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

/** Runs `validate`. I/O errors propagate as `CliUsageError` (exit 2). */
export async function validateCommand(file: string, options: ValidateOptions, io: CliIo): Promise<ExitCode> {
  const source = await openInput(file, io);
  const known = knownPayloadTypes();
  const tally = new Tally();
  const progress = createProgress(io);
  let firstInvalid = true;
  if (options.json) io.stdout('{"invalid":[');

  const onRecord = (record: InputRecord): void => {
    const { eventType, knownType, report } = checkRecord(record, known);
    tally.count(eventType, knownType, report === null, record.kind === 'malformed');
    if (report === null) return;
    if (options.json) {
      io.stdout(`${firstInvalid ? '\n' : ',\n'}${JSON.stringify(report)}`);
    } else {
      progress.done();
      const label = eventLabel(report.line, clip(report.event_type), clip(report.event_id, 30));
      io.stdout(`${report.problems.map((p) => formatProblem(label, p)).join('\n')}\n`);
    }
    firstInvalid = false;
  };

  let read: ReadSummary;
  try {
    read = await readRecords(source, { onRecord, onProgress: (p) => progress.update(p) });
  } finally {
    progress.done();
  }
  const summary = tally.summary(source.label, read.format);
  if (options.json) {
    io.stdout(`${firstInvalid ? '' : '\n'}],\n"summary":${JSON.stringify(summary)},\n"valid":${summary.invalid === 0}}\n`);
  } else {
    if (!firstInvalid) io.stdout('\n');
    io.stdout(renderValidateSummary(summary));
  }
  return summary.invalid === 0 ? EXIT_OK : EXIT_INVALID;
}
