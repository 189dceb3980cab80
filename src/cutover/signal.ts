/**
 * The cutover rules of 6.1.0 (reference `cutover`): reading the signal, the major and exact
 * value checks, the forbidden legacy keys, event names and aggregate prefixes, and the two
 * verdicts `isPreCutoverPayload` / `assertCanonicalCutoverSignal`. Messages are the reference's.
 */
import { compareCodePoints, getOwn, isPlainObject, pyRepr, pyTypeName } from '../conventions';
import { ValidationError } from '../envelope/errors';
import { CUTOVER_ARTIFACT } from './artifact';
import { FORBIDDEN_LEGACY_KEYS, findForbiddenKeys } from './forbidden-keys';
import { pyIntOfDigits, pyIsDigit } from './py-int';

/** A JSON object (envelope or payload) the cutover rules read. */
export type CutoverInput = Readonly<Record<string, unknown>>;

/**
 * A cutover rule failed. `pyErrorType` is the exception class the reference raises
 * (`TypeError` for a wrongly typed signal or container, `ValueError` otherwise); both are
 * what the reference's conformance layer reports as a `cutover_policy` violation.
 */
export class CutoverPolicyError extends ValidationError {
  readonly pyErrorType: 'TypeError' | 'ValueError';

  constructor(message: string, pyErrorType: 'TypeError' | 'ValueError' = 'ValueError') {
    super(message);
    this.pyErrorType = pyErrorType;
  }
}

/**
 * A cutover rule's refusal before it is thrown: the message and exception class of the
 * `CutoverPolicyError` it becomes. The verdicts are computed as values (`cutoverRefusal`), so
 * the conformance gate can report a refused envelope without building an exception.
 */
export class CutoverRefusal {
  constructor(
    readonly message: string,
    readonly pyErrorType: 'TypeError' | 'ValueError' = 'ValueError',
  ) {}

  toError(): CutoverPolicyError {
    return new CutoverPolicyError(this.message, this.pyErrorType);
  }
}

function orThrow<T>(value: T | CutoverRefusal): T {
  if (value instanceof CutoverRefusal) throw value.toError();
  return value;
}

function mappingOf(value: unknown, what: string): CutoverInput | CutoverRefusal {
  return isPlainObject(value) ? value : new CutoverRefusal(`${what} must be a mapping; got ${pyTypeName(value)}`, 'TypeError');
}

function asMapping(value: unknown, what: string): CutoverInput {
  return orThrow(mappingOf(value, what));
}

function signalContainer(payload: CutoverInput): CutoverInput | CutoverRefusal {
  const input = mappingOf(payload, 'payload');
  if (input instanceof CutoverRefusal) return input;
  switch (CUTOVER_ARTIFACT.signal_location) {
    case 'event_envelope':
      return input;
    case 'payload': {
      const inner = getOwn(input, 'payload');
      if (!isPlainObject(inner)) return new CutoverRefusal("payload must contain a mapping-valued 'payload' field", 'TypeError');
      return inner;
    }
    default:
      return new CutoverRefusal('artifact_only cutover signals cannot classify live payloads', 'ValueError');
  }
}

/** `readCutoverSignal` as a value: the signal, null, or the refusal it would throw. */
function cutoverSignalOf(payload: CutoverInput): string | null | CutoverRefusal {
  const container = signalContainer(payload);
  if (container instanceof CutoverRefusal) return container;
  const value = getOwn(container, CUTOVER_ARTIFACT.signal_field_name);
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') {
    return new CutoverRefusal(`${CUTOVER_ARTIFACT.signal_field_name} must be a string; got ${pyTypeName(value)}`, 'TypeError');
  }
  return value;
}

/**
 * The cutover signal of an envelope (`schema_version`): its string, or null when absent or
 * null. Throws `CutoverPolicyError` (TypeError) when it is not a string.
 */
export function readCutoverSignal(payload: CutoverInput): string | null {
  return orThrow(cutoverSignalOf(payload));
}

/**
 * The major version of a signal value as the reference reads it (text before the first `.`,
 * Python `isdigit()` then `int()`), or the reference's error text.
 */
export function signalMajor(signalValue: string): { readonly ok: true; readonly major: bigint } | { readonly ok: false; readonly message: string } {
  const dot = signalValue.indexOf('.');
  const token = dot < 0 ? signalValue : signalValue.slice(0, dot);
  if (!pyIsDigit(token)) {
    return { ok: false, message: `cutover signal must start with a numeric major version: ${pyRepr(signalValue)}` };
  }
  const parsed = pyIntOfDigits(token);
  return parsed.ok ? { ok: true, major: parsed.value } : parsed;
}

/** Whether the signal's major equals the artifact's `accepted_major` (3). Throws for a non-numeric major. */
export function acceptedMajorMatches(signalValue: string): boolean {
  return orThrow(acceptedMajorOf(signalValue));
}

function acceptedMajorOf(signalValue: string): boolean | CutoverRefusal {
  const major = signalMajor(signalValue);
  if (!major.ok) return new CutoverRefusal(major.message);
  return major.major === BigInt(CUTOVER_ARTIFACT.accepted_major);
}

