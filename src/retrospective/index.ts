/** The retrospective family (reference `retrospective.py`): 2 legacy + 8 dotted event types and their payloads. */
export * from './constants';
export {
  TriggerSourceT,
  RetrospectiveCompletedPayload,
  RetrospectiveSkippedPayload,
  RetrospectiveActorRef,
  RetrospectiveModeSourceSignal,
  RetrospectiveMode,
  RetrospectiveRequestedPayload,
  RetrospectiveStartedPayload,
  RetrospectiveLifecycleCompletedPayload,
  RetrospectiveLifecycleSkippedPayload,
  RetrospectiveFailedPayload,
  RetrospectiveProposalGeneratedPayload,
  RetrospectiveProposalAppliedPayload,
  RetrospectiveProposalRejectedPayload,
  RequestedPayload,
  StartedPayload,
  CompletedPayload,
  SkippedPayload,
  FailedPayload,
  ProposalGeneratedPayload,
  ProposalAppliedPayload,
  ProposalRejectedPayload,
} from './payloads';
export type { RetrospectiveActorKind, RetrospectiveModeValue, RetrospectiveModeSourceKind, RetrospectiveProposalRejectedReason } from './payloads';
