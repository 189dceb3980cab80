/**
 * The 6.1.0 status reducer: `WPStatusChanged` events → per-WP lane state plus anomalies.
 *
 * Pipeline (shared, `src/pipeline/`): filter → stable sort by
 * `(lamport_clock, isoText(timestamp), event_id)` → dedup = the log U. Every event of U is
 * parsed as a 6.1.0 `StatusTransitionPayload` (parse failures become anomalies at once, so
 * they precede every transition anomaly); parsed events are applied in groups of equal
 * `(wp_id, lamport_clock)`, each member judged against the WP's state at the start of its
 * group, reviewer rollbacks (`for_review` / `in_review` → `in_progress` with a `review_ref`)
 * last, the last valid member winning. The 6.1 rules, in order, per member:
 * 1. a bootstrap-planned event (`isBootstrapPlannedEvent`) for a WP that already has a state
 *    is ignored (`bootstrap planned ignored: WP already initialized at <lane>`);
 * 2. a `from_lane` other than the WP's lane is an anomaly unless the event is forced (forced
 *    events go on to the transition rules: historical backfills carry mid-lifecycle lanes);
 * 3. the transition rules (`validateTransition`); violations joined by `; `.
 * Evidence is kept on the state only when the transition went to `done`.
 *
 * Incremental fold as in 2.1.0: the groups of one clock form one run of consecutive events of
 * U; a run is applied when an event with a larger clock arrives, and `finish` applies the
 * still-open last run to copies so the reducer can go on accepting events.
 *
 * Events are typed by the pipeline's event interface (`EventLogReducer`), so the reducer
 * reads 2.1.0 and 6.1.0 envelopes alike: it uses only `event_id`, `event_type`, `payload`,
 * `timestamp` and `lamport_clock`.
 */
import { getOwn } from '../conventions';
import { EventLogReducer } from '../pipeline/event-log-reducer';
import type { LocSegment, Violation } from '../validation';
import { constructModel, FrozenMap, INVALID, parseModel } from '../validation';
import { renderPayloadValidationError } from '../v2/status/payload-error-text';
import { Lane, WP_STATUS_CHANGED, laneOrNull, laneText } from './lanes';
import { ReducedStatus, TransitionAnomaly, WPState } from './reducer-models';
import { StatusTransitionPayload } from './transition-payload';
import { isBootstrapPlannedEvent, transitionViolations } from './transitions';

/** The event shape the shared pipeline works on (2.1.0 and 6.1.0 envelopes both fit it). */
export type StatusEvent = Parameters<EventLogReducer<unknown>['apply']>[0];

/** A parsed event of U. */
interface Parsed {
  readonly event: StatusEvent;
  readonly payload: StatusTransitionPayload;
}

/** A WP's state during the fold: its last applied transition; the model is built on read. */
interface WpRecord {
  readonly applied: Parsed;
  built?: WPState;
}

type ParseResult = StatusTransitionPayload | readonly Violation[];

const EMPTY_RESULT = ReducedStatus.fromDict({});
const ROOT: readonly LocSegment[] = Object.freeze([]);

/** Reviewer rollback: for_review / in_review → in_progress with a `review_ref` (blank counts). */
function isRollback(p: StatusTransitionPayload): boolean {
  return (p.from_lane === Lane.FOR_REVIEW || p.from_lane === Lane.IN_REVIEW) && p.to_lane === Lane.IN_PROGRESS && p.review_ref !== null;
}

/** The anomaly of an event whose payload failed validation (may throw, as the reference does). */
function parseAnomaly(event: StatusEvent, violations: readonly Violation[]): TransitionAnomaly {
  const payload = event.payload;
  const rawWpId = getOwn(payload, 'wp_id');
  return TransitionAnomaly.fromDict({
    event_id: event.event_id,
    wp_id: typeof rawWpId === 'string' && rawWpId.length > 0 ? rawWpId : '<unknown>',
    from_lane: laneOrNull(getOwn(payload, 'from_lane')),
    to_lane: laneOrNull(getOwn(payload, 'to_lane')),
    reason: `payload validation failed: ${renderPayloadValidationError(violations)}`,
  });
}

function transitionAnomaly(entry: Parsed, reason: string): TransitionAnomaly {
  const p = entry.payload;
  return constructModel(TransitionAnomaly, { event_id: entry.event.event_id, wp_id: p.wp_id, from_lane: p.from_lane, to_lane: p.to_lane, reason });
}

function wpState(record: WpRecord): WPState {
  let state = record.built;
  if (state === undefined) {
    const { event, payload } = record.applied;
    state = constructModel(WPState, {
      wp_id: payload.wp_id,
      current_lane: payload.to_lane,
      last_event_id: event.event_id,
      last_transition_at: event.timestamp,
      evidence: payload.to_lane === Lane.DONE ? payload.evidence : null,
    });
    record.built = state;
  }
  return state;
}

