/**
 * The glossary reducer (reference `glossary.py` §5): glossary events → `ReducedGlossaryState`.
 *
 * Pipeline: keep the 8 glossary types → stable sort by `(lamport_clock, timestamp, event_id)`
 * → dedup by `event_id` → fold in order. Each payload is parsed with its model; a payload that
 * does not fit throws the library `ValidationError` in both modes (the reference lets pydantic's
 * error escape). Referential problems (unactivated scope, unobserved term, unknown semantic
 * check, burst cap of 3 open clarifications per check, unknown clarification) throw
 * `SpecKittyEventsError` in `strict` mode and become `GlossaryAnomaly` entries in `permissive`.
 *
 * The fold is incremental and every step is O(1) amortised: open clarifications are counted
 * per semantic check and records are found by request id through maps, where the reference
 * rescans the timeline.
 */
import { compareCodePoints, pyStr } from '../conventions';
import { SpecKittyEventsError } from '../envelope/errors';
import { EventLogReducer, REDUCE_LOG } from '../pipeline/event-log-reducer';
import type { PipelineEvent } from '../pipeline/status-fold';
import { FrozenMap, WireModel, constructModel, type ModelClass } from '../validation';
import {
  GENERATION_BLOCKED_BY_SEMANTIC_CONFLICT,
  GLOSSARY_CLARIFICATION_REQUESTED,
  GLOSSARY_CLARIFICATION_RESOLVED,
  GLOSSARY_EVENT_TYPES,
  GLOSSARY_SCOPE_ACTIVATED,
  GLOSSARY_SENSE_UPDATED,
  GLOSSARY_STRICTNESS_SET,
  SEMANTIC_CHECK_EVALUATED,
  TERM_CANDIDATE_OBSERVED,
  type GlossaryStrictness,
} from './constants';
import {
  GenerationBlockedBySemanticConflictPayload,
  GlossaryClarificationRequestedPayload,
  GlossaryClarificationResolvedPayload,
  GlossaryScopeActivatedPayload,
  GlossarySenseUpdatedPayload,
  GlossaryStrictnessSetPayload,
  SemanticCheckEvaluatedPayload,
  TermCandidateObservedPayload,
} from './payloads';
import { ClarificationRecord, GlossaryAnomaly, ReducedGlossaryState } from './reducer-models';

/** The event shape the reducer reads (6.1.0 and 2.1.0 envelopes both fit it). */
export type GlossaryEvent = PipelineEvent;

/** `strict` throws on referential problems; `permissive` records them as anomalies. */
export type GlossaryReduceMode = 'strict' | 'permissive';

export interface GlossaryReduceOptions {
  readonly mode?: GlossaryReduceMode;
}

/** Open clarifications allowed per semantic check. */
const BURST_CAP = 3;

/** Parses a payload with its model; a payload that does not fit throws `ValidationError`. */
function parsePayload<M>(model: ModelClass<M>, event: GlossaryEvent): M {
  return WireModel.fromDict.call(model, event.payload) as M;
}

/** Sorted nested view of a `(scope, term)`-keyed store. */
function nested<V, W>(store: ReadonlyMap<string, Map<string, V>>, render: (value: V) => W): FrozenMap<string, ReadonlyMap<string, W>> {
  const scopes = [...store.keys()].sort(compareCodePoints);
  return new FrozenMap(
    scopes.map((scope) => {
      const terms = store.get(scope)!;
      const names = [...terms.keys()].sort(compareCodePoints);
      return [scope, new FrozenMap(names.map((name) => [name, render(terms.get(name)!)] as const))] as const;
    }),
  );
}

/**
 * The glossary reducer as an incremental fold: `apply` events in any order, read `state` at
 * any time; the result always equals `reduceGlossaryEvents` over every event applied so far
 * (with the same mode), and throws where it would.
 */
export class GlossaryReducer extends EventLogReducer<ReducedGlossaryState> {
  readonly mode: GlossaryReduceMode;

