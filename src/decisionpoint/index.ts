/** DecisionPoint lifecycle contracts and the Decision Moment models (reference `decisionpoint.py`, `decision_moment.py`). */
export {
  DECISIONPOINT_SCHEMA_VERSION,
  DECISION_POINT_DISCUSSING,
  DECISION_POINT_EVENT_TYPES,
  DECISION_POINT_OPENED,
  DECISION_POINT_OVERRIDDEN,
  DECISION_POINT_RESOLVED,
  DECISION_POINT_WIDENED,
  DecisionAuthorityRole,
  DecisionPointState,
  DiscussingSnapshotKind,
  OriginFlow,
  OriginSurface,
  SummarySource,
  TerminalOutcome,
  WideningChannel,
} from './constants';
export { ClosureMessageRef, DefaultChannelRef, SummaryBlock, TeamspaceRef, ThreadRef, WideningProjection } from './decision-moment';
export {
  DecisionPointDiscussingAdrPayload,
  DecisionPointDiscussingInterviewPayload,
  DecisionPointDiscussingPayload,
  DecisionPointOpenedAdrPayload,
  DecisionPointOpenedInterviewPayload,
  DecisionPointOpenedPayload,
  DecisionPointOverriddenPayload,
  DecisionPointResolvedAdrPayload,
  DecisionPointResolvedInterviewPayload,
  DecisionPointResolvedPayload,
  DecisionPointWidenedPayload,
} from './payloads';
export type { DecisionPointAdrFields, DecisionPointInterviewFields } from './payloads';
export { DecisionPointAnomaly, ReducedDecisionPointState } from './reducer-models';
export type { ReducedDecisionPointStateInit } from './reducer-models';
export { DecisionPointReducer, reduceDecisionPointEvents } from './reducer';
export type { DecisionPointEvent } from './reducer';
export type { ActorType } from './constants';
export type { DiscriminatedUnionModel, UnionParseResult, UnionModelSpec, UnionVariants } from '../validation/constraints/is-discriminated-union';
