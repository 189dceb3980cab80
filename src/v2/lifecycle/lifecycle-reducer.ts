/**
 * The lifecycle reducer (LIFECYCLE.md §6): mission events → mission status and phases, with
 * `WPStatusChanged` events delegated to the status reducer.
 *
 * Pipeline (shared with the other reducers, `ordering.ts` / `event-log-reducer.ts`): stable
 * sort of *all* events by `(lamport_clock, isoText(timestamp), event_id)` → dedup = the log U
 * (nothing is filtered out: every event type counts). U is partitioned into mission events M
 * and work-package events W. M is applied in clock groups, each group ordered by
 * `(is MissionCancelled, event_id)`: non-cancels by id, then cancels by id (cancel beats
 * re-open; completion beats a concurrent cancel). W goes to the status reducer, whose
 * anomalies are relabelled `WP {wp_id}: {reason}` after the mission anomalies.
 *
 * Incremental fold: U is sorted by clock first, so each clock group of M is one run of
 * consecutive mission events, complete as soon as a mission event with another clock arrives.
 * `step` applies the previous group when a new clock starts, and `finish` applies the
 * still-open last group to copies, so the reducer can go on accepting events. W events are
 * streamed into a `StatusReducer` (in U order, so each is an O(1) append) whose state equals
 * `reduceStatusEvents(W)`.
 */
import { compareCodePoints } from '../../conventions';
import type { Event } from '../envelope/event';
import { EventLogReducer } from '../../pipeline/event-log-reducer';
import { sortedUniqueEvents } from '../../pipeline/ordering';
import { WP_STATUS_CHANGED } from '../status/lanes';
import type { ReducedStatus, TransitionAnomaly, WPState } from '../status/reducer-models';
import { StatusReducer } from '../status/status-reducer';
import { MapView } from '../../pipeline/versioned-map';
import { FrozenMap, INVALID, constructModel, parseModel, type ModelClass } from '../../validation';
import {
  MISSION_CANCELLED,
  MISSION_COMPLETED,
  MISSION_EVENT_TYPES,
  MISSION_STARTED,
  MissionStatus,
  PHASE_ENTERED,
  REVIEW_ROLLBACK,
  missionStatusText,
} from './constants';
import {
  MissionCancelledPayload,
  MissionCompletedPayload,
  MissionStartedPayload,
  PhaseEnteredPayload,
  ReviewRollbackPayload,
} from './payloads';
import { LifecycleAnomaly, ReducedMissionState } from './reducer-models';

/** Anomaly reasons (LIFECYCLE.md §6.4), exact text. */
const AFTER_TERMINAL: ReadonlyMap<MissionStatus, string> = new Map([
  [MissionStatus.COMPLETED, `Event after terminal state (${missionStatusText(MissionStatus.COMPLETED)})`],
  [MissionStatus.CANCELLED, `Event after terminal state (${missionStatusText(MissionStatus.CANCELLED)})`],
]);
const DUPLICATE_START = 'Duplicate MissionStarted (first one wins)';
const BEFORE_START = 'Event before MissionStarted';

function invalidPayload(eventType: string): string {
  return `Invalid ${eventType} payload`;
}

/** Parses a payload; `null` when parsing fails for any reason (LIFECYCLE.md §6.3). */
function parsePayload<M>(model: ModelClass<M>, payload: unknown): M | null {
  try {
    const parsed = parseModel(model, payload, [], []);
    return parsed === INVALID ? null : parsed;
  } catch {
    return null;
  }
}

function anomaly(event: Event, eventType: string, reason: string): LifecycleAnomaly {
  // Every part is a string already, and the model has no constraints: no validation needed.
  return constructModel(LifecycleAnomaly, { event_id: event.event_id, event_type: eventType, reason });
}

