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

function related(a: string, b: string): boolean {
  if (a === b) return true;
  if (a === '' || b === '') return false;
  return a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
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
  const problems: Problem[] = modelViolations.map((v) => ({
    field: joinField(prefix, v.field),
    rule: v.violationType,
    message: v.message,
    source: 'model' as const,
    ...(v.violationType === 'missing' ? {} : { input: v.inputValue }),
  }));
  const modelFields = modelViolations.map((v) => v.field);
  for (const s of schemaViolations) {
    const field = jsonPathToField(s.jsonPath);
    if (modelFields.some((m) => related(m, field))) continue;
    problems.push({ field: joinField(prefix, field), rule: s.validator, message: s.message, source: 'schema' });
  }
  return problems;
}

/** Problems of a library `ValidationError` (`Event.fromDict`). */
export function violationProblems(prefix: string, violations: readonly Violation[]): Problem[] {
  return violations.map((v) => ({
    field: joinField(prefix, v.loc.join('.')),
    rule: v.type,
    message: v.msg,
    source: 'model' as const,
    ...(v.type === 'missing' ? {} : { input: v.input }),
  }));
}

export function malformedProblem(message: string): Problem {
  return { field: JSON_FIELD, rule: 'json_invalid', message, source: 'json' };
}

/** A short, one-line JSON rendering of an offending value. */
export function preview(value: unknown, max = 60): string {
  let text: string;
  try {
    text = value === undefined ? 'undefined' : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Where an event is: `line 12 (WPStatusChanged 01J…)`. */
export function eventLabel(line: number, eventType: string | null, eventId: string | null): string {
  const parts = [eventType, eventId].filter((p): p is string => p !== null && p !== '');
  return parts.length === 0 ? `line ${line}` : `line ${line} (${parts.join(' ')})`;
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
