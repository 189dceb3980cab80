/**
 * The 6.1.0 lifecycle reducer's output: `ReducedMissionState` with the 6.1.0 `MissionStatus`
 * (incl. `reopened`) and the 6.1.0 status reduction's `WPState`. `LifecycleAnomaly` is the
 * same model at both contracts (one class, `src/v2/lifecycle/reducer-models.ts`).
 */
import { WPState } from '../status/reducer-models';
import { LifecycleAnomaly } from '../v2/lifecycle/reducer-models';
import {
  Described,
  FrozenMap,
  IsLaxInt,
  IsListOf,
  IsMapOf,
  IsPyEnum,
  IsPyString,
  WireModel,
  initFromDict,
  nestedType,
  pyStringType,
} from '../validation';
import { MISSION_STATUS_ENUM, type MissionStatus } from './constants';

export { LifecycleAnomaly };

const NO_PHASES: readonly string[] = Object.freeze([]);
const NO_ANOMALIES: readonly LifecycleAnomaly[] = Object.freeze([]);

/** Constructor input: the same plain object `fromDict` takes (every key optional). */
export type ReducedMissionStateInit = Readonly<Record<string, unknown>>;

@Described(
  'Projected mission state from lifecycle event reduction.\n\n' +
    'Produced by reduce_lifecycle_events(). Contains both mission-level\n' +
    'state (status, phase) and delegated WP-level state (via reduce_status_events).',
)
export class ReducedMissionState extends WireModel {
  @IsPyString({}, { nullable: true, description: 'Mission ID from MissionStarted' })
  readonly mission_id!: string | null;

  @IsPyEnum(MISSION_STATUS_ENUM, { nullable: true, description: 'Current mission status' })
  readonly mission_status!: MissionStatus | null;

  @IsPyString({}, { nullable: true, description: 'Mission type from MissionStarted' })
  readonly mission_type!: string | null;

  @IsPyString({}, { nullable: true, description: 'Current phase from PhaseEntered' })
  readonly current_phase!: string | null;

  /** Every phase entered, in the order applied, repeats kept. */
  @IsListOf(pyStringType(), {}, { default: () => NO_PHASES, description: 'Ordered list of phases entered' })
  readonly phases_entered!: readonly string[];

  /** The delegated 6.1.0 status reduction's `wp_states` (same entries, same order). */
  @IsMapOf(nestedType(() => WPState), { default: () => new FrozenMap<string, WPState>(), description: 'WP states from delegated reduction' })
  readonly wp_states!: ReadonlyMap<string, WPState>;

  /** Mission anomalies in application order, then the relabelled WP anomalies. */
  @IsListOf(nestedType(() => LifecycleAnomaly), {}, { default: () => NO_ANOMALIES, description: 'Flagged issues' })
  readonly anomalies!: readonly LifecycleAnomaly[];

  /** Distinct events of every type in the input; lax int with no lower bound. */
  @IsLaxInt({}, { default: 0, description: 'Total events processed' })
  readonly event_count!: number;

  @IsPyString({}, { nullable: true, description: 'Last event ID processed' })
  readonly last_processed_event_id!: string | null;

  /**
   * The Python constructor: `new ReducedMissionState()` is the empty state; with an argument it
   * validates as `fromDict` does (throwing the library `ValidationError`). Frozen.
   */
  constructor(data: ReducedMissionStateInit = {}) {
    super();
    initFromDict(this, ReducedMissionState, data);
  }
}
