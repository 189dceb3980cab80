/**
 * The status reducer (STATUS_AND_GATES.md §11): `WPStatusChanged` events → per-WP lane state
 * plus anomalies.
 *
 * Pipeline (shared with the other reducers, `ordering.ts` / `event-log-reducer.ts`): filter →
 * stable sort by `(lamport_clock, isoText(timestamp), event_id)` → dedup = the log U. Then
 * every event of U is parsed (parse failures become anomalies at once, so they precede every
 * transition anomaly), and the parsed events are applied in groups of equal
 * `(wp_id, lamport_clock)`: every member of a group is judged against the WP's state at the
 * start of its group, rollbacks go last, and the last valid member wins.
 *
 * Incremental fold: U is sorted by clock first, so the groups of one clock form one run of
 * consecutive events, and a run is complete as soon as an event with a larger clock arrives.
 * `step` parses each event and applies the previous run when a new clock starts; `finish`
 * applies the still-open last run to copies, so the reducer can go on accepting events.
 */
import { getOwn } from '../conventions';
import type { Event } from '../envelope/event';
import type { LocSegment, Violation } from '../validation';
import { constructModel, INVALID, parseModel } from '../validation';
import { EventLogReducer } from './event-log-reducer';
import { Lane, WP_STATUS_CHANGED, laneOrNull, laneText } from './lanes';
import { renderPayloadValidationError } from './payload-error-text';
import { ReducedStatus, TransitionAnomaly, WPState } from './reducer-models';
import { StatusTransitionPayload } from './transition-payload';
import { transitionViolations } from './transitions';
import { MapHistory, type MapView } from './versioned-map';

/** A parsed event of U. */
interface Parsed {
  readonly event: Event;
  readonly payload: StatusTransitionPayload;
}

/**
 * A WP's state during the fold: the event of its last applied transition. Replaced, never
 * mutated (so a shallow copy of the state map is a snapshot); the `WPState` model is built
 * from it only when a result is read, once per record.
 */
interface WpRecord {
  readonly applied: Parsed;
  built?: WPState;
}

/** The outcome of parsing one event's payload. */
type ParseResult = StatusTransitionPayload | readonly Violation[];

const EMPTY_RESULT = ReducedStatus.fromDict({});
const ROOT: readonly LocSegment[] = Object.freeze([]);

/** Rollback = for_review → in_progress with a `review_ref` (blank counts; `force` irrelevant). */
function isRollback(p: StatusTransitionPayload): boolean {
  return p.from_lane === Lane.FOR_REVIEW && p.to_lane === Lane.IN_PROGRESS && p.review_ref !== null;
}

/** The anomaly for an event whose payload failed validation (may throw: §11's one exception). */
function parseAnomaly(event: Event, violations: readonly Violation[]): TransitionAnomaly {
  const payload = event.payload;
  const rawWpId = getOwn(payload, 'wp_id');
  // Built through validation on purpose: a salvaged wp_id holding a lone surrogate makes the
  // reference raise here, and so do we (the ValidationError propagates out of the reducer).
  return TransitionAnomaly.fromDict({
    event_id: event.event_id,
    wp_id: typeof rawWpId === 'string' && rawWpId.length > 0 ? rawWpId : '<unknown>',
    from_lane: laneOrNull(getOwn(payload, 'from_lane')),
    to_lane: laneOrNull(getOwn(payload, 'to_lane')),
    reason: `payload validation failed: ${renderPayloadValidationError(violations)}`,
  });
}

/** A transition anomaly (every part is already valid, so no validation is needed). */
function transitionAnomaly(entry: Parsed, reason: string): TransitionAnomaly {
  const p = entry.payload;
  return constructModel(TransitionAnomaly, {
    event_id: entry.event.event_id,
    wp_id: p.wp_id,
    from_lane: p.from_lane,
    to_lane: p.to_lane,
    reason,
  });
}

/** The `WPState` of a record (evidence only when the transition went to done). */
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

/** Where a run is applied: the fold's `MapHistory`, or a `RunOverlay` on top of it. */
interface WpStore {
  get(wpId: string): WpRecord | undefined;
  set(wpId: string, record: WpRecord): void;
}

/**
 * Changes of the still-open last run on top of the fold's states, so a read does not copy
 * every WP's state (the run may still grow, so the fold itself must not see them).
 */
class RunOverlay implements WpStore {
  readonly changes = new Map<string, WpRecord>();
  constructor(private readonly base: WpStore) {}
  get(wpId: string): WpRecord | undefined {
    return this.changes.get(wpId) ?? this.base.get(wpId);
  }
  set(wpId: string, record: WpRecord): void {
    this.changes.set(wpId, record);
  }
}

/**
 * Applies one group (events of one WP with one clock, in application order) against the
 * snapshot of the WP's state taken at the start of the group.
 */