  private missionId = '';
  private activeScopes = new Map<string, GlossaryScopeActivatedPayload>();
  private strictness: GlossaryStrictness = 'medium';
  private strictnessHistory: GlossaryStrictnessSetPayload[] = [];
  private termCandidates = new Map<string, Map<string, TermCandidateObservedPayload[]>>();
  private termSenses = new Map<string, Map<string, GlossarySenseUpdatedPayload>>();
  private semanticChecks: SemanticCheckEvaluatedPayload[] = [];
  private semanticCheckIds = new Set<string>();
  private clarifications: ClarificationRecord[] = [];
  /** Index in `clarifications` of the record of each request id. */
  private clarificationIndex = new Map<string, number>();
  /** Unresolved records per semantic check id. */
  private openPerCheck = new Map<string, number>();
  private generationBlocks: GenerationBlockedBySemanticConflictPayload[] = [];
  private anomalies: GlossaryAnomaly[] = [];

  constructor(options: GlossaryReduceOptions = {}) {
    super();
    const mode = options.mode ?? 'strict';
    if (mode !== 'strict' && mode !== 'permissive') throw new SpecKittyEventsError(`mode must be 'strict' or 'permissive', got ${pyStr(mode)}`);
    this.mode = mode;
  }

  protected keeps(event: GlossaryEvent): boolean {
    return GLOSSARY_EVENT_TYPES.has(event.event_type);
  }

  protected reset(): void {
    this.missionId = '';
    this.activeScopes = new Map();
    this.strictness = 'medium';
    this.strictnessHistory = [];
    this.termCandidates = new Map();
    this.termSenses = new Map();
    this.semanticChecks = [];
    this.semanticCheckIds = new Set();
    this.clarifications = [];
    this.clarificationIndex = new Map();
    this.openPerCheck = new Map();
    this.generationBlocks = [];
    this.anomalies = [];
  }

  /** Strict: throws `strictMessage`; permissive: records `reason`. */
  private problem(event: GlossaryEvent, strictMessage: string, reason: string): void {
    if (this.mode === 'strict') throw new SpecKittyEventsError(strictMessage);
    this.anomalies.push(constructModel(GlossaryAnomaly, { event_id: event.event_id, event_type: event.event_type, reason }));
  }

  private checkScope(scopeId: string, event: GlossaryEvent): void {
    if (this.activeScopes.has(scopeId)) return;
    this.problem(event, `Event ${event.event_id} references unactivated scope '${scopeId}'`, `References unactivated scope '${scopeId}'`);
  }

  protected step(event: GlossaryEvent, index: number): void {
    if (index === 0) {
      const payload = event.payload as Readonly<Record<string, unknown>>;
      this.missionId = Object.prototype.hasOwnProperty.call(payload, 'mission_id') ? pyStr(payload['mission_id']) : '';
    }
    switch (event.event_type) {
      case GLOSSARY_SCOPE_ACTIVATED: {
        const p = parsePayload(GlossaryScopeActivatedPayload, event);
        this.activeScopes.set(p.scope_id, p);
        return;
      }
      case GLOSSARY_STRICTNESS_SET: {
        const p = parsePayload(GlossaryStrictnessSetPayload, event);
        this.strictness = p.new_strictness;
        this.strictnessHistory.push(p);
        return;
      }
      case TERM_CANDIDATE_OBSERVED: {
        const p = parsePayload(TermCandidateObservedPayload, event);
        this.checkScope(p.scope_id, event);
        let terms = this.termCandidates.get(p.scope_id);
        if (terms === undefined) this.termCandidates.set(p.scope_id, (terms = new Map()));
        const list = terms.get(p.term_surface);
        if (list === undefined) terms.set(p.term_surface, [p]);
        else list.push(p);
        return;
      }
      case GLOSSARY_SENSE_UPDATED: {
        const p = parsePayload(GlossarySenseUpdatedPayload, event);
        this.checkScope(p.scope_id, event);
        if (this.termCandidates.get(p.scope_id)?.has(p.term_surface) !== true) {
          this.problem(
            event,
            `GlossarySenseUpdated for unobserved term '${p.term_surface}' in event ${event.event_id}`,
            `Sense update for unobserved term '${p.term_surface}'`,
          );
        }
        let terms = this.termSenses.get(p.scope_id);
        if (terms === undefined) this.termSenses.set(p.scope_id, (terms = new Map()));
        terms.set(p.term_surface, p);
        return;
      }
      case SEMANTIC_CHECK_EVALUATED: {
        const p = parsePayload(SemanticCheckEvaluatedPayload, event);
        this.checkScope(p.scope_id, event);
        this.semanticChecks.push(p);
        this.semanticCheckIds.add(event.event_id);
        return;
      }
      case GLOSSARY_CLARIFICATION_REQUESTED:
        this.request(event, parsePayload(GlossaryClarificationRequestedPayload, event));
        return;
      case GLOSSARY_CLARIFICATION_RESOLVED:
        this.resolve(event, parsePayload(GlossaryClarificationResolvedPayload, event));
        return;
      case GENERATION_BLOCKED_BY_SEMANTIC_CONFLICT:
        this.generationBlocks.push(parsePayload(GenerationBlockedBySemanticConflictPayload, event));
        return;
      default:
        return;
    }
  }

