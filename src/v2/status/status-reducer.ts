/**
 * The status reducer (STATUS_AND_GATES.md §11): `WPStatusChanged` events → per-WP lane state
 * plus anomalies.
 *
 * Pipeline (shared with the other reducers, `ordering.ts` / `event-log-reducer.ts`, and with
 * the 6.1.0 status reducer, `status-fold.ts`): filter → stable sort by
 * `(lamport_clock, isoText(timestamp), event_id)` → dedup = the log U. Then every event of U
 * is parsed (parse failures become anomalies at once, so they precede every transition
 * anomaly), and the parsed events are applied in groups of equal `(wp_id, lamport_clock)`:
 * every member of a group is judged against the WP's state at the start of its group,
 * rollbacks go last, and the last valid member wins. The 2.1.0 rules: rollback =
 * for_review → in_progress with a `review_ref` (blank counts; `force` irrelevant); a member
 * whose `from_lane` is not the WP's lane is an anomaly; then the transition rules (§8);
 * evidence is kept only for → done.
 *
 * Incremental fold: U is sorted by clock first, so the groups of one clock form one run of
 * consecutive events, and a run is complete as soon as an event with a larger clock arrives.
 */
import type { Event } from '../envelope/event';
import { REDUCE_LOG } from '../../pipeline/event-log-reducer';
import { StatusFold, type StatusRules } from '../../pipeline/status-fold';
import { Lane, WP_STATUS_CHANGED, laneOrNull, laneText } from './lanes';
import { renderPayloadValidationError } from './payload-error-text';
import { ReducedStatus, TransitionAnomaly, WPState } from './reducer-models';
import { StatusTransitionPayload } from './transition-payload';
import { transitionViolations } from './transitions';

const RULES_2_1: StatusRules<Lane, StatusTransitionPayload> = Object.freeze({
  eventType: WP_STATUS_CHANGED,
  payloadClass: StatusTransitionPayload,
  wpStateClass: WPState,
  anomalyClass: TransitionAnomaly,
  resultClass: ReducedStatus,
  laneOrNull,
  renderParseError: renderPayloadValidationError,
  isRollback: (p: StatusTransitionPayload): boolean => p.from_lane === Lane.FOR_REVIEW && p.to_lane === Lane.IN_PROGRESS && p.review_ref !== null,
  rejection(p: StatusTransitionPayload, current: Lane | null): string | null {
    if (p.from_lane !== current) return `from_lane mismatch: expected ${laneText(current)}, got ${laneText(p.from_lane)}`;
    const violations = transitionViolations(p);
    return violations.length > 0 ? violations.join('; ') : null;
  },
  keepsEvidence: (p: StatusTransitionPayload): boolean => p.to_lane === Lane.DONE,
});

/**
 * The status reducer as an incremental fold: `apply` events in any order, read `state` at
 * any time; the result always equals `reduceStatusEvents` over every event applied so far.
 */
export class StatusReducer extends StatusFold<Lane, StatusTransitionPayload, ReducedStatus> {
  constructor() {
    super(RULES_2_1);
  }
}

/**
 * Reduces status events to per-WP lane state (STATUS_AND_GATES.md §11). Pure; throws only
 * for the lone-surrogate `wp_id` case of §11.
 */
export function reduceStatusEvents(events: readonly Event[]): ReducedStatus {
  return new StatusReducer()[REDUCE_LOG](events);
}