/** In-group application order: every non-cancel by `event_id`, then every cancel by `event_id`. */
function compareInGroup(a: Event, b: Event): number {
  const rankA = a.event_type === MISSION_CANCELLED ? 1 : 0;
  const rankB = b.event_type === MISSION_CANCELLED ? 1 : 0;
  if (rankA !== rankB) return rankA - rankB;
  return compareCodePoints(a.event_id, b.event_id);
}

/** The mission part of the fold: the state of LIFECYCLE.md §6.2 step 5. */
class MissionFold {
  id: string | null = null;
  status: MissionStatus | null = null;
  type: string | null = null;
  phase: string | null = null;
  phases: string[] = [];
  anomalies: LifecycleAnomaly[] = [];
  /** The lists are the parent's (a fork): copied before the first push. */
  private borrowed = false;

  /** A copy whose lists can grow without touching this one (copied only if they do). */
  fork(): MissionFold {
    const copy = new MissionFold();
    copy.id = this.id;
    copy.status = this.status;
    copy.type = this.type;
    copy.phase = this.phase;
    copy.phases = this.phases;
    copy.anomalies = this.anomalies;
    copy.borrowed = true;
    return copy;
  }

  private ownLists(): void {
    if (!this.borrowed) return;
    this.phases = this.phases.slice();
    this.anomalies = this.anomalies.slice();
    this.borrowed = false;
  }

  private addAnomaly(anomaly: LifecycleAnomaly): void {
    this.ownLists();
    this.anomalies.push(anomaly);
  }

  private addPhase(phase: string): void {
    this.ownLists();
    this.phase = phase;
    this.phases.push(phase);
  }

  /** Applies one clock group (events of one `lamport_clock`, in U order). */
  applyGroup(group: readonly Event[]): void {
    if (group.length === 1) {
      this.applyEvent(group[0]!);
      return;
    }
    // Ids are unique in U, so the order is total (the stable sort never needs its tie rule).
    for (const event of group.slice().sort(compareInGroup)) this.applyEvent(event);
  }

  /** LIFECYCLE.md §6.3: the first matching check decides. */
  private applyEvent(event: Event): void {
    const type = event.event_type;
    if (this.status !== null) {
      const terminal = AFTER_TERMINAL.get(this.status);
      if (terminal !== undefined) {
        this.addAnomaly(anomaly(event, type, terminal));
        return;
      }
    }
    if (type === MISSION_STARTED) {
      if (this.id !== null) {
        this.addAnomaly(anomaly(event, type, DUPLICATE_START));
        return;
      }
      const started = parsePayload(MissionStartedPayload, event.payload);
      if (started === null) {
        this.addAnomaly(anomaly(event, type, invalidPayload(type)));
        return;
      }
      this.id = started.mission_id;
      this.type = started.mission_type;
      this.status = MissionStatus.ACTIVE;
      this.addPhase(started.initial_phase);
      return;
    }
    if (this.id === null) {
      this.addAnomaly(anomaly(event, type, BEFORE_START));
      return;
    }
    switch (type) {
      case PHASE_ENTERED: {
        const entered = parsePayload(PhaseEnteredPayload, event.payload);
        if (entered === null) break;
        this.addPhase(entered.phase_name);
        return;
      }
      case MISSION_COMPLETED:
        if (parsePayload(MissionCompletedPayload, event.payload) === null) break;
        this.status = MissionStatus.COMPLETED;
        return;
      case MISSION_CANCELLED:
        if (parsePayload(MissionCancelledPayload, event.payload) === null) break;
        this.status = MissionStatus.CANCELLED;
        return;
      case REVIEW_ROLLBACK: {
        const rollback = parsePayload(ReviewRollbackPayload, event.payload);
        if (rollback === null) break;
        this.addPhase(rollback.target_phase);
        return;
      }
      default:
        return;
    }
    this.addAnomaly(anomaly(event, type, invalidPayload(type)));
  }
}

/** The result for an empty log: built per call, so no two results share a collection. */
const emptyState = (): ReducedMissionState => ReducedMissionState.fromDict({});

