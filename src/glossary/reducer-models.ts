/**
 * The glossary reducer's output models (reference `glossary.py` §4): `GlossaryAnomaly`,
 * `ClarificationRecord` and `ReducedGlossaryState`. Frozen, unknown keys ignored; no
 * published schema.
 *
 * The reference keys `term_candidates` and `term_senses` by `(scope_id, term_surface)` tuples
 * and dumps them as nested maps sorted by that pair; here they are those nested maps
 * (`scope_id → term_surface → …`, scopes and terms in code-point order), so `toDict()` is the
 * reference's `model_dump(mode="json")` and lookups read `state.term_senses.get(scope)?.get(term)`.
 */
import {
  Described,
  FrozenMap,
  IsLaxBool,
  IsLaxInt,
  IsLiteral,
  IsMapOf,
  IsPyString,
  IsTupleOf,
  WireModel,
  mapOfType,
  initFromDict,
  nestedType,
  tupleOfType,
} from '../validation';
import { STRICTNESS_VALUES, type GlossaryStrictness } from './constants';
import {
  GenerationBlockedBySemanticConflictPayload,
  GlossaryScopeActivatedPayload,
  GlossarySenseUpdatedPayload,
  GlossaryStrictnessSetPayload,
  SemanticCheckEvaluatedPayload,
  TermCandidateObservedPayload,
} from './payloads';

@Described('Non-fatal issue encountered during glossary event reduction.')
export class GlossaryAnomaly extends WireModel {
  @IsPyString({}, { description: 'ID of the event that caused the anomaly' })
  readonly event_id!: string;

  @IsPyString({}, { description: 'Type of the problematic event' })
  readonly event_type!: string;

  @IsPyString({}, { description: 'Human-readable explanation' })
  readonly reason!: string;
}

@Described('Tracks clarification lifecycle for burst-cap enforcement.')
export class ClarificationRecord extends WireModel {
  @IsPyString({}, { description: 'Event ID of the clarification request' })
  readonly request_event_id!: string;

  @IsPyString({}, { description: 'Burst-window grouping key' })
  readonly semantic_check_event_id!: string;

  @IsPyString({}, { description: 'The ambiguous term' })
  readonly term!: string;

  @IsLaxBool({ default: false, description: 'Whether resolution received' })
  readonly resolved!: boolean;

  @IsPyString({}, { nullable: true, description: 'Event ID of the resolution (if resolved)' })
  readonly resolution_event_id!: string | null;
}

/** `scope_id → term_surface → value`, both levels in code-point order. */
export type TermMap<V> = ReadonlyMap<string, ReadonlyMap<string, V>>;

/** Constructor input: the same plain object `fromDict` takes (every key optional). */
export type ReducedGlossaryStateInit = Readonly<Record<string, unknown>>;

const NONE: readonly never[] = Object.freeze([]);

@Described('Projected glossary state from reduce_glossary_events().')
export class ReducedGlossaryState extends WireModel {
  @IsPyString({}, { default: '', description: 'Mission context (from first event)' })
  readonly mission_id!: string;

  @IsMapOf(nestedType(() => GlossaryScopeActivatedPayload), {
    default: () => new FrozenMap<string, GlossaryScopeActivatedPayload>(),
    description: 'scope_id → activation payload',
  })
  readonly active_scopes!: ReadonlyMap<string, GlossaryScopeActivatedPayload>;

  @IsLiteral<GlossaryStrictness>(STRICTNESS_VALUES, { default: 'medium', description: 'Latest mission-wide strictness mode' })
  readonly current_strictness!: GlossaryStrictness;

  @IsTupleOf(nestedType(() => GlossaryStrictnessSetPayload), { default: () => NONE, description: 'Ordered history of strictness changes' })
  readonly strictness_history!: readonly GlossaryStrictnessSetPayload[];

  @IsMapOf(mapOfType(tupleOfType(nestedType(() => TermCandidateObservedPayload))), {
    default: () => new FrozenMap<string, ReadonlyMap<string, readonly TermCandidateObservedPayload[]>>(),
    description: '(scope_id, term_surface) → observed candidate payloads',
  })
  readonly term_candidates!: TermMap<readonly TermCandidateObservedPayload[]>;

  @IsMapOf(mapOfType(nestedType(() => GlossarySenseUpdatedPayload)), {
    default: () => new FrozenMap<string, ReadonlyMap<string, GlossarySenseUpdatedPayload>>(),
    description: '(scope_id, term_surface) → latest sense update',
  })
  readonly term_senses!: TermMap<GlossarySenseUpdatedPayload>;

  @IsTupleOf(nestedType(() => ClarificationRecord), { default: () => NONE, description: 'Ordered clarification timeline' })
  readonly clarifications!: readonly ClarificationRecord[];

  @IsTupleOf(nestedType(() => SemanticCheckEvaluatedPayload), { default: () => NONE, description: 'Ordered check history' })
  readonly semantic_checks!: readonly SemanticCheckEvaluatedPayload[];

  @IsTupleOf(nestedType(() => GenerationBlockedBySemanticConflictPayload), { default: () => NONE, description: 'Ordered block history' })
  readonly generation_blocks!: readonly GenerationBlockedBySemanticConflictPayload[];

  @IsTupleOf(nestedType(() => GlossaryAnomaly), { default: () => NONE, description: 'Non-fatal issues encountered' })
  readonly anomalies!: readonly GlossaryAnomaly[];

  @IsLaxInt({}, { default: 0, description: 'Total glossary events processed' })
  readonly event_count!: number;

  @IsPyString({}, { nullable: true, description: 'Last event_id in processed sequence' })
  readonly last_processed_event_id!: string | null;

  /**
   * `new ReducedGlossaryState()` is the empty state; `new ReducedGlossaryState({...})`
   * validates its argument as `fromDict` does (throwing the library `ValidationError`).
   */
  constructor(data: ReducedGlossaryStateInit = {}) {
    super();
    initFromDict(this, ReducedGlossaryState, data);
  }
}
