/** The 14 collaboration event types (COLLABORATION.md §2). */
import { frozenSet } from '../../conventions/frozen-collections';

export const PARTICIPANT_INVITED = 'ParticipantInvited';
export const PARTICIPANT_JOINED = 'ParticipantJoined';
export const PARTICIPANT_LEFT = 'ParticipantLeft';
export const PRESENCE_HEARTBEAT = 'PresenceHeartbeat';
export const DRIVE_INTENT_SET = 'DriveIntentSet';
export const FOCUS_CHANGED = 'FocusChanged';
export const PROMPT_STEP_EXECUTION_STARTED = 'PromptStepExecutionStarted';
export const PROMPT_STEP_EXECUTION_COMPLETED = 'PromptStepExecutionCompleted';
export const CONCURRENT_DRIVER_WARNING = 'ConcurrentDriverWarning';
export const POTENTIAL_STEP_COLLISION_DETECTED = 'PotentialStepCollisionDetected';
export const WARNING_ACKNOWLEDGED = 'WarningAcknowledged';
export const COMMENT_POSTED = 'CommentPosted';
export const DECISION_CAPTURED = 'DecisionCaptured';
export const SESSION_LINKED = 'SessionLinked';

/** Exactly the 14 values above, in declaration order; immutable at run time. */
export const COLLABORATION_EVENT_TYPES: ReadonlySet<string> = frozenSet<string>([
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
]);
