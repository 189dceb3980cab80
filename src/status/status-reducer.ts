/**
 * The 6.1.0 status reducer: `WPStatusChanged` events → per-WP lane state plus anomalies, on
 * the status fold both contracts share (`src/pipeline/status-fold.ts`: filter → stable sort
 * by `(lamport_clock, isoText(timestamp), event_id)` → dedup, parse, groups of equal
 * `(wp_id, lamport_clock)` judged against their start snapshot, rollbacks last, last valid
 * member wins). The 6.1 rules:
 * - reviewer rollback = `for_review` / `in_review` → `in_progress` with a `review_ref`;
 * - per member, in order: a bootstrap-planned event (`isBootstrapPlannedEvent`) for a WP that
 *   already has a state is ignored (`bootstrap planned ignored: WP already initialized at
 *   <lane>`); a `from_lane` other than the WP's lane is an anomaly unless the event is forced
 *   (forced events go on to the transition rules: historical backfills carry mid-lifecycle
 *   lanes); then `validateTransition`, violations joined by `; `;
 * - evidence is kept on the state only when the transition went to `done`.
 *
 * Events are typed by the pipeline's event interface, so 2.1.0 and 6.1.0 envelopes reduce
 * alike (only `event_id`, `event_type`, `payload`, `timestamp`, `lamport_clock` are read).
 */
import { REDUCE_LOG } from '../pipeline/event-log-reducer';
import { StatusFold, type PipelineEvent, type StatusRules } from '../pipeline/status-fold';
import { renderPayloadValidationError } from '../v2/status/payload-error-text';
import { Lane, WP_STATUS_CHANGED, laneOrNull, laneText } from './lanes';
import { ReducedStatus, TransitionAnomaly, WPState } from './reducer-models';
import { StatusTransitionPayload } from './transition-payload';
import { isBootstrapPlannedEvent, transitionViolations } from './transitions';

/** The event shape the reducer reads (2.1.0 and 6.1.0 envelopes both fit it). */
export type StatusEvent = PipelineEvent;

const RULES_6_1: StatusRules<Lane, StatusTransitionPayload> = Object.freeze({
  eventType: WP_STATUS_CHANGED,
  payloadClass: StatusTransitionPayload,
  wpStateClass: WPState,
  anomalyClass: TransitionAnomaly,
  resultClass: ReducedStatus,
  laneOrNull,
  renderParseError: renderPayloadValidationError,
  isRollback: (p: StatusTransitionPayload): boolean =>
    (p.from_lane === Lane.FOR_REVIEW || p.from_lane === Lane.IN_REVIEW) && p.to_lane === Lane.IN_PROGRESS && p.review_ref !== null,
  rejection(p: StatusTransitionPayload, current: Lane | null, known: boolean): string | null {
    if (known && isBootstrapPlannedEvent(p)) return `bootstrap planned ignored: WP already initialized at ${current}`;
    if (p.from_lane !== current && !p.force) return `from_lane mismatch: expected ${laneText(current)}, got ${laneText(p.from_lane)}`;
    const violations = transitionViolations(p);
    return violations.length > 0 ? violations.join('; ') : null;
  },
  keepsEvidence: (p: StatusTransitionPayload): boolean => p.to_lane === Lane.DONE,
});

/**
 * The 6.1.0 status reducer as an incremental fold: `apply` events in any order, read `state`
 * at any time; the result always equals `reduceStatusEvents` over every event applied so far.
 */
export class StatusReducer extends StatusFold<Lane, StatusTransitionPayload, ReducedStatus> {
  constructor() {
    super(RULES_6_1);
  }
}

/** Reduces status events to per-WP lane state under the 6.1 rules. Pure. */
export function reduceStatusEvents(events: readonly StatusEvent[]): ReducedStatus {
  return new StatusReducer()[REDUCE_LOG](events);
}
