/**
 * Project / artifact / work-package lifecycle event types and sets (reference
 * `project_lifecycle.py` at 6.1.0).
 */
import { frozenSet } from '../conventions';

export const PROJECT_INITIALIZED = 'ProjectInitialized';
export const SPECIFY_STARTED = 'SpecifyStarted';
export const SPECIFY_COMPLETED = 'SpecifyCompleted';
export const PLAN_STARTED = 'PlanStarted';
export const PLAN_COMPLETED = 'PlanCompleted';
export const TASKS_STARTED = 'TasksStarted';
export const TASKS_COMPLETED = 'TasksCompleted';
export const WP_CREATED = 'WPCreated';
export const WP_ASSIGNED = 'WPAssigned';
export const HISTORY_ADDED = 'HistoryAdded';
export const ERROR_LOGGED = 'ErrorLogged';
export const DEPENDENCY_RESOLVED = 'DependencyResolved';

/** `{ProjectInitialized}`; immutable. */
export const PROJECT_LIFECYCLE_EVENT_TYPES: ReadonlySet<string> = frozenSet<string>([PROJECT_INITIALIZED]);

/** The six specify / plan / tasks phase events; immutable. */
export const ARTIFACT_LIFECYCLE_EVENT_TYPES: ReadonlySet<string> = frozenSet<string>([
  SPECIFY_STARTED,
  SPECIFY_COMPLETED,
  PLAN_STARTED,
  PLAN_COMPLETED,
  TASKS_STARTED,
  TASKS_COMPLETED,
]);

/** The five work-package lifecycle events; immutable. */
export const WP_LIFECYCLE_EVENT_TYPES: ReadonlySet<string> = frozenSet<string>([
  WP_CREATED,
  WP_ASSIGNED,
  HISTORY_ADDED,
  ERROR_LOGGED,
  DEPENDENCY_RESOLVED,
]);

/** The union of the three sets (12 event types); immutable. */
export const CANONICAL_LIFECYCLE_EVENT_TYPES: ReadonlySet<string> = frozenSet<string>([
  ...PROJECT_LIFECYCLE_EVENT_TYPES,
  ...ARTIFACT_LIFECYCLE_EVENT_TYPES,
  ...WP_LIFECYCLE_EVENT_TYPES,
]);

/** The three canonical planning-phase artifacts on a mission. */
export enum ArtifactPhase {
  SPECIFY = 'specify',
  PLAN = 'plan',
  TASKS = 'tasks',
}
