/**
 * Public face of the collaboration area (COLLABORATION.md; API.md rows 69–104) plus the
 * incremental `CollaborationReducer`. `WarningEntry`, `DecisionEntry` and `CommentEntry` stay
 * module-level (import them from `./state`), as in the reference.
 */
export {
  PARTICIPANT_INVITED,
  PARTICIPANT_JOINED,
  PARTICIPANT_LEFT,
  PRESENCE_HEARTBEAT,
  DRIVE_INTENT_SET,
  FOCUS_CHANGED,
  PROMPT_STEP_EXECUTION_STARTED,
  PROMPT_STEP_EXECUTION_COMPLETED,
  CONCURRENT_DRIVER_WARNING,
  POTENTIAL_STEP_COLLISION_DETECTED,
  WARNING_ACKNOWLEDGED,
  COMMENT_POSTED,
  DECISION_CAPTURED,
  SESSION_LINKED,
  COLLABORATION_EVENT_TYPES,
} from './constants';
export { ParticipantIdentity, AuthPrincipalBinding, FocusTarget } from './identity';
export {
  ParticipantInvitedPayload,
  ParticipantJoinedPayload,
  ParticipantLeftPayload,
  PresenceHeartbeatPayload,
  DriveIntentSetPayload,
  FocusChangedPayload,
  PromptStepExecutionStartedPayload,
  PromptStepExecutionCompletedPayload,
  ConcurrentDriverWarningPayload,
  PotentialStepCollisionDetectedPayload,
  WarningAcknowledgedPayload,
  CommentPostedPayload,
  DecisionCapturedPayload,
  SessionLinkedPayload,
} from './payloads';
export { ReducedCollaborationState, CollaborationAnomaly } from './state';
export { UnknownParticipantError } from './errors';
export {
  reduceCollaborationEvents,
  CollaborationReducer,
  type CollaborationMode,
  type CollaborationRoster,
  type CollaborationReduceOptions,
} from './reducer';
