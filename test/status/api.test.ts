/** The status and gates areas export exactly their API-6.1.0.md names (plus `StatusReducer`). */
import * as status from '../../src/status';
import * as gates from '../../src/gates';

describe('6.1.0 status and gates exports', () => {
  it('status: rows 63–92 and StatusReducer', () => {
    expect(Object.keys(status).sort()).toEqual(
      [
        'Lane', 'SyncLaneV1', 'SyncLaneV2', 'CANONICAL_TO_SYNC_V1', 'CANONICAL_TO_SYNC_V2', 'canonicalToSyncV1', 'canonicalToSyncV2',
        'ExecutionMode', 'RepoEvidence', 'VerificationEntry', 'ReviewVerdict', 'DoneEvidence', 'ForceMetadata', 'StatusTransitionPayload',
        'TransitionError', 'TransitionValidationResult', 'normalizeLane', 'validateTransition', 'TERMINAL_LANES', 'NON_DISPLAY_LANES',
        'DISPLAY_LANES', 'LANE_ALIASES', 'WP_STATUS_CHANGED', 'isBootstrapPlannedEvent', 'statusEventSortKey', 'dedupEvents',
        'reduceStatusEvents', 'WPState', 'TransitionAnomaly', 'ReducedStatus', 'StatusReducer',
      ].sort(),
    );
  });

  it('gates: rows 37–41', () => {
    expect(Object.keys(gates).sort()).toEqual(['GateFailedPayload', 'GatePassedPayload', 'GatePayloadBase', 'UnknownConclusionError', 'mapCheckRunConclusion'].sort());
  });
});
