/**
 * The 12 project lifecycle payloads (reference `project_lifecycle.py` at 6.1.0). All frozen and
 * `extra="forbid"`. The project, artifact-phase and `WPCreated` payloads publish schemas; the
 * four work-package activity payloads (`WPAssigned`, `HistoryAdded`, `ErrorLogged`,
 * `DependencyResolved`) are validated by the model layer only, as in the reference.
 */
import { EventPayload } from '../registry';
import { ForbidExtra, IsLaxInt, IsListOf, IsPyDateTime, IsPyString, WireModel, pyStringType, type PyDateTime } from '../validation';
import {
  DEPENDENCY_RESOLVED,
  ERROR_LOGGED,
  HISTORY_ADDED,
  PLAN_COMPLETED,
  PLAN_STARTED,
  PROJECT_INITIALIZED,
  SPECIFY_COMPLETED,
  SPECIFY_STARTED,
  TASKS_COMPLETED,
  TASKS_STARTED,
  WP_ASSIGNED,
  WP_CREATED,
} from './constants';

const NON_EMPTY = { minLength: 1 } as const;
const CONTRACTS = ['6.1.0'] as const;

@ForbidExtra()
@EventPayload(PROJECT_INITIALIZED, 'project_initialized_payload', {
  contracts: CONTRACTS,
  description:
    'Typed payload for ``ProjectInitialized`` events.\n\nEmitted exactly once when a project is first initialized via\n' +
    '``spec-kitty init`` (or equivalent). Establishes the project aggregate\nthat subsequent mission/artifact/WP events join.',
})
export class ProjectInitializedPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Canonical machine identity for the project (UUID string).' })
  readonly project_uuid!: string;

  @IsPyString(NON_EMPTY, { nullable: true, description: 'Human-readable project slug, if any.' })
  readonly project_slug!: string | null;

  @IsPyString(NON_EMPTY, { description: 'Actor that initialized the project (e.g. CLI user or agent).' })
  readonly actor!: string;

  @IsPyString(NON_EMPTY, { nullable: true, description: 'CLI / runtime version recorded at init time.' })
  readonly runtime_version!: string | null;

  @IsPyDateTime({ nullable: true, description: 'Wall-clock timestamp when the project was initialized.' })
  readonly initialized_at!: PyDateTime | null;
}

/** The fields every artifact-phase payload shares (not registered itself). */
@ForbidExtra()
export abstract class ArtifactPhasePayloadBase extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Canonical mission slug.' })
  readonly mission_slug!: string;

  @IsLaxInt({ ge: 1 }, { nullable: true, description: 'Canonical mission number; ``None`` pre-merge.' })
  readonly mission_number!: number | null;

  @IsPyString(NON_EMPTY, { description: 'Actor driving the phase transition.' })
  readonly actor!: string;

  @IsPyDateTime({ nullable: true, description: 'Wall-clock timestamp for the phase transition.' })
  readonly at!: PyDateTime | null;
}

@EventPayload(SPECIFY_STARTED, 'specify_started_payload', { contracts: CONTRACTS, description: 'Specify phase started for a mission.' })
export class SpecifyStartedPayload extends ArtifactPhasePayloadBase {}

@EventPayload(SPECIFY_COMPLETED, 'specify_completed_payload', { contracts: CONTRACTS, description: 'Specify phase completed for a mission.' })
export class SpecifyCompletedPayload extends ArtifactPhasePayloadBase {
  @IsPyString(NON_EMPTY, { description: 'Repo-relative path to the spec artifact (e.g. spec.md).' })
  readonly artifact_path!: string;

  @IsPyString({}, { nullable: true, description: 'Optional one-line summary of the completed spec.' })
  readonly summary!: string | null;
}

@EventPayload(PLAN_STARTED, 'plan_started_payload', { contracts: CONTRACTS, description: 'Plan phase started for a mission.' })
export class PlanStartedPayload extends ArtifactPhasePayloadBase {}

@EventPayload(PLAN_COMPLETED, 'plan_completed_payload', { contracts: CONTRACTS, description: 'Plan phase completed for a mission.' })
export class PlanCompletedPayload extends ArtifactPhasePayloadBase {
  @IsPyString(NON_EMPTY, { description: 'Repo-relative path to the plan artifact (e.g. plan.md).' })
  readonly artifact_path!: string;

  @IsPyString({}, { nullable: true, description: 'Optional one-line summary of the completed plan.' })
  readonly summary!: string | null;
}

@EventPayload(TASKS_STARTED, 'tasks_started_payload', { contracts: CONTRACTS, description: 'Tasks phase started for a mission.' })
export class TasksStartedPayload extends ArtifactPhasePayloadBase {}

@EventPayload(TASKS_COMPLETED, 'tasks_completed_payload', {
  contracts: CONTRACTS,
  description:
    'Tasks phase completed for a mission.\n\nThe terminal event for the planning trio. Consumers MAY treat the next\n' +
    '``WPCreated`` events for this mission as part of the same lamport window.',
})
export class TasksCompletedPayload extends ArtifactPhasePayloadBase {
  @IsPyString(NON_EMPTY, { description: 'Repo-relative path to the tasks artifact (e.g. tasks.md).' })
  readonly artifact_path!: string;

