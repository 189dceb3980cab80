/**
 * Collaboration at 6.1.0 (reference `collaboration.py`): the 6.1.0 participant identity
 * with `external_refs`, the invited/joined payloads carrying it, and the 2.1.0 constants and
 * payload models that did not change (registered for both contracts), and the 6.1.0 reducer
 * (invites that do not activate, departed participants rejected, orphan acknowledgements).
 */
export { ParticipantExternalRefs, ParticipantIdentity } from './identity';
export { ParticipantInvitedPayload, ParticipantJoinedPayload } from './payloads';
export {
  COLLABORATION_EVENT_TYPES,
  COMMENT_POSTED,
  CONCURRENT_DRIVER_WARNING,
  DECISION_CAPTURED,
  DRIVE_INTENT_SET,
  FOCUS_CHANGED,
  PARTICIPANT_INVITED,
  PARTICIPANT_JOINED,
  PARTICIPANT_LEFT,
  POTENTIAL_STEP_COLLISION_DETECTED,
  PRESENCE_HEARTBEAT,
  PROMPT_STEP_EXECUTION_COMPLETED,
  PROMPT_STEP_EXECUTION_STARTED,
  SESSION_LINKED,
  WARNING_ACKNOWLEDGED,
} from '../v2/collaboration/constants';
export { AuthPrincipalBinding, FocusTarget } from '../v2/collaboration/identity';
export {
  CommentPostedPayload,
  ConcurrentDriverWarningPayload,
  DecisionCapturedPayload,
  DriveIntentSetPayload,
  FocusChangedPayload,
  ParticipantLeftPayload,
  PotentialStepCollisionDetectedPayload,
  PresenceHeartbeatPayload,
  PromptStepExecutionCompletedPayload,
  PromptStepExecutionStartedPayload,
  SessionLinkedPayload,
  WarningAcknowledgedPayload,
} from '../v2/collaboration/payloads';
export { ReducedCollaborationState } from './state';
export { CollaborationAnomaly } from '../v2/collaboration/state';
export { UnknownParticipantError } from '../v2/collaboration/errors';
export {
  reduceCollaborationEvents,
  CollaborationReducer,
  type CollaborationRoster,
  type CollaborationReduceOptions,
} from './reducer';
export type { CollaborationMode } from '../v2/collaboration/reducer';
export type { ParticipantIdValue } from '../v2/collaboration/errors';
