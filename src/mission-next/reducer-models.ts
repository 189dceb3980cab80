/**
 * The mission-next reducer's output models (reference `mission_next.py` §5):
 * `MissionNextAnomaly` and `ReducedMissionRunState`. Frozen, unknown keys ignored; no
 * published schema.
 */
import { Described, FrozenMap, IsLaxInt, IsMapOf, IsPyEnum, IsPyString, IsTupleOf, WireModel, initFromDict, nestedType, pyStringType } from '../validation';
import { MISSION_RUN_STATUS_ENUM, type MissionRunStatus } from './constants';
import { DecisionInputAnsweredPayload, DecisionInputRequestedPayload } from './payloads';

@Described('Non-fatal issue encountered during mission-next event reduction.')
export class MissionNextAnomaly extends WireModel {
  @IsPyString({}, { description: 'ID of the event that caused the anomaly' })
  readonly event_id!: string;

  @IsPyString({}, { description: 'Type of the problematic event' })
  readonly event_type!: string;

  @IsPyString({}, { description: 'Human-readable explanation' })
  readonly reason!: string;
}

/** Constructor input: the same plain object `fromDict` takes (every key optional). */
export type ReducedMissionRunStateInit = Readonly<Record<string, unknown>>;

const NONE: readonly never[] = Object.freeze([]);

@Described('Projected mission run state from reduce_mission_next_events().')
export class ReducedMissionRunState extends WireModel {
  @IsPyString({}, { nullable: true, description: 'Run ID from MissionRunStarted' })
  readonly run_id!: string | null;

  @IsPyString({}, { nullable: true, description: 'Mission workflow/template type from MissionRunStarted' })
  readonly mission_type!: string | null;

  @IsPyEnum(MISSION_RUN_STATUS_ENUM, { nullable: true, description: 'Current run status' })
  readonly run_status!: MissionRunStatus | null;

  @IsPyString({}, { nullable: true, description: 'Currently issued step (None if idle or completed)' })
  readonly current_step_id!: string | null;

  @IsTupleOf(pyStringType(), { default: () => NONE, description: 'Ordered list of completed step IDs' })
  readonly completed_steps!: readonly string[];

  @IsMapOf(nestedType(() => DecisionInputRequestedPayload), {
    default: () => new FrozenMap<string, DecisionInputRequestedPayload>(),
    description: 'decision_id → pending request payload',
  })
  readonly pending_decisions!: ReadonlyMap<string, DecisionInputRequestedPayload>;

  @IsMapOf(nestedType(() => DecisionInputAnsweredPayload), {
    default: () => new FrozenMap<string, DecisionInputAnsweredPayload>(),
    description: 'decision_id → answered payload',
  })
  readonly answered_decisions!: ReadonlyMap<string, DecisionInputAnsweredPayload>;

  @IsTupleOf(nestedType(() => MissionNextAnomaly), { default: () => NONE, description: 'Non-fatal issues encountered' })
  readonly anomalies!: readonly MissionNextAnomaly[];

  @IsLaxInt({}, { default: 0, description: 'Total events processed' })
  readonly event_count!: number;

  @IsPyString({}, { nullable: true, description: 'Last event_id in processed sequence' })
  readonly last_processed_event_id!: string | null;

  /**
   * `new ReducedMissionRunState()` is the empty state; `new ReducedMissionRunState({...})`
   * validates its argument as `fromDict` does (throwing the library `ValidationError`).
   */
  constructor(data: ReducedMissionRunStateInit = {}) {
    super();
    initFromDict(this, ReducedMissionRunState, data);
  }
}