/** Whether the signal equals the exact cutover value ("3.0.0"). */
export function requiredCutoverValueMatches(signalValue: string): boolean {
  return signalValue === CUTOVER_ARTIFACT.cutover_contract_version;
}

/**
 * Every forbidden legacy key found anywhere in the envelope (the recursive walker over
 * `FORBIDDEN_LEGACY_KEYS`, a superset of the artifact's list), in first-seen order.
 */
export function forbiddenLegacyKeys(payload: CutoverInput): ReadonlySet<string> {
  const found = new Set<string>();
  for (const error of findForbiddenKeys(payload, { forbidden: FORBIDDEN_LEGACY_KEYS })) {
    found.add(error.details['key'] as string);
  }
  return found;
}

/** `{event_type}` when it is a forbidden legacy event name, else empty. */
export function forbiddenLegacyEventNames(payload: CutoverInput): ReadonlySet<string> {
  const eventType = getOwn(asMapping(payload, 'payload'), 'event_type');
  if (typeof eventType !== 'string') return new Set();
  return CUTOVER_ARTIFACT.forbidden_legacy_event_names.includes(eventType) ? new Set([eventType]) : new Set();
}

/** `{prefix}` when the aggregate id's prefix (before the first `/`) is a forbidden legacy aggregate name. */
export function forbiddenLegacyAggregateNames(payload: CutoverInput): ReadonlySet<string> {
  const aggregateId = getOwn(asMapping(payload, 'payload'), 'aggregate_id');
  if (typeof aggregateId !== 'string') return new Set();
  const slash = aggregateId.indexOf('/');
  const name = slash < 0 ? aggregateId : aggregateId.slice(0, slash);
  return CUTOVER_ARTIFACT.forbidden_legacy_aggregate_names.includes(name) ? new Set([name]) : new Set();
}

/**
 * Whether an envelope is pre-cutover: no signal, another major, not exactly "3.0.0", or any
 * forbidden key, event name or aggregate prefix. Throws as `readCutoverSignal` and
 * `acceptedMajorMatches` do.
 */
export function isPreCutoverPayload(payload: CutoverInput): boolean {
  const signal = readCutoverSignal(payload);
  if (signal === null) return true;
  if (!acceptedMajorMatches(signal)) return true;
  if (!requiredCutoverValueMatches(signal)) return true;
  return (
    forbiddenLegacyKeys(payload).size > 0 ||
    forbiddenLegacyEventNames(payload).size > 0 ||
    forbiddenLegacyAggregateNames(payload).size > 0
  );
}

function sortedRepr(values: ReadonlySet<string>): string {
  return pyRepr([...values].sort(compareCodePoints));
}

/**
 * Throws `CutoverPolicyError` with the reference's message, checked in the reference's order,
 * unless the envelope is canonical for the cutover artifact.
 */
export function assertCanonicalCutoverSignal(payload: CutoverInput): void {
  const refusal = cutoverRefusal(payload);
  if (refusal !== null) throw refusal.toError();
}

/**
 * `assertCanonicalCutoverSignal` as a value: the refusal it would throw (same message, same
 * exception class, same order of the checks), or null for a canonical envelope. Errors that
 * are not refusals (a circular value, a throwing getter) are thrown as they are there.
 */
export function cutoverRefusal(payload: CutoverInput): CutoverRefusal | null {
  try {
    return refusalOf(payload);
  } catch (error) {
    // A rule helper that throws its refusal itself (a Proxy that stops being a mapping between two reads).
    if (error instanceof CutoverPolicyError) return new CutoverRefusal(error.message, error.pyErrorType);
    throw error;
  }
}

function refusalOf(payload: CutoverInput): CutoverRefusal | null {
  const field = pyRepr(CUTOVER_ARTIFACT.signal_field_name);
  const signal = cutoverSignalOf(payload);
  if (signal instanceof CutoverRefusal) return signal;
  if (signal === null) return new CutoverRefusal(`missing canonical cutover signal ${field}`);
  const major = acceptedMajorOf(signal);
  if (major instanceof CutoverRefusal) return major;
  if (!major) return new CutoverRefusal(`unsupported cutover major version in ${field}: ${pyRepr(signal)}`);
  if (!requiredCutoverValueMatches(signal)) {
    return new CutoverRefusal(`cutover signal must equal ${pyRepr(CUTOVER_ARTIFACT.cutover_contract_version)}; got ${pyRepr(signal)}`);
  }
  const keys = forbiddenLegacyKeys(payload);
  if (keys.size > 0) return new CutoverRefusal(`payload contains forbidden legacy keys: ${sortedRepr(keys)}`);
  const eventNames = forbiddenLegacyEventNames(payload);
  if (eventNames.size > 0) return new CutoverRefusal(`payload contains forbidden legacy event names: ${sortedRepr(eventNames)}`);
  const aggregateNames = forbiddenLegacyAggregateNames(payload);
  if (aggregateNames.size > 0) return new CutoverRefusal(`payload contains forbidden legacy aggregate names: ${sortedRepr(aggregateNames)}`);
  return null;
}