  @IsLaxInt({ ge: 0 }, { description: 'Number of work-packages produced by the tasks phase.' })
  readonly wp_count!: number;

  @IsPyString({}, { nullable: true, description: 'Optional one-line summary of the tasks manifest.' })
  readonly summary!: string | null;
}

/** A fresh frozen `[]` per instance (pydantic `default_factory=list`; no schema default). */
function emptyList(): readonly string[] {
  return Object.freeze([]) as readonly string[];
}

@ForbidExtra()
@EventPayload(WP_CREATED, 'wp_created_payload', {
  contracts: CONTRACTS,
  description:
    'Typed payload for ``WPCreated`` events.\n\nEmitted once per work-package, immediately after the WP task file is\n' +
    'materialized on disk. Establishes the WP aggregate so that subsequent\n``WPStatusChanged`` events have a known parent. ' +
    'The first status event\nfor a WP MUST follow ``WPCreated`` for the same ``mission_slug`` /\n``wp_id`` pair.',
})
export class WPCreatedPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Canonical mission slug owning this WP.' })
  readonly mission_slug!: string;

  @IsLaxInt({ ge: 1 }, { nullable: true, description: 'Canonical mission number; ``None`` pre-merge.' })
  readonly mission_number!: number | null;

  @IsPyString(NON_EMPTY, { description: 'Work-package identifier (e.g. ``WP01``).' })
  readonly wp_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Human-readable WP title.' })
  readonly wp_title!: string;

  @IsPyString(NON_EMPTY, { nullable: true, description: 'Repo-relative path to the WP task file, if persisted on disk.' })
  readonly wp_path!: string | null;

  @IsListOf(pyStringType(), {}, { default: emptyList, description: 'IDs of work-packages this WP depends on.' })
  readonly depends_on!: readonly string[];

  @IsPyString(NON_EMPTY, { description: 'Actor that created the WP.' })
  readonly actor!: string;

  @IsPyDateTime({ nullable: true, description: 'Wall-clock timestamp of WP creation.' })
  readonly created_at!: PyDateTime | null;
}

@ForbidExtra()
@EventPayload(WP_ASSIGNED, 'wp_assigned_payload', {
  contracts: CONTRACTS,
  publishesSchema: false,
  description: 'Typed payload for ``WPAssigned`` events.',
})
export class WPAssignedPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Work-package identifier.' })
  readonly wp_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Agent that picked up the WP.' })
  readonly agent_id!: string;

  @IsPyString(NON_EMPTY, { description: "Phase of work (e.g. 'implement', 'review')." })
  readonly phase!: string;

  @IsLaxInt({ ge: 0 }, { default: 0, description: 'Number of times the assignment has been retried.' })
  readonly retry_count!: number;
}

@ForbidExtra()
@EventPayload(HISTORY_ADDED, 'history_added_payload', {
  contracts: CONTRACTS,
  publishesSchema: false,
  description: 'Typed payload for ``HistoryAdded`` events.',
})
export class HistoryAddedPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Work-package the history entry attaches to.' })
  readonly wp_id!: string;

  @IsPyString(NON_EMPTY, { description: "Entry type code (e.g. 'note', 'decision')." })
  readonly entry_type!: string;

  @IsPyString(NON_EMPTY, { description: 'Entry body.' })
  readonly entry_content!: string;

  @IsPyString(NON_EMPTY, { description: 'Who authored the entry.' })
  readonly author!: string;
}

@ForbidExtra()
@EventPayload(ERROR_LOGGED, 'error_logged_payload', {
  contracts: CONTRACTS,
  publishesSchema: false,
  description: 'Typed payload for ``ErrorLogged`` events.',
})
export class ErrorLoggedPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Error class name or category.' })
  readonly error_type!: string;

  @IsPyString(NON_EMPTY, { description: 'Human-readable error message.' })
  readonly error_message!: string;

  @IsPyString(NON_EMPTY, { nullable: true, description: 'Work-package context, when known.' })
  readonly wp_id!: string | null;

  @IsPyString({}, { nullable: true, description: 'Stack trace text.' })
  readonly stack_trace!: string | null;

  @IsPyString(NON_EMPTY, { nullable: true, description: 'Agent that observed the error.' })
  readonly agent_id!: string | null;
}

@ForbidExtra()
@EventPayload(DEPENDENCY_RESOLVED, 'dependency_resolved_payload', {
  contracts: CONTRACTS,
  publishesSchema: false,
  description: 'Typed payload for ``DependencyResolved`` events.',
})
export class DependencyResolvedPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'WP whose dependency resolved.' })
  readonly wp_id!: string;

  @IsPyString(NON_EMPTY, { description: 'The dependency WP that resolved.' })
  readonly dependency_wp_id!: string;

  @IsPyString(NON_EMPTY, { description: "How it resolved (e.g. 'merged', 'skipped')." })
  readonly resolution_type!: string;
}
