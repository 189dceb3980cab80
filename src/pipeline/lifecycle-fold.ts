/**
 * The lifecycle fold shared by both contracts' lifecycle reducers (2.1.0 `src/v2/lifecycle`,
 * 6.1.0 `src/lifecycle`): the contract supplies its mission event types, its status values,
 * the rules it applies before the terminal-state guard (6.1.0: the catalog events
 * `MissionCreated` / `MissionClosed` and the post-mission events `MissionReopened` /
 * `FollowUpRecorded`), its status reducer and its result class; the fold does the rest.
 *
 * Pipeline: stable sort of *all* events by `(lamport_clock, isoText(timestamp), event_id)` →
 * dedup = the log U (every event type counts). U is partitioned into mission events M and
 * work-package events W. M is applied in clock groups, each group ordered by
 * `(is MissionCancelled, event_id)`: non-cancels by id, then cancels by id. W goes to the
 * status reducer, whose anomalies are relabelled `WP {wp_id}: {reason}` after the mission
 * anomalies.
 *
 * Per mission event, the first matching check decides: a pre-terminal rule of the contract
 * (payload invalid → `Invalid {type} payload`, else the rule's verdict); the terminal guard
 * (`Event after terminal state (MissionStatus.X)`); `MissionStarted` (duplicate, invalid, or
 * the start); `Event before MissionStarted`; then phase / completion / cancellation / rollback
 * with `Invalid {type} payload` when the payload does not parse.
 *
 * Incremental: U is sorted by clock first, so each clock group of M is one run of consecutive
 * mission events, complete as soon as a mission event with another clock arrives. `step`
 * applies the previous group when a new clock starts; `result` applies the still-open last
 * group to a copy, so the reducer can go on accepting events. W events are streamed into the
 * contract's status reducer (in U order, so each is an O(1) append); the whole-log function
 * folds W once at the end instead (it is sorted and unique already: nothing is re-added).
 */
import { MapView } from './versioned-map';
import { compareCodePoints } from '../conventions';
import { FrozenMap, INVALID, constructModel, parseModel, type ModelClass } from '../validation';
import { Deferred, constructDeferredModel, deferredField, deferredPrefixes } from './deferred-model';
import { EventLogReducer, FOLD_SORTED } from './event-log-reducer';
import { sortedUniqueEvents } from './ordering';
import type { PipelineEvent } from './status-fold';

/** The event type whose events go to the status reducer. */
const WP_STATUS_CHANGED = 'WPStatusChanged';
const MISSION_STARTED = 'MissionStarted';
const MISSION_COMPLETED = 'MissionCompleted';
const MISSION_CANCELLED = 'MissionCancelled';
const PHASE_ENTERED = 'PhaseEntered';
const REVIEW_ROLLBACK = 'ReviewRollback';

/** The fields of a status anomaly the fold relabels. */
export interface StatusAnomalyShape {
  readonly event_id: string;
  readonly wp_id: string;
  readonly reason: string;
}

/** The part of a status reduction the fold reads. */
export interface StatusResultShape {
  readonly wp_states: ReadonlyMap<string, object>;
  readonly anomalies: readonly StatusAnomalyShape[];
}

/** A lifecycle anomaly as the fold builds it. */
export interface LifecycleAnomalyShape {
  readonly event_id: string;
  readonly event_type: string;
  readonly reason: string;
}

/** The verdict of a pre-terminal rule on a valid payload: the new status, or an anomaly reason. */
export type PreTerminalVerdict<S> = { readonly status: S | null } | { readonly anomaly: string };

/** An event type handled before the terminal-state guard. */
export interface PreTerminalRule<S> {
  readonly payloadClass: ModelClass<object>;
  /** What a valid payload does, given the status before it. */
  onValid(status: S | null): PreTerminalVerdict<S>;
}