function applyGroup(group: readonly Parsed[], states: WpStore, anomalies: TransitionAnomaly[]): void {
  const wpId = group[0]!.payload.wp_id;
  const expected = states.get(wpId)?.applied.payload.to_lane ?? null;
  for (const entry of group) {
    const p = entry.payload;
    if (p.from_lane !== expected) {
      anomalies.push(transitionAnomaly(entry, `from_lane mismatch: expected ${laneText(expected)}, got ${laneText(p.from_lane)}`));
      continue;
    }
    const violations = transitionViolations(p);
    if (violations.length > 0) {
      anomalies.push(transitionAnomaly(entry, violations.join('; ')));
      continue;
    }
    states.set(wpId, { applied: entry });
  }
}

/** Non-rollbacks in their order, then rollbacks in theirs. */
function rollbacksLast(group: readonly Parsed[]): readonly Parsed[] {
  if (!group.some((entry) => isRollback(entry.payload))) return group;
  return [...group.filter((entry) => !isRollback(entry.payload)), ...group.filter((entry) => isRollback(entry.payload))];
}

/**
 * Applies a run of parsed events sharing one clock: grouped by `wp_id` (groups in order of
 * first appearance, members in log order), rollbacks last inside each group.
 */
function applyRun(run: readonly Parsed[], states: WpStore, anomalies: TransitionAnomaly[]): void {
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
 * The status reducer as an incremental fold: `apply` events in any order, read `state` at
 * any time; the result always equals `reduceStatusEvents` over every event applied so far.
 */
export class StatusReducer extends EventLogReducer<ReducedStatus> {
  /**
   * Parse outcomes by event object, kept once the log has been re-folded at least once (events
   * arriving out of order with reads in between), so later re-folds do not parse again. A
   * single fold (the whole-log function) never pays for it.
   */
  private parsedByEvent: Map<Event, ParseResult> | null = null;
  /** Events stepped since the last reset: a reset after a fold means a re-fold. */
  private stepped = 0;
  /** Reused violation buffer for payload parses. */
  private readonly violations: Violation[] = [];
  private parseAnomalies: TransitionAnomaly[] = [];
  private transitionAnomalies: TransitionAnomaly[] = [];
  /**
   * Per WP, in the order each first received a valid transition (Map order = dict order);
   * results are views of it (no copy per read).
   */
  private states = new MapHistory<WpRecord>();
  /** The frozen anomaly list of the last read, reused while no anomaly was added. */
  private frozenAnomalies: { readonly parse: number; readonly transition: number; readonly list: readonly TransitionAnomaly[] } | null = null;
  /** Parsed events of the current clock, not applied yet (U is sorted by clock first). */
  private readonly run: Parsed[] = [];

  protected keeps(event: Event): boolean {
    return event.event_type === WP_STATUS_CHANGED;
  }

  protected reset(): void {
    if (this.stepped > 0) this.parsedByEvent ??= new Map();
    this.stepped = 0;
    this.parseAnomalies = [];
    this.transitionAnomalies = [];
    this.states = new MapHistory();
    this.frozenAnomalies = null;
    this.run.length = 0;
  }

  /** `StatusTransitionPayload.fromDict(event.payload)` without throwing: the model or its violations. */
  private parse(event: Event): ParseResult {
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

  protected step(event: Event): void {
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

  /**
   * The result: O(1) plus the open run (the states are a view, the anomaly list is reused
   * while it did not grow), so reading after every in-order append stays linear overall.
   */
  protected finish(log: readonly Event[]): ReducedStatus {
    if (log.length === 0) return EMPTY_RESULT;
    let wpStates: MapView<WpRecord, WPState>;
    let anomalies: readonly TransitionAnomaly[];
    if (this.run.length > 0) {
      // The last run may still grow: apply it on top of the working state, leaving that as is.
      const overlay = new RunOverlay(this.states);
      const runAnomalies: TransitionAnomaly[] = [];
      applyRun(this.run, overlay, runAnomalies);
      wpStates = this.states.view(wpState, overlay.changes);
      anomalies = runAnomalies.length === 0 ? this.foldAnomalies() : Object.freeze(this.foldAnomalies().concat(runAnomalies));
    } else {
      wpStates = this.states.view(wpState);
      anomalies = this.foldAnomalies();
    }
    return constructModel(ReducedStatus, {
      wp_states: wpStates,
      anomalies,
      event_count: log.length,
      last_processed_event_id: log[log.length - 1]!.event_id,
    });
  }

  /** Parse anomalies, then transition anomalies of the applied runs, frozen (cached). */
  private foldAnomalies(): readonly TransitionAnomaly[] {
    const parse = this.parseAnomalies.length;
    const transition = this.transitionAnomalies.length;
    const cached = this.frozenAnomalies;
    if (cached !== null && cached.parse === parse && cached.transition === transition) return cached.list;
    const list = Object.freeze(this.parseAnomalies.concat(this.transitionAnomalies));
    this.frozenAnomalies = { parse, transition, list };
    return list;
  }
}

/**
 * Reduces status events to per-WP lane state (STATUS_AND_GATES.md §11). Pure; throws only
 * for the lone-surrogate `wp_id` case of §11.
 */
export function reduceStatusEvents(events: readonly Event[]): ReducedStatus {
  return new StatusReducer().applyAll(events).state;
}