/** The WP part of the result: `wp_states` and the relabelled anomalies. */
interface WpPart {
  readonly states: ReadonlyMap<string, WPState>;
  readonly anomalies: readonly LifecycleAnomaly[];
  /** The status result's anomaly list the relabelled ones come from. */
  readonly source: readonly TransitionAnomaly[];
}

const NO_WP: WpPart = Object.freeze({ states: new FrozenMap<string, WPState>(), anomalies: Object.freeze([]), source: Object.freeze([]) });

/**
 * The WP part of a status result: its `wp_states`, and its anomalies relabelled
 * `WP {wp_id}: {reason}` (`from_lane` / `to_lane` dropped). `relabelled` memoises per anomaly
 * object, so repeated reads of a growing log do not rebuild the anomalies already seen.
 */
function wpPart(status: ReducedStatus, relabelled: WeakMap<TransitionAnomaly, LifecycleAnomaly>, previous: WpPart | null): WpPart {
  const states = status.wp_states instanceof FrozenMap || status.wp_states instanceof MapView ? status.wp_states : new FrozenMap(status.wp_states);
  // The status reducer hands out the same anomaly list while it did not grow.
  if (previous !== null && previous.source === status.anomalies) return { states, anomalies: previous.anomalies, source: previous.source };
  const anomalies = status.anomalies.map((a) => {
    let known = relabelled.get(a);
    if (known === undefined) {
      known = constructModel(LifecycleAnomaly, { event_id: a.event_id, event_type: WP_STATUS_CHANGED, reason: `WP ${a.wp_id}: ${a.reason}` });
      relabelled.set(a, known);
    }
    return known;
  });
  return { states, anomalies: Object.freeze(anomalies), source: status.anomalies };
}

/**
 * The whole fold over U (LIFECYCLE.md §6.2 steps 3–8), fed one event of U at a time in U order.
 * Shared by `LifecycleReducer` (which keeps U) and `reduceLifecycleEvents` (which builds U once
 * and folds it directly).
 */
class LifecycleFold {
  private readonly mission = new MissionFold();
  /** Mission events of the current (last) clock, not applied yet. */
  private group: Event[] = [];
  /** W, streamed in U order (each apply is an O(1) append); its state is `reduceStatusEvents(W)`. */
  private readonly status = new StatusReducer();
  private wpCount = 0;
  /** The WP part for the current W (rebuilt only when W grew). */
  private wpCache: { readonly count: number; readonly part: WpPart } | null = null;
  private readonly relabelled = new WeakMap<TransitionAnomaly, LifecycleAnomaly>();
  private forkCache: { readonly group: readonly Event[]; readonly length: number; readonly mission: MissionFold } | null = null;
  private phasesCache: { readonly from: readonly string[]; readonly list: readonly string[] } | null = null;
  private anomaliesCache: {
    readonly from: readonly LifecycleAnomaly[];
    readonly length: number;
    readonly wp: readonly LifecycleAnomaly[];
    readonly list: readonly LifecycleAnomaly[];
  } | null = null;

  step(event: Event): void {
    const type = event.event_type;
    if (MISSION_EVENT_TYPES.has(type)) {
      const group = this.group;
      if (group.length > 0 && group[0]!.lamport_clock !== event.lamport_clock) {
        this.mission.applyGroup(group);
        this.group = [];
      }
      this.group.push(event);
    } else if (type === WP_STATUS_CHANGED) {
      this.status.apply(event);
      this.wpCount++;
    }
    // Any other type only counts (it is part of U).
  }