/** The payload classes of the five mission events both contracts share. */
export interface MissionPayloadClasses {
  readonly started: ModelClass<{ readonly mission_id: string; readonly mission_type: string; readonly initial_phase: string }>;
  readonly completed: ModelClass<object>;
  readonly cancelled: ModelClass<object>;
  readonly phaseEntered: ModelClass<{ readonly phase_name: string }>;
  readonly rollback: ModelClass<{ readonly target_phase: string }>;
}

/** A contract's lifecycle rules and classes. */
export interface LifecycleRules<S extends string, R extends object> {
  /** The event types applied as mission events (M). */
  readonly missionEventTypes: ReadonlySet<string>;
  readonly payloads: MissionPayloadClasses;
  readonly active: S;
  readonly completed: S;
  readonly cancelled: S;
  readonly terminal: ReadonlySet<S>;
  /** How the reference writes a status inside a message (`MissionStatus.COMPLETED`). */
  statusText(status: S): string;
  /** Rules applied before the terminal-state guard, by event type. */
  readonly preTerminal: ReadonlyMap<string, PreTerminalRule<S>>;
  /** A fresh status reducer for W. */
  statusReducer(): EventLogReducer<StatusResultShape>;
  readonly anomalyClass: ModelClass<LifecycleAnomalyShape>;
  readonly resultClass: ModelClass<R> & { fromDict(data: unknown): R };
}

const DUPLICATE_START = 'Duplicate MissionStarted (first one wins)';
const BEFORE_START = 'Event before MissionStarted';

function invalidPayload(eventType: string): string {
  return `Invalid ${eventType} payload`;
}

/** Parses a payload; `null` when parsing fails for any reason (the reference's `except Exception`). */
function parsePayload<M>(model: ModelClass<M>, payload: unknown): M | null {
  try {
    const parsed = parseModel(model, payload, [], []);
    return parsed === INVALID ? null : parsed;
  } catch {
    return null;
  }
}

/** In-group application order: every non-cancel by `event_id`, then every cancel by `event_id`. */
function compareInGroup(a: PipelineEvent, b: PipelineEvent): number {
  const rankA = a.event_type === MISSION_CANCELLED ? 1 : 0;
  const rankB = b.event_type === MISSION_CANCELLED ? 1 : 0;
  if (rankA !== rankB) return rankA - rankB;
  return compareCodePoints(a.event_id, b.event_id);
}

const NO_ITEMS: readonly never[] = Object.freeze([]);

/**
 * An append-only list that forks in O(1): a fork sees the first `baseLength` items of its
 * parent's list (which only grows) and appends to its own tail. Snapshots are deferred frozen
 * arrays, shared while the list does not grow.
 */
class ForkableList<T> {
  readonly tail: T[] = [];
  private snapshotMemo: { readonly length: number; readonly value: Deferred<readonly T[]> } | null = null;

  constructor(
    private readonly base: readonly T[] = NO_ITEMS,
    private readonly baseLength = 0,
  ) {}

  get length(): number {
    return this.baseLength + this.tail.length;
  }

  push(item: T): void {
    this.tail.push(item);
  }

  /** A list that starts with this one's current items. */
  fork(): ForkableList<T> {
    // A fork of a fork is never taken (forks are applied once and read); keep it general anyway.
    if (this.baseLength === 0) return new ForkableList(this.tail, this.tail.length);
    return new ForkableList(this.items(), this.length);
  }

  /** The prefixes making up the current items (for a deferred concatenation). */
  parts(): [readonly T[], number][] {
    const out: [readonly T[], number][] = [];
    if (this.baseLength > 0) out.push([this.base, this.baseLength]);
    if (this.tail.length > 0) out.push([this.tail, this.tail.length]);
    return out;
  }

  /** The current items as a new array. */
  items(): T[] {
    return this.base.slice(0, this.baseLength).concat(this.tail);
  }

  snapshot(): Deferred<readonly T[]> {
    const memo = this.snapshotMemo;
    if (memo !== null && memo.length === this.length) return memo.value;
    const value = deferredPrefixes(this.parts());
    this.snapshotMemo = { length: this.length, value };
    return value;
  }
}

