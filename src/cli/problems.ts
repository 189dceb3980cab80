/**
 * One shape for everything the CLI reports about invalid input: the line, the field and the
 * rule, whatever found it (the JSON parser, the model layer, the schema layer).
 */
import type { Violation } from '../validation/violation';

export interface Problem {
  /**
   * Dotted path of the offending field from the event's root (`payload.focus_target.target_id`),
   * `<json>` for a line that is not JSON, `<event>` for the event as a whole.
   */
  readonly field: string;
  /** The rule broken: a pydantic error type (`string_too_short`), a JSON Schema keyword, `json_invalid`. */
  readonly rule: string;
  readonly message: string;
  /** Which check found it. */
  readonly source: 'json' | 'model' | 'schema';
  /** The offending value, when there is one worth showing (not for `missing`). */
  readonly input?: unknown;
}

/** What a model-layer check reports (`ConformanceResult.modelViolations` items). */
export interface ModelViolationLike {
  readonly field: string;
  readonly message: string;
  readonly violationType: string;
  readonly inputValue: unknown;
}

/** What a schema-layer check reports (`ConformanceResult.schemaViolations` items). */
export interface SchemaViolationLike {
  readonly jsonPath: string;
  readonly message: string;
  readonly validator: string;
}

export const EVENT_FIELD = '<event>';
export const JSON_FIELD = '<json>';

function joinField(prefix: string, field: string): string {
  if (field === '') return prefix === '' ? EVENT_FIELD : prefix;
  return prefix === '' ? field : `${prefix}.${field}`;
}

/** `$.participant_ids[1]` → `participant_ids.1`; `$` → `` (the model layer's notation). */
export function jsonPathToField(jsonPath: string): string {
  let out = jsonPath.startsWith('$') ? jsonPath.slice(1) : jsonPath;
  out = out.replace(/\[(\d+)\]/g, '.$1');
  return out.startsWith('.') ? out.slice(1) : out;
}

/**
 * The fields a list of model violations names, as a trie of dotted segments: `covers(f)` is
 * true when `f` equals one of them, or is a parent or a child of one (`a` and `a.b.c`). Cost
 * linear in the total length of the fields, whatever their number.
 */
class FieldTrie {
  private readonly root = new Map<string, FieldNode>();
  private hasEmpty = false;

  add(field: string): void {
    if (field === '') {
      this.hasEmpty = true;
      return;
    }
    let children = this.root;
    let node: FieldNode | undefined;
    for (const segment of field.split('.')) {
      node = children.get(segment);
      if (node === undefined) {
        node = { end: false, children: new Map() };
        children.set(segment, node);
      }
      children = node.children;
    }
    node!.end = true;
  }

  covers(field: string): boolean {
    if (field === '') return this.hasEmpty;
    let children = this.root;
    for (const segment of field.split('.')) {
      const node = children.get(segment);
      if (node === undefined) return false;
      if (node.end) return true; // a model field is this field or one of its parents
      children = node.children;
    }
    return true; // this field is a parent of a model field
  }
}

interface FieldNode {
  end: boolean;
  readonly children: Map<string, FieldNode>;
}

/** Longest message kept in a problem, in UTF-16 units. */
export const MAX_MESSAGE_LENGTH = 1000;
/** Longest JSON rendering of an offending value kept whole; longer ones are kept as a clipped string. */
export const MAX_INPUT_LENGTH = 1000;
/** Problems kept per event; the rest are counted in one `too_many_problems` problem. */
export const MAX_PROBLEMS_PER_EVENT = 1000;

/** `text` cut to `max` UTF-16 units with an ellipsis (never splitting a surrogate pair). */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * The offending value as kept in a report: itself when its JSON is short, else the clipped
 * JSON text (a value nested too deep to render becomes a note).
 */
export function boundedInput(value: unknown): unknown {
  if (value === null || typeof value === 'boolean' || typeof value === 'number') return value;
  if (typeof value === 'string') return clipText(value, MAX_INPUT_LENGTH);
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    return '<value too deeply nested or not JSON>';
  }
  if (text === undefined) return String(typeof value);
  return text.length <= MAX_INPUT_LENGTH ? value : clipText(text, MAX_INPUT_LENGTH);
}

function modelProblem(prefix: string, field: string, rule: string, message: string, input: unknown): Problem {
  return {
    field: joinField(prefix, field),
    rule,
    message: clipText(message, MAX_MESSAGE_LENGTH),
    source: 'model',
    ...(rule === 'missing' ? {} : { input: boundedInput(input) }),
  };
}