  /**
   * The result for U = `log` (every event of which was stepped). With `final` the fold is
   * consumed (the open group is applied in place); otherwise it is applied to a copy, so more
   * events can follow.
   */
  result(log: readonly Event[], final: boolean): ReducedMissionState {
    if (log.length === 0) return emptyState();
    let mission = this.mission;
    if (this.group.length > 0) {
      if (final) {
        mission.applyGroup(this.group);
        this.group = [];
      } else {
        mission = this.openGroupApplied();
      }
    }
    const wp = this.wpPart();
    return constructModel(ReducedMissionState, {
      mission_id: mission.id,
      mission_status: mission.status,
      mission_type: mission.type,
      current_phase: mission.phase,
      phases_entered: this.frozenPhases(mission.phases),
      wp_states: wp.states,
      anomalies: this.frozenAnomalies(mission.anomalies, wp.anomalies),
      event_count: log.length,
      last_processed_event_id: log[log.length - 1]!.event_id,
    });
  }

  /**
   * The mission state with the open group applied, on a fork (the group may still grow);
   * reused while the group did not change, so reads between mission events cost O(1).
   */
  private openGroupApplied(): MissionFold {
    const cached = this.forkCache;
    if (cached !== null && cached.group === this.group && cached.length === this.group.length) return cached.mission;
    const mission = this.mission.fork();
    mission.applyGroup(this.group);
    this.forkCache = { group: this.group, length: this.group.length, mission };
    return mission;
  }

  /**
   * A frozen copy of the phase list, reused while the list did not change (lists only grow
   * within a fold, and a fork shares its parent's until it adds): a read costs O(change).
   */
  private frozenPhases(phases: readonly string[]): readonly string[] {
    const cached = this.phasesCache;
    if (cached !== null && cached.from === phases && cached.list.length === phases.length) return cached.list;
    const list = Object.freeze(phases.slice());
    this.phasesCache = { from: phases, list };
    return list;
  }

  /** Mission anomalies then the WP anomalies, frozen; reused while neither changed. */
  private frozenAnomalies(mission: readonly LifecycleAnomaly[], wp: readonly LifecycleAnomaly[]): readonly LifecycleAnomaly[] {
    const cached = this.anomaliesCache;
    if (cached !== null && cached.from === mission && cached.length === mission.length && cached.wp === wp) return cached.list;
    const list = Object.freeze(wp.length === 0 ? mission.slice() : mission.concat(wp));
    this.anomaliesCache = { from: mission, length: mission.length, wp, list };
    return list;
  }

  private wpPart(): WpPart {
    if (this.wpCount === 0) return NO_WP;
    if (this.wpCache === null || this.wpCache.count !== this.wpCount) {
      this.wpCache = { count: this.wpCount, part: wpPart(this.status.state, this.relabelled, this.wpCache?.part ?? null) };
    }
    return this.wpCache.part;
  }
}

/**
 * The lifecycle reducer as an incremental fold: `apply` events in any order, read `state` at
 * any time; the result always equals `reduceLifecycleEvents` over every event applied so far.
 * Every event type enters U (unknown types are counted); the clock-group rules look ahead
 * within the last clock only, so complete groups are folded as events arrive and the open
 * one is applied to a copy on read.
 */
export class LifecycleReducer extends EventLogReducer<ReducedMissionState> {
  private fold = new LifecycleFold();

  protected keeps(_event: Event): boolean {
    return true;
  }

  protected reset(): void {
    this.fold = new LifecycleFold();
  }

  protected step(event: Event): void {
    this.fold.step(event);
  }

  protected finish(log: readonly Event[]): ReducedMissionState {
    return this.fold.result(log, false);
  }
}

/**
 * Reduces a lifecycle event log to the projected mission state (LIFECYCLE.md §6). Pure: the
 * input is not changed and no state is kept between calls. Payload problems become anomalies;
 * the only error that escapes is the status reducer's own (STATUS_AND_GATES.md §11).
 */
export function reduceLifecycleEvents(events: readonly Event[]): ReducedMissionState {
  // U once (stable sort, then dedup), folded directly: the same fold `LifecycleReducer` runs.
  const log = sortedUniqueEvents(events);
  const fold = new LifecycleFold();
  for (let i = 0; i < log.length; i++) fold.step(log[i]!);
  return fold.result(log, true);
}