/** The mission part of the fold. */
class MissionFold<S extends string> {
  id: string | null = null;
  status: S | null = null;
  type: string | null = null;
  phase: string | null = null;
  phases = new ForkableList<string>();
  anomalies = new ForkableList<LifecycleAnomalyShape>();
  private readonly afterTerminal: ReadonlyMap<S, string>;

  constructor(private readonly rules: LifecycleRules<S, object>, afterTerminal?: ReadonlyMap<S, string>) {
    this.afterTerminal = afterTerminal ?? new Map([...rules.terminal].map((s) => [s, `Event after terminal state (${rules.statusText(s)})`] as const));
  }

  /** A copy whose lists can grow without touching this one (O(1): the lists are shared prefixes). */
  fork(): MissionFold<S> {
    const copy = new MissionFold<S>(this.rules, this.afterTerminal);
    copy.id = this.id;
    copy.status = this.status;
    copy.type = this.type;
    copy.phase = this.phase;
    copy.phases = this.phases.fork();
    copy.anomalies = this.anomalies.fork();
    return copy;
  }

  /** Applies one clock group (events of one `lamport_clock`, in U order). */
  applyGroup(group: readonly PipelineEvent[]): void {
    if (group.length === 1) {
      this.applyEvent(group[0]!);
      return;
    }
    // Ids are unique in U, so the order is total.
    for (const event of group.slice().sort(compareInGroup)) this.applyEvent(event);
  }

  private flag(event: PipelineEvent, reason: string): void {
    // Every part is a string already, and the model has no constraints: no validation needed.
    this.anomalies.push(constructModel(this.rules.anomalyClass, { event_id: event.event_id, event_type: event.event_type, reason }));
  }

  private applyEvent(event: PipelineEvent): void {
    const type = event.event_type;
    const rules = this.rules;
    const early = rules.preTerminal.get(type);
    if (early !== undefined) {
      if (parsePayload(early.payloadClass, event.payload) === null) return this.flag(event, invalidPayload(type));
      const verdict = early.onValid(this.status);
      if ('anomaly' in verdict) return this.flag(event, verdict.anomaly);
      this.status = verdict.status;
      return;
    }
    if (this.status !== null) {
      const terminal = this.afterTerminal.get(this.status);
      if (terminal !== undefined) return this.flag(event, terminal);
    }
    const payloads = rules.payloads;
    if (type === MISSION_STARTED) {
      if (this.id !== null) return this.flag(event, DUPLICATE_START);
      const started = parsePayload(payloads.started, event.payload);
      if (started === null) return this.flag(event, invalidPayload(type));
      this.id = started.mission_id;
      this.type = started.mission_type;
      this.status = rules.active;
      this.phase = started.initial_phase;
      this.phases.push(started.initial_phase);
      return;
    }
    if (this.id === null) return this.flag(event, BEFORE_START);
    switch (type) {
      case PHASE_ENTERED: {
        const entered = parsePayload(payloads.phaseEntered, event.payload);
        if (entered === null) break;
        this.phase = entered.phase_name;
        this.phases.push(entered.phase_name);
        return;
      }
      case MISSION_COMPLETED:
        if (parsePayload(payloads.completed, event.payload) === null) break;
        this.status = rules.completed;
        return;
      case MISSION_CANCELLED:
        if (parsePayload(payloads.cancelled, event.payload) === null) break;
        this.status = rules.cancelled;
        return;
      case REVIEW_ROLLBACK: {
        const rollback = parsePayload(payloads.rollback, event.payload);
        if (rollback === null) break;
        this.phase = rollback.target_phase;
        this.phases.push(rollback.target_phase);
        return;
      }
      default:
        return;
    }
    this.flag(event, invalidPayload(type));
  }
}