/**
 * Problems of one conformance check, `prefix` naming where the checked value sits in the
 * event (`` for the envelope, `payload` for the payload). Schema violations that only repeat
 * a model violation on the same field (or a parent/child of it) are left out: both layers
 * describe one contract, and the model layer's text is the more precise.
 */
export function conformanceProblems(
  prefix: string,
  modelViolations: readonly ModelViolationLike[],
  schemaViolations: readonly SchemaViolationLike[],
): Problem[] {
  if (modelViolations.length === 0 && schemaViolations.length === 0) return [];
  const problems: Problem[] = modelViolations.map((v) => modelProblem(prefix, v.field, v.violationType, v.message, v.inputValue));
  const modelFields = new FieldTrie();
  for (const v of modelViolations) modelFields.add(v.field);
  for (const s of schemaViolations) {
    const field = jsonPathToField(s.jsonPath);
    if (modelFields.covers(field)) continue;
    // `required` is reported on the parent object; the model layer names the missing field itself.
    const missing = s.validator === 'required' ? /^'((?:[^'\\]|\\.)*)' is a required property$/.exec(s.message) : null;
    if (missing !== null && modelFields.covers(field === '' ? missing[1]! : `${field}.${missing[1]!}`)) continue;
    problems.push({ field: joinField(prefix, field), rule: s.validator, message: clipText(s.message, MAX_MESSAGE_LENGTH), source: 'schema' });
  }
  return problems;
}

/** At most `MAX_PROBLEMS_PER_EVENT` problems; the rest counted in a last `too_many_problems` one. */
export function capProblems(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS_PER_EVENT) return problems;
  const kept = problems.slice(0, MAX_PROBLEMS_PER_EVENT - 1);
  kept.push({
    field: EVENT_FIELD,
    rule: 'too_many_problems',
    message: `${problems.length - kept.length} more problems not listed`,
    source: 'model',
  });
  return kept;
}

/** A record the checks could not handle (a value nested too deep, ...): reported, never fatal. */
export function internalProblem(error: unknown): Problem {
  let text: string;
  try {
    text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    text = 'unknown error';
  }
  return { field: EVENT_FIELD, rule: 'check_failed', message: clipText(`the event could not be checked: ${text}`, MAX_MESSAGE_LENGTH), source: 'model' };
}

/** Problems of a library `ValidationError` (`Event.fromDict`). */
export function violationProblems(prefix: string, violations: readonly Violation[]): Problem[] {
  return capProblems(violations.map((v) => modelProblem(prefix, v.loc.join('.'), v.type, v.msg, v.input)));
}

/** A record the reader could not read as JSON (`rule`: the reader's error code, `json_invalid`, `utf8_invalid`, ...). */
export function malformedProblem(message: string, rule = 'json_invalid'): Problem {
  return { field: JSON_FIELD, rule, message: clipText(message, MAX_MESSAGE_LENGTH), source: 'json' };
}

/** A short, one-line JSON rendering of an offending value. */
export function preview(value: unknown, max = 60): string {
  let text: string;
  try {
    text = value === undefined ? 'undefined' : (JSON.stringify(value) ?? String(value));
  } catch {
    text = '<unprintable value>';
  }
  return clipText(text, max);
}

/**
 * Where an event is: `line 12 (WPStatusChanged 01J…)`; `line 40 (element 3, …)` in a JSON
 * array; prefixed with the file when several are read (`a.jsonl: line 12 …`).
 */
export function eventLabel(line: number, eventType: string | null, eventId: string | null, element: number | null = null, source: string | null = null): string {
  const parts = [eventType === null ? null : clipText(eventType, 60), eventId === null ? null : clipText(eventId, 30)].filter(
    (p): p is string => p !== null && p !== '',
  );
  const where = element === null ? parts.join(' ') : [`element ${element}${parts.length > 0 ? ',' : ''}`, ...parts].join(' ');
  const label = where === '' ? `line ${line}` : `line ${line} (${where})`;
  return source === null ? label : `${source}: ${label}`;
}

/** Escapes control characters so hostile input cannot drive the terminal. */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\t') return '\\t';
    if (c === '\r') return '\\r';
    return `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
  });
}

/** One report line: `line 12 (…): payload.to_lane: Input should be … [enum], got "in_review"`. */
export function formatProblem(label: string, problem: Problem): string {
  const got = Object.prototype.hasOwnProperty.call(problem, 'input') ? `, got ${preview(problem.input)}` : '';
  const layer = problem.source === 'schema' ? 'schema ' : '';
  return printable(`${label}: ${problem.field}: ${problem.message} [${layer}${problem.rule}]${got}`);
}