/** Why a group member is rejected against the WP's lane at the start of its group, or null. */
function rejection(p: StatusTransitionPayload, snapped: WpRecord | undefined): string | null {
  if (snapped !== undefined && isBootstrapPlannedEvent(p)) {
    return `bootstrap planned ignored: WP already initialized at ${snapped.applied.payload.to_lane}`;
  }
  const expected = snapped?.applied.payload.to_lane ?? null;
  if (p.from_lane !== expected && !p.force) {
    return `from_lane mismatch: expected ${laneText(expected)}, got ${laneText(p.from_lane)}`;
  }
  const violations = transitionViolations(p);
  return violations.length > 0 ? violations.join('; ') : null;
}

/** Applies one group (one WP, one clock, in application order) against its start snapshot. */
function applyGroup(group: readonly Parsed[], states: Map<string, WpRecord>, anomalies: TransitionAnomaly[]): void {
  const wpId = group[0]!.payload.wp_id;
  const snapped = states.get(wpId);
  for (const entry of group) {
    const reason = rejection(entry.payload, snapped);
    if (reason !== null) anomalies.push(transitionAnomaly(entry, reason));
    else states.set(wpId, { applied: entry });
  }
}

function rollbacksLast(group: readonly Parsed[]): readonly Parsed[] {
  if (!group.some((entry) => isRollback(entry.payload))) return group;
  return [...group.filter((entry) => !isRollback(entry.payload)), ...group.filter((entry) => isRollback(entry.payload))];
}

/** Applies a run of one clock: grouped by `wp_id` (first appearance order), rollbacks last per group. */
function applyRun(run: readonly Parsed[], states: Map<string, WpRecord>, anomalies: TransitionAnomaly[]): void {
  if (run.length === 1) {
    applyGroup(run, states, anomalies);
    return;
  }
  const groups = new Map<string, Parsed[]>();
  for (const entry of run) {
    const group = groups.get(entry.payload.wp_id);
    if (group === undefined) groups.set(entry.payload.wp_id, [entry]);
    else group.push(entry);
  }
  for (const group of groups.values()) applyGroup(rollbacksLast(group), states, anomalies);
}

/**
 * The 6.1.0 status reducer as an incremental fold: `apply` events in any order, read `state`
 * at any time; the result always equals `reduceStatusEvents` over every event applied so far.
 */
export class StatusReducer extends EventLogReducer<ReducedStatus> {
  /** Parse outcomes by event, kept once the log has been re-folded (out-of-order arrivals). */
  private parsedByEvent: Map<StatusEvent, ParseResult> | null = null;
  private stepped = 0;
  private readonly violations: Violation[] = [];
  private parseAnomalies: TransitionAnomaly[] = [];
  private transitionAnomalies: TransitionAnomaly[] = [];
  private states = new Map<string, WpRecord>();
  private readonly run: Parsed[] = [];

  protected keeps(event: StatusEvent): boolean {
    return event.event_type === WP_STATUS_CHANGED;
  }

  protected reset(): void {
    if (this.stepped > 0) this.parsedByEvent ??= new Map();
    this.stepped = 0;
    this.parseAnomalies = [];
    this.transitionAnomalies = [];
    this.states = new Map();
    this.run.length = 0;
  }

  private parse(event: StatusEvent): ParseResult {
    const cache = this.parsedByEvent;
    let parsed = cache?.get(event);
    if (parsed === undefined) {
      const out = this.violations;
      const model = parseModel(StatusTransitionPayload, event.payload, ROOT, out);
      parsed = model === INVALID ? out.slice() : model;
      out.length = 0;
      cache?.set(event, parsed);
    }
    return parsed;
  }

  protected step(event: StatusEvent): void {
    this.stepped++;
    const parsed = this.parse(event);
    if (!(parsed instanceof StatusTransitionPayload)) {
      this.parseAnomalies.push(parseAnomaly(event, parsed));
      return;
    }
    const run = this.run;
    if (run.length > 0 && run[0]!.event.lamport_clock !== event.lamport_clock) {
      applyRun(run, this.states, this.transitionAnomalies);
      run.length = 0;
    }
    run.push({ event, payload: parsed });
  }

  protected finish(log: readonly StatusEvent[]): ReducedStatus {
    if (log.length === 0) return EMPTY_RESULT;
    let states = this.states;
    let anomalies = this.transitionAnomalies;
    if (this.run.length > 0) {
      states = new Map(states);
      anomalies = anomalies.slice();
      applyRun(this.run, states, anomalies);
    }
    return constructModel(ReducedStatus, {
      wp_states: new FrozenMap(Array.from(states, ([wpId, record]) => [wpId, wpState(record)] as const)),
      anomalies: Object.freeze(this.parseAnomalies.concat(anomalies)),
      event_count: log.length,
      last_processed_event_id: log[log.length - 1]!.event_id,
    });
  }
}

/** Reduces status events to per-WP lane state under the 6.1 rules. Pure. */
export function reduceStatusEvents(events: readonly StatusEvent[]): ReducedStatus {
  return new StatusReducer().applyAll(events).state;
}