/** The WP part of the result: `wp_states` and the relabelled anomalies. */
interface WpPart {
  readonly states: ReadonlyMap<string, object>;
  /** The status anomalies of this W, relabelled on first access. */
  readonly anomalies: Deferred<readonly LifecycleAnomalyShape[]>;
  /** What the relabelled list was built from (a deferred list of the status fold, or its array). */
  readonly source: unknown;
}

const NO_WP: WpPart = Object.freeze({ states: new FrozenMap<string, object>(), anomalies: new Deferred(() => NO_ITEMS, 0), source: null });

/** The whole fold over U, fed one event of U at a time in U order. */
class LifecycleFold<S extends string, R extends object> {
  private readonly mission: MissionFold<S>;
  /** Mission events of the current (last) clock, not applied yet. */
  private group: PipelineEvent[] = [];
  /** The mission with the open group applied, kept until the group changes (reads between mission events share it). */
  private openMission: MissionFold<S> | null = null;
  /** W, streamed in U order (incremental fold). */
  private readonly status: EventLogReducer<StatusResultShape>;
  /** W, collected for one fold at the end (whole-log function), else null. */
  private readonly batch: PipelineEvent[] | null;
  private wpCount = 0;
  /** The WP part for the current W (rebuilt only when W grew). */
  private wpCache: { readonly count: number; readonly part: WpPart } | null = null;
  /** The anomalies of the last result, shared by the next reads while neither part changes. */
  private anomaliesMemo: { readonly mission: Deferred<readonly LifecycleAnomalyShape[]>; readonly wp: WpPart; readonly value: Deferred<readonly LifecycleAnomalyShape[]> } | null = null;
  /** Memo per status anomaly, so repeated reads of a growing log do not rebuild the ones seen. */
  private readonly relabelled = new WeakMap<StatusAnomalyShape, LifecycleAnomalyShape>();

  /** `whole`: the fold of the whole-log function (W is folded once, at the end). */
  constructor(
    private readonly rules: LifecycleRules<S, R>,
    whole = false,
  ) {
    this.mission = new MissionFold<S>(rules);
    this.status = rules.statusReducer();
    this.batch = whole ? [] : null;
  }

  step(event: PipelineEvent): void {
    const type = event.event_type;
    if (this.rules.missionEventTypes.has(type)) {
      const group = this.group;
      if (group.length > 0 && group[0]!.lamport_clock !== event.lamport_clock) {
        this.mission.applyGroup(group);
        this.group = [];
      }
      this.group.push(event);
      this.openMission = null;
    } else if (type === WP_STATUS_CHANGED) {
      if (this.batch !== null) this.batch.push(event);
      else this.status.apply(event);
      this.wpCount++;
    }
    // Any other type only counts (it is part of U).
  }

  /**
   * The result for U = `log` (every event of which was stepped). With `final` the fold is
   * consumed (the open group is applied in place); otherwise it is applied to a fork, kept
   * until the next mission event. O(1) per read plus the status reducer's read: the lists are
   * deferred prefixes of the append-only working lists.
   */
  result(log: readonly PipelineEvent[], final: boolean): R {
    if (log.length === 0) return this.rules.resultClass.fromDict({});
    let mission = this.mission;
    if (this.group.length > 0) {
      if (final) {
        mission.applyGroup(this.group);
        this.group = [];
      } else {
        if (this.openMission === null) {
          this.openMission = mission.fork();
          this.openMission.applyGroup(this.group);
        }
        mission = this.openMission;
      }
    }
    const wp = this.wpPart();
    return constructDeferredModel(this.rules.resultClass, {
      mission_id: mission.id,
      mission_status: mission.status,
      mission_type: mission.type,
      current_phase: mission.phase,
      phases_entered: mission.phases.snapshot(),
      wp_states: wp.states,
      anomalies: this.anomalies(mission.anomalies.snapshot(), wp),
      event_count: log.length,
      last_processed_event_id: log[log.length - 1]!.event_id,
    });
  }

