/**
 * GitHub check_run conclusion → gate event type (STATUS_AND_GATES.md §14).
 */
import { pyRepr } from '../../conventions';
import { SpecKittyEventsError } from '../../envelope/errors';

/** A check_run conclusion outside the 8 known values. */
export class UnknownConclusionError extends SpecKittyEventsError {
  readonly conclusion: string;

  constructor(conclusion: string) {
    super(
      `Unknown check_run conclusion: ${pyRepr(conclusion)}. ` +
        'Known values: success, failure, timed_out, cancelled, action_required, neutral, skipped, stale',
    );
    this.conclusion = conclusion;
  }
}

export type GateEventType = 'GatePassed' | 'GateFailed';

/** Called for a non-blocking conclusion with `(conclusion, "non_blocking")`. */
export type OnIgnoredConclusion = (conclusion: string, reason: string) => void;

/** The 8 known conclusions (a Map: own-key lookups only); null = ignored (non-blocking). */
const CONCLUSIONS: ReadonlyMap<unknown, GateEventType | null> = new Map<unknown, GateEventType | null>([
  ['success', 'GatePassed'],
  ['failure', 'GateFailed'],
  ['timed_out', 'GateFailed'],
  ['cancelled', 'GateFailed'],
  ['action_required', 'GateFailed'],
  ['neutral', null],
  ['skipped', null],
  ['stale', null],
]);

/** Receives the reference's INFO log line for ignored conclusions; none by default. */
export type ConclusionLogger = (message: string) => void;

let infoLogger: ConclusionLogger | null = null;

/**
 * Optional hook standing in for the reference's `spec_kitty_events.gates` logger (INFO,
 * `Ignored non-blocking check_run conclusion: {conclusion}`). Pass null to remove it.
 */
export function setConclusionLogger(logger: ConclusionLogger | null): void {
  infoLogger = logger;
}

/**
 * `"GatePassed"` for success; `"GateFailed"` for failure, timed_out, cancelled,
 * action_required; null for neutral, skipped, stale (after calling `onIgnored(conclusion,
 * "non_blocking")`, whose return value is ignored and whose errors propagate). Anything else
 * (exact, case-sensitive match) throws `UnknownConclusionError`.
 */
export function mapCheckRunConclusion(
  conclusion: string,
  onIgnored?: OnIgnoredConclusion | null,
): GateEventType | null {
  const eventType = CONCLUSIONS.get(conclusion);
  if (eventType === undefined) throw new UnknownConclusionError(conclusion);
  if (eventType === null) {
    infoLogger?.(`Ignored non-blocking check_run conclusion: ${conclusion}`);
    if (onIgnored !== undefined && onIgnored !== null) onIgnored(conclusion, 'non_blocking');
  }
  return eventType;
}
