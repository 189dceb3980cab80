/**
 * The status fold shared by both contracts' status reducers (2.1.0 `src/v2/status`, 6.1.0
 * `src/status`): the contract supplies its payload class, its result classes and its rules
 * (which member of a group is rejected and why, what counts as a reviewer rollback, which
 * transitions keep evidence); the fold does the rest.
 *
 * Every event of the sorted unique log U is parsed (parse failures become anomalies at once,
 * so they precede every transition anomaly); parsed events are applied in groups of equal
 * `(wp_id, lamport_clock)`: every member is judged against the WP's state at the start of its
 * group, rollbacks go last, the last valid member wins.
 *
 * Incremental: U is sorted by clock first, so the groups of one clock form one run of
 * consecutive events, complete as soon as an event with a larger clock arrives. `step` parses
 * each event and applies the previous run when a new clock starts; `finish` applies the
 * still-open last run to copies, so the reducer can go on accepting events.
 */
import { getOwn } from '../conventions';
import type { LocSegment, ModelClass, Violation } from '../validation';
import { constructModel, INVALID, parseModel } from '../validation';
import { Deferred, constructDeferredModel, deferredPrefixes } from './deferred-model';
import { EventLogReducer } from './event-log-reducer';
import { MapHistory } from './versioned-map';

/** The event shape the pipeline works on (2.1.0 and 6.1.0 envelopes both fit it). */
export type PipelineEvent = Parameters<EventLogReducer<unknown>['apply']>[0];

/** The payload fields the fold reads. */
export interface StatusPayloadShape<L extends string> {
  readonly wp_id: string;
  readonly from_lane: L | null;
  readonly to_lane: L;
  readonly evidence: unknown;
}

/** A contract's status rules and classes. */
export interface StatusRules<L extends string, P extends StatusPayloadShape<L>> {
  readonly eventType: string;
  readonly payloadClass: ModelClass<P>;
  readonly wpStateClass: ModelClass<object>;
  readonly anomalyClass: ModelClass<object> & { fromDict(data: unknown): object };
  readonly resultClass: ModelClass<object> & { fromDict(data: unknown): object };
  /** A lane value or alias → the lane, else null (the salvaged lanes of a parse anomaly). */
  laneOrNull(value: unknown): L | null;
  /** pydantic's text of a failed payload validation. */
  renderParseError(violations: readonly Violation[]): string;
  /** Reviewer rollbacks are applied after the other members of their group. */
  isRollback(payload: P): boolean;
  /** Why `payload` is rejected against the WP's lane at the start of its group (null: none yet), or null. */
  rejection(payload: P, current: L | null, known: boolean): string | null;
  /** Whether the WP state keeps the transition's evidence. */
  keepsEvidence(payload: P): boolean;
}

interface Parsed<P> {
  readonly event: PipelineEvent;
  readonly payload: P;
}

/** A WP's state during the fold: its last applied transition; the model is built on read. */
interface WpRecord<P> {
  readonly applied: Parsed<P>;
  built?: object;
}

const ROOT: readonly LocSegment[] = Object.freeze([]);

/** What `applyGroup` needs of the WP states: the working history, or an overlay on top of it. */
interface StateStore<P> {
  get(wpId: string): WpRecord<P> | undefined;
  set(wpId: string, record: WpRecord<P>): void;
}

/**
 * A status reducer over a contract's rules: `apply` events in any order, read `state` at any
 * time; the result always equals the whole-log function over every event applied so far.
 */
export class StatusFold<L extends string, P extends StatusPayloadShape<L>, R extends object> extends EventLogReducer<R> {
  private parsedByEvent: Map<PipelineEvent, P | readonly Violation[]> | null = null;
  private stepped = 0;
  private readonly violations: Violation[] = [];
  private parseAnomalies: object[] = [];
  private transitionAnomalies: object[] = [];
  /** Per WP, in the order each first received a valid transition (Map order = dict order). */
  private states = new MapHistory<WpRecord<P>>();
  private readonly run: Parsed<P>[] = [];
  /** The anomalies of the last read without an open-run anomaly (shared by reads that add none). */
  private anomaliesMemo: { readonly parse: object[]; readonly parseLength: number; readonly transitionLength: number; readonly value: Deferred<readonly object[]> } | null = null;

  constructor(private readonly rules: StatusRules<L, P>) {
    super();
  }

  protected keeps(event: PipelineEvent): boolean {
    return event.event_type === this.rules.eventType;
  }

  protected reset(): void {
    if (this.stepped > 0) this.parsedByEvent ??= new Map();
    this.stepped = 0;
    this.parseAnomalies = [];
    this.transitionAnomalies = [];
    this.states = new MapHistory();
    this.run.length = 0;
  }

  /** The payload model or its violations (cached once the log has been re-folded). */
  private parse(event: PipelineEvent): P | readonly Violation[] {
    const cache = this.parsedByEvent;
    let parsed = cache?.get(event);
    if (parsed === undefined) {
      const out = this.violations;
      const model = parseModel(this.rules.payloadClass, event.payload, ROOT, out);
      if (model === INVALID) {
        parsed = out.slice();
        out.length = 0; // only here: a length store is a builtin call even on an empty array
      } else parsed = model;
      cache?.set(event, parsed);
    }
    return parsed;
  }

