/** The root exports are exactly the 104 names of API.md, and each has the kind it promises. */
import * as api from '../src';

const NAMES = [
  'VERSION', 'Event', 'ErrorEntry', 'ConflictResolution', 'SpecKittyEventsError', 'StorageError', 'ValidationError',
  'CyclicDependencyError', 'EventStore', 'ClockStorage', 'ErrorStorage', 'InMemoryEventStore', 'InMemoryClockStorage',
  'InMemoryErrorStorage', 'LamportClock', 'isConcurrent', 'totalOrderKey', 'topologicalSort', 'mergeGSet', 'mergeCounter',
  'stateMachineMerge', 'ErrorLog', 'GatePayloadBase', 'GatePassedPayload', 'GateFailedPayload', 'UnknownConclusionError',
  'mapCheckRunConclusion', 'SCHEMA_VERSION', 'MISSION_STARTED', 'MISSION_COMPLETED', 'MISSION_CANCELLED', 'PHASE_ENTERED',
  'REVIEW_ROLLBACK', 'MISSION_EVENT_TYPES', 'TERMINAL_MISSION_STATUSES', 'MissionStatus', 'MissionStartedPayload',
  'MissionCompletedPayload', 'MissionCancelledPayload', 'PhaseEnteredPayload', 'ReviewRollbackPayload', 'LifecycleAnomaly',
  'ReducedMissionState', 'reduceLifecycleEvents', 'Lane', 'SyncLaneV1', 'CANONICAL_TO_SYNC_V1', 'canonicalToSyncV1',
  'ExecutionMode', 'RepoEvidence', 'VerificationEntry', 'ReviewVerdict', 'DoneEvidence', 'ForceMetadata',
  'StatusTransitionPayload', 'TransitionError', 'TransitionValidationResult', 'normalizeLane', 'validateTransition',
  'TERMINAL_LANES', 'LANE_ALIASES', 'WP_STATUS_CHANGED', 'statusEventSortKey', 'dedupEvents', 'reduceStatusEvents',
  'WPState', 'TransitionAnomaly', 'ReducedStatus', 'PARTICIPANT_INVITED', 'PARTICIPANT_JOINED', 'PARTICIPANT_LEFT',
  'PRESENCE_HEARTBEAT', 'DRIVE_INTENT_SET', 'FOCUS_CHANGED', 'PROMPT_STEP_EXECUTION_STARTED',
  'PROMPT_STEP_EXECUTION_COMPLETED', 'CONCURRENT_DRIVER_WARNING', 'POTENTIAL_STEP_COLLISION_DETECTED',
  'WARNING_ACKNOWLEDGED', 'COMMENT_POSTED', 'DECISION_CAPTURED', 'SESSION_LINKED', 'COLLABORATION_EVENT_TYPES',
  'ParticipantIdentity', 'AuthPrincipalBinding', 'FocusTarget', 'ParticipantInvitedPayload', 'ParticipantJoinedPayload',
  'ParticipantLeftPayload', 'PresenceHeartbeatPayload', 'DriveIntentSetPayload', 'FocusChangedPayload',
  'PromptStepExecutionStartedPayload', 'PromptStepExecutionCompletedPayload', 'ConcurrentDriverWarningPayload',
  'PotentialStepCollisionDetectedPayload', 'WarningAcknowledgedPayload', 'CommentPostedPayload',
  'DecisionCapturedPayload', 'SessionLinkedPayload', 'ReducedCollaborationState', 'CollaborationAnomaly',
  'UnknownParticipantError', 'reduceCollaborationEvents',
];

/** Beyond the 104: the class-based reducers the design promises (README, issues). */
const REDUCER_CLASSES = ['StatusReducer', 'LifecycleReducer', 'CollaborationReducer'];
/** Beyond the 104: the JSON Lines reader (issue 10 item 7). */
const JSONL = ['JsonLinesReader', 'readJsonLines', 'parseJsonLines', 'DEFAULT_MAX_LINE_BYTES', 'DEFAULT_MAX_DOCUMENT_BYTES'];

test('the contract lists 104 distinct names', () => {
  expect(new Set(NAMES).size).toBe(104);
});

test('the root exports exactly the 104 contract names plus the three reducer classes', () => {
  expect(Object.keys(api).sort()).toEqual([...NAMES, ...REDUCER_CLASSES, ...JSONL].sort());
});

test('functions are camelCase functions, classes are constructors, VERSION is 2.1.0', () => {
  const record = api as unknown as Record<string, unknown>;
  for (const name of NAMES) {
    const value = record[name];
    if (/^[a-z]/.test(name)) expect(typeof value).toBe('function');
    if (/^[A-Z][a-z]/.test(name) && !['Lane', 'SyncLaneV1', 'ExecutionMode', 'MissionStatus'].includes(name)) {
      expect(typeof value).toBe('function');
    }
  }
  expect(api.VERSION).toBe('2.1.0');
  expect(api.SCHEMA_VERSION).toBe('2.0.0');
});

test('error classes follow the tree and carry their names', () => {
  for (const Cls of [api.StorageError, api.ValidationError, api.CyclicDependencyError, api.TransitionError, api.UnknownConclusionError]) {
    const error = new (Cls as unknown as new (message: string) => Error)('m');
    expect(error).toBeInstanceOf(api.SpecKittyEventsError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe(Cls.name);
  }
});
