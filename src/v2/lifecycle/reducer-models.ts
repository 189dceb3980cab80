/**
 * The lifecycle reducer's output models (LIFECYCLE.md §5): `LifecycleAnomaly` and
 * `ReducedMissionState`. Frozen, unknown keys ignored; no published schema.
 */
import { WPState } from '../status/reducer-models';
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
} from '../../validation';
import { MISSION_STATUS_ENUM, type MissionStatus } from './constants';

@Described(
  'Flagged issue during lifecycle reduction.\n\n' +
    'Anomalies are non-fatal — the reducer continues processing but records\nthe issue for observability.',
)
export class LifecycleAnomaly extends WireModel {
  /** No minimum length (unlike `TransitionAnomaly`): `""` is accepted. */
  @IsPyString({}, { description: 'Event that caused the anomaly' })
  readonly event_id!: string;

  @IsPyString({}, { description: 'Type of the problematic event' })
  readonly event_type!: string;

  /** Exact text from LIFECYCLE.md §6.4. */
  @IsPyString({}, { description: 'Human-readable explanation' })
  readonly reason!: string;
}

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

  /** The delegated status reduction's `wp_states` (same entries, same order). */
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
   * The Python constructor: `new ReducedMissionState()` is the empty state (every field at its
   * default); `new ReducedMissionState({...})` validates its argument exactly as `fromDict`
   * does (throwing the library `ValidationError`). The instance is frozen.
   */
  constructor(data: ReducedMissionStateInit = {}) {
    super();
    initFromDict(this, ReducedMissionState, data);
  }
}
