/**
 * Public face of the 6.1.0 project lifecycle area (API-6.1.0.md rows 93–113 and 356–363):
 * project initialization, the specify / plan / tasks artifact phases and the work-package
 * lifecycle. No reducer (the reference has none).
 */
export {
  PROJECT_INITIALIZED,
  SPECIFY_STARTED,
  SPECIFY_COMPLETED,
  PLAN_STARTED,
  PLAN_COMPLETED,
  TASKS_STARTED,
  TASKS_COMPLETED,
  WP_CREATED,
  WP_ASSIGNED,
  HISTORY_ADDED,
  ERROR_LOGGED,
  DEPENDENCY_RESOLVED,
  PROJECT_LIFECYCLE_EVENT_TYPES,
  ARTIFACT_LIFECYCLE_EVENT_TYPES,
  WP_LIFECYCLE_EVENT_TYPES,
  CANONICAL_LIFECYCLE_EVENT_TYPES,
  ArtifactPhase,
} from './constants';
export {
  ProjectInitializedPayload,
  SpecifyStartedPayload,
  SpecifyCompletedPayload,
  PlanStartedPayload,
  PlanCompletedPayload,
  TasksStartedPayload,
  TasksCompletedPayload,
  WPCreatedPayload,
  WPAssignedPayload,
  HistoryAddedPayload,
  ErrorLoggedPayload,
  DependencyResolvedPayload,
} from './payloads';