  /** Mission anomalies, then the relabelled WP anomalies. */
  private anomalies(mission: Deferred<readonly LifecycleAnomalyShape[]>, wp: WpPart): Deferred<readonly LifecycleAnomalyShape[]> {
    if (wp.anomalies.length === 0) return mission;
    const memo = this.anomaliesMemo;
    if (memo !== null && memo.mission === mission && memo.wp === wp) return memo.value;
    const length = mission.length < 0 || wp.anomalies.length < 0 ? -1 : mission.length + wp.anomalies.length;
    const value = new Deferred(() => Object.freeze(mission.value().concat(wp.anomalies.value())), length);
    this.anomaliesMemo = { mission, wp, value };
    return value;
  }

  private wpPart(): WpPart {
    if (this.wpCount === 0) return NO_WP;
    if (this.wpCache === null || this.wpCache.count !== this.wpCount) {
      // W is a subsequence of U: sorted and unique already, so the whole-log function folds it directly.
      const status = this.batch !== null ? this.status[FOLD_SORTED](this.batch) : this.status.state;
      // The status fold hands out an immutable view (O(change) per read); only a foreign map is copied.
      const states = status.wp_states instanceof FrozenMap || status.wp_states instanceof MapView ? status.wp_states : new FrozenMap(status.wp_states);
      // The status fold's anomalies are a deferred list shared by reads that add none: relabel
      // them on first access, and only when that list changed.
      const deferred = deferredField(status, 'anomalies') as Deferred<readonly StatusAnomalyShape[]> | null;
      const source: unknown = deferred ?? status.anomalies;
      const previous = this.wpCache?.part ?? null;
      let anomalies: Deferred<readonly LifecycleAnomalyShape[]>;
      if (previous !== null && previous.source === source) anomalies = previous.anomalies;
      else {
        const read = (): readonly StatusAnomalyShape[] => (deferred === null ? status.anomalies : deferred.value());
        anomalies = new Deferred(() => Object.freeze(read().map((a) => this.relabel(a))), deferred === null ? status.anomalies.length : deferred.length);
      }
      this.wpCache = { count: this.wpCount, part: { states, anomalies, source } };
    }
    return this.wpCache.part;
  }

  private relabel(a: StatusAnomalyShape): LifecycleAnomalyShape {
    let known = this.relabelled.get(a);
    if (known === undefined) {
      known = constructModel(this.rules.anomalyClass, { event_id: a.event_id, event_type: WP_STATUS_CHANGED, reason: `WP ${a.wp_id}: ${a.reason}` });
      this.relabelled.set(a, known);
    }
    return known;
  }
}

/**
 * A lifecycle reducer over a contract's rules: `apply` events in any order, read `state` at any
 * time; the result always equals the whole-log function over every event applied so far.
 * Every event type enters U (unknown types are counted).
 */
export class LifecycleFoldReducer<S extends string, R extends object> extends EventLogReducer<R> {
  private fold: LifecycleFold<S, R>;

  constructor(private readonly rules: LifecycleRules<S, R>) {
    super();
    this.fold = new LifecycleFold(rules);
  }

  protected keeps(_event: PipelineEvent): boolean {
    return true;
  }

  protected reset(): void {
    this.fold = new LifecycleFold(this.rules);
  }

  protected step(event: PipelineEvent): void {
    this.fold.step(event);
  }

  protected finish(log: readonly PipelineEvent[]): R {
    return this.fold.result(log, false);
  }
}

/** The whole-log function over a contract's rules: U once, folded directly. Pure. */
export function reduceLifecycleLog<S extends string, R extends object>(rules: LifecycleRules<S, R>, events: readonly PipelineEvent[]): R {
  const log = sortedUniqueEvents(events);
  const fold = new LifecycleFold(rules, true);
  for (let i = 0; i < log.length; i++) fold.step(log[i]!);
  return fold.result(log, true);
}