  private request(event: GlossaryEvent, p: GlossaryClarificationRequestedPayload): void {
    this.checkScope(p.scope_id, event);
    const checkId = p.semantic_check_event_id;
    if (!this.semanticCheckIds.has(checkId)) {
      this.problem(
        event,
        `GlossaryClarificationRequested references unknown semantic check '${checkId}' in event ${event.event_id}`,
        `References unknown semantic check '${checkId}'`,
      );
      return;
    }
    const open = this.openPerCheck.get(checkId) ?? 0;
    if (open >= BURST_CAP) {
      this.problem(
        event,
        `Clarification burst cap exceeded for semantic check '${checkId}' in event ${event.event_id}`,
        `Burst cap exceeded: >3 active clarifications for semantic check '${checkId}'`,
      );
      return;
    }
    this.openPerCheck.set(checkId, open + 1);
    // Request ids are unique in U, so each id has at most one record.
    this.clarificationIndex.set(event.event_id, this.clarifications.length);
    this.clarifications.push(
      constructModel(ClarificationRecord, { request_event_id: event.event_id, semantic_check_event_id: checkId, term: p.term, resolved: false, resolution_event_id: null }),
    );
  }

  private resolve(event: GlossaryEvent, p: GlossaryClarificationResolvedPayload): void {
    const at = this.clarificationIndex.get(p.clarification_event_id);
    if (at === undefined) {
      this.problem(
        event,
        `GlossaryClarificationResolved references unknown clarification '${p.clarification_event_id}' in event ${event.event_id}`,
        `Resolution for unknown clarification '${p.clarification_event_id}'`,
      );
      return;
    }
    const record = this.clarifications[at]!;
    if (!record.resolved) this.openPerCheck.set(record.semantic_check_event_id, this.openPerCheck.get(record.semantic_check_event_id)! - 1);
    this.clarifications[at] = constructModel(ClarificationRecord, {
      request_event_id: record.request_event_id,
      semantic_check_event_id: record.semantic_check_event_id,
      term: record.term,
      resolved: true,
      resolution_event_id: event.event_id,
    });
  }

  protected finish(log: readonly GlossaryEvent[]): ReducedGlossaryState {
    if (log.length === 0) return new ReducedGlossaryState();
    return constructModel(ReducedGlossaryState, {
      mission_id: this.missionId,
      active_scopes: new FrozenMap(this.activeScopes),
      current_strictness: this.strictness,
      strictness_history: Object.freeze(this.strictnessHistory.slice()),
      term_candidates: nested(this.termCandidates, (list) => Object.freeze(list.slice())),
      term_senses: nested(this.termSenses, (sense) => sense),
      clarifications: Object.freeze(this.clarifications.slice()),
      semantic_checks: Object.freeze(this.semanticChecks.slice()),
      generation_blocks: Object.freeze(this.generationBlocks.slice()),
      anomalies: Object.freeze(this.anomalies.slice()),
      event_count: log.length,
      last_processed_event_id: log[log.length - 1]!.event_id,
    });
  }
}

/** Folds glossary events into the projected glossary state (default mode `strict`). Pure. */
export function reduceGlossaryEvents(events: readonly GlossaryEvent[], options: GlossaryReduceOptions = {}): ReducedGlossaryState {
  return new GlossaryReducer(options)[REDUCE_LOG](events);
}
