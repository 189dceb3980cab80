/**
 * The 6.1.0 policy hooks of the conformance engine (reference `validate_event` at 6.1.0), in
 * the reference's order:
 *
 * 1. envelope unwrapping: for an event type other than `Event`, an input whose `payload` is an
 *    object and whose `event_type` equals the event type is an envelope — the layers see its
 *    `payload`, and the envelope itself is gated;
 * 2. the cutover gate (which includes the recursive forbidden legacy keys, event names and
 *    aggregate names): on the unwrapped envelope, or on the input when the event type is
 *    `Event`; its failure becomes the first model violation, on `schema_version`, type
 *    `cutover_policy`, with the gate's message;
 * 3. the transition check of `WPStatusChanged`, once the model layer (and the gate) passed:
 *    one violation per rule message, on `transition`, type `transition_rule`, whose input is
 *    the payload;
 * 4. event types that publish no schema (`MissionReopened`, `FollowUpRecorded`) skip the
 *    schema layer (`schemaCheckSkipped`).
 *
 * The gate and the transition rule are supplied by the cutover and status areas.
 */
import { getOwn } from '../conventions';
import type { ConformancePolicy, SemanticRule, UnwrappedInput } from './engine';
import { ModelViolation } from './violations';

/** The envelope pseudo event type: its input is the envelope itself. */
export const ENVELOPE_EVENT_TYPE = 'Event';

/** 6.1.0 event types with a model but no published schema (the schema layer is skipped). */
export const EVENT_TYPES_WITHOUT_SCHEMA: readonly string[] = Object.freeze(['FollowUpRecorded', 'MissionReopened']);

/** A JSON object (Python `dict`): not null, not an array. */
function isJsonObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Step 1. A non-object input is validated as is (the reference fails on it with an
 * `AttributeError`; here the model layer reports it as a wrong-typed payload).
 */
export function unwrapEnvelope(input: unknown, eventType: string): UnwrappedInput {
  if (eventType === ENVELOPE_EVENT_TYPE) return { payload: input, envelope: input, gated: true };
  if (isJsonObject(input)) {
    const inner = getOwn(input, 'payload');
    if (isJsonObject(inner) && getOwn(input, 'event_type') === eventType) return { payload: inner, envelope: input, gated: true };
  }
  return { payload: input, envelope: null, gated: false };
}

/**
 * The cutover check as the cutover area provides it: throws with the reason (the reference's
 * `TypeError` / `ValueError`), returns normally on a canonical envelope.
 */
export type CutoverCheck = (envelope: unknown) => void;

/** Which errors of the cutover check are policy failures (others propagate). */
export type CutoverFailure = (error: unknown) => error is Error;

/** The default: `TypeError` and `RangeError` (the project's spelling of `ValueError`). */
export function isTypeOrRangeError(error: unknown): error is Error {
  return error instanceof TypeError || error instanceof RangeError;
}

/** A transition verdict: valid, or the rule messages. */
export interface TransitionVerdict {
  readonly valid: boolean;
  readonly violations: readonly string[];
}

/** The status area's transition check of a parsed `WPStatusChanged` payload (the model the registry's class parsed). */
export type TransitionCheck = (model: object) => TransitionVerdict;

/** Step 2: the gate's failure as the one `cutover_policy` violation. Other errors propagate. */
export function cutoverGate(check: CutoverCheck, isFailure: CutoverFailure = isTypeOrRangeError): (envelope: unknown) => readonly ModelViolation[] {
  return (envelope) => {
    try {
      check(envelope);
      return [];
    } catch (error) {
      if (!isFailure(error)) throw error;
      return [new ModelViolation('schema_version', error.message, 'cutover_policy', envelope)];
    }
  };
}

/**
 * The cutover check as a verdict: the message of the policy failure it would throw, or null
 * on a canonical envelope; other errors propagate, as from a `CutoverCheck`.
 */
export type CutoverVerdict = (envelope: unknown) => string | null;

/** Step 2 from a verdict: the same violation as `cutoverGate`, with no exception per refused envelope. */
export function cutoverVerdictGate(verdict: CutoverVerdict): (envelope: unknown) => readonly ModelViolation[] {
  return (envelope) => {
    const message = verdict(envelope);
    return message === null ? [] : [new ModelViolation('schema_version', message, 'cutover_policy', envelope)];
  };
}

/** Step 3: the transition rule's messages as `transition_rule` violations, verbatim. */
export function transitionRule(check: TransitionCheck): SemanticRule {
  return (model, payload) => {
    const verdict = check(model);
    if (verdict.valid) return [];
    return verdict.violations.map((message) => new ModelViolation('transition', message, 'transition_rule', payload));
  };
}

/** The hooks the 6.1.0 policy needs from the cutover and status areas. */
export interface PolicyParts {
  readonly assertCanonicalCutoverSignal: CutoverCheck;
  /** The errors of `assertCanonicalCutoverSignal` that are policy failures; default TypeError / RangeError. */
  readonly isCutoverFailure?: CutoverFailure;
  /**
   * `assertCanonicalCutoverSignal` as a verdict (same messages, same errors propagated); when
   * given, the gate uses it instead of catching the thrown policy failures.
   */
  readonly cutoverVerdict?: CutoverVerdict;
  readonly validateTransition: TransitionCheck;
}

/** The 6.1.0 policy from its parts. */
export function contractPolicy(parts: PolicyParts): ConformancePolicy {
  const gate =
    parts.cutoverVerdict !== undefined ? cutoverVerdictGate(parts.cutoverVerdict) : cutoverGate(parts.assertCanonicalCutoverSignal, parts.isCutoverFailure);
  const rules = new Map<string, SemanticRule>([['WPStatusChanged', transitionRule(parts.validateTransition)]]);
  const schemaless: ReadonlySet<string> = new Set(EVENT_TYPES_WITHOUT_SCHEMA);
  return Object.freeze({
    unwrap: unwrapEnvelope,
    gate,
    semanticRule: (eventType: string) => rules.get(eventType),
    publishesSchema: (eventType: string) => !schemaless.has(eventType),
  });
}