  /** The anomaly of an unparseable payload; built through validation, so it may throw as the reference does. */
  private parseAnomaly(event: PipelineEvent, violations: readonly Violation[]): object {
    const payload = event.payload;
    const rawWpId = getOwn(payload, 'wp_id');
    return this.rules.anomalyClass.fromDict({
      event_id: event.event_id,
      wp_id: typeof rawWpId === 'string' && rawWpId.length > 0 ? rawWpId : '<unknown>',
      from_lane: this.rules.laneOrNull(getOwn(payload, 'from_lane')),
      to_lane: this.rules.laneOrNull(getOwn(payload, 'to_lane')),
      reason: `payload validation failed: ${this.rules.renderParseError(violations)}`,
    });
  }

  protected step(event: PipelineEvent): void {
    this.stepped++;
    const parsed = this.parse(event);
    if (!(parsed instanceof this.rules.payloadClass)) {
      this.parseAnomalies.push(this.parseAnomaly(event, parsed as readonly Violation[]));
      return;
    }
    const run = this.run;
    if (run.length > 0 && run[0]!.event.lamport_clock !== event.lamport_clock) {
      this.applyRun(run, this.states, this.transitionAnomalies);
      run.length = 0;
    }
    run.push({ event, payload: parsed as P });
  }

  /** One group (one WP, one clock, in application order) against its start snapshot. */
  private applyGroup(group: readonly Parsed<P>[], states: StateStore<P>, anomalies: object[]): void {
    const wpId = group[0]!.payload.wp_id;
    const snapped = states.get(wpId);
    const current = snapped === undefined ? null : snapped.applied.payload.to_lane;
    for (const entry of group) {
      const p = entry.payload;
      const reason = this.rules.rejection(p, current, snapped !== undefined);
      if (reason === null) {
        states.set(wpId, { applied: entry });
        continue;
      }
      anomalies.push(
        constructModel(this.rules.anomalyClass, { event_id: entry.event.event_id, wp_id: p.wp_id, from_lane: p.from_lane, to_lane: p.to_lane, reason }),
      );
    }
  }

  /** A run of one clock: grouped by `wp_id` (first appearance order), rollbacks last per group. */
  private applyRun(run: readonly Parsed<P>[], states: StateStore<P>, anomalies: object[]): void {
    if (run.length === 1) {
      this.applyGroup(run, states, anomalies);
      return;
    }
    const groups = new Map<string, Parsed<P>[]>();
    for (const entry of run) {
      const group = groups.get(entry.payload.wp_id);
      if (group === undefined) groups.set(entry.payload.wp_id, [entry]);
      else group.push(entry);
    }
    const isRollback = (entry: Parsed<P>): boolean => this.rules.isRollback(entry.payload);
    for (const group of groups.values()) {
      const ordered = group.some(isRollback) ? [...group.filter((e) => !isRollback(e)), ...group.filter(isRollback)] : group;
      this.applyGroup(ordered, states, anomalies);
    }
  }

  private wpState(record: WpRecord<P>): object {
    let state = record.built;
    if (state === undefined) {
      const { event, payload } = record.applied;
      state = constructModel(this.rules.wpStateClass, {
        wp_id: payload.wp_id,
        current_lane: payload.to_lane,
        last_event_id: event.event_id,
        last_transition_at: event.timestamp,
        evidence: this.rules.keepsEvidence(payload) ? payload.evidence : null,
      });
      record.built = state;
    }
    return state;
  }

  protected finish(log: readonly PipelineEvent[]): R {
    // The result of an empty log is built per read, so no two results share a collection.
    if (log.length === 0) return this.rules.resultClass.fromDict({}) as R;
    // A read costs O(change): the WP states are a view of the working history (shared with
    // earlier reads), the still-open run applied to an overlay of the WPs it touches.
    const history = this.states;
    let extra: object[] = [];
    let overlay: Map<string, WpRecord<P>> | null = null;
    if (this.run.length > 0) {
      const changed = new Map<string, WpRecord<P>>();
      overlay = changed;
      this.applyRun(this.run, { get: (wpId) => changed.get(wpId) ?? history.get(wpId), set: (wpId, record) => void changed.set(wpId, record) }, extra);
    }
    return constructDeferredModel(this.rules.resultClass, {
      wp_states: history.view((record) => this.wpState(record), overlay),
      anomalies: this.anomalies(extra),
      event_count: log.length,
      last_processed_event_id: log[log.length - 1]!.event_id,
    }) as R;
  }

  /**
   * The anomalies (parse anomalies, then transition anomalies, then those of the open run),
   * built on first access from prefixes of the append-only working lists: O(1) per read.
   */
  private anomalies(extra: readonly object[]): Deferred<readonly object[]> {
    const parse = this.parseAnomalies;
    const transitions = this.transitionAnomalies;
    const parts: [object[], number][] = [
      [parse, parse.length],
      [transitions, transitions.length],
    ];
    if (extra.length > 0) return deferredPrefixes(parts, extra);
    const memo = this.anomaliesMemo;
    if (memo !== null && memo.parse === parse && memo.parseLength === parse.length && memo.transitionLength === transitions.length) return memo.value;
    const value = deferredPrefixes(parts);
    this.anomaliesMemo = { parse, parseLength: parse.length, transitionLength: transitions.length, value };
    return value;
  }
}

