/** DecisionPoint constants and enums (reference `decisionpoint.py` §1–§3, `decision_moment.py` enums). */
import { frozenSet } from '../conventions';
import type { EnumDescriptor } from '../validation/constraints/is-choice';

export const DECISIONPOINT_SCHEMA_VERSION = '3.0.0';

export const DECISION_POINT_OPENED = 'DecisionPointOpened';
export const DECISION_POINT_WIDENED = 'DecisionPointWidened';
export const DECISION_POINT_DISCUSSING = 'DecisionPointDiscussing';
export const DECISION_POINT_RESOLVED = 'DecisionPointResolved';
export const DECISION_POINT_OVERRIDDEN = 'DecisionPointOverridden';

/** The five DecisionPoint event types; immutable at run time. */
export const DECISION_POINT_EVENT_TYPES: ReadonlySet<string> = frozenSet<string>([
  DECISION_POINT_OPENED,
  DECISION_POINT_WIDENED,
  DECISION_POINT_DISCUSSING,
  DECISION_POINT_RESOLVED,
  DECISION_POINT_OVERRIDDEN,
]);

export enum DecisionPointState {
  OPEN = 'open',
  WIDENED = 'widened',
  DISCUSSING = 'discussing',
  RESOLVED = 'resolved',
  OVERRIDDEN = 'overridden',
}

export enum DecisionAuthorityRole {
  MISSION_OWNER = 'mission_owner',
  ADVISORY = 'advisory',
  INFORMED = 'informed',
}

/** Surface that originated the decision point. */
export enum OriginSurface {
  ADR = 'adr',
  PLANNING_INTERVIEW = 'planning_interview',
}

/** Spec-kitty flow that originated the decision point. */
export enum OriginFlow {
  CHARTER = 'charter',
  SPECIFY = 'specify',
  PLAN = 'plan',
}

/** Terminal resolution outcome for a decision point. */
export enum TerminalOutcome {
  RESOLVED = 'resolved',
  DEFERRED = 'deferred',
  CANCELED = 'canceled',
}

/** Provenance of a SummaryBlock. */
export enum SummarySource {
  SLACK_EXTRACTION = 'slack_extraction',
  MANUAL = 'manual',
  MISSION_OWNER_OVERRIDE = 'mission_owner_override',
}

/** Channel used to widen a decision point to external participants. */
export enum WideningChannel {
  SLACK = 'slack',
}

/** Kind of contribution snapshot in a DecisionPointDiscussing event. */
export enum DiscussingSnapshotKind {
  PARTICIPANT_CONTRIBUTION = 'participant_contribution',
  DIGEST = 'digest',
  OWNER_NOTE = 'owner_note',
}

function descriptor<E extends string>(name: string, values: readonly E[], description?: string): EnumDescriptor<E> {
  return Object.freeze({ name, ...(description === undefined ? {} : { description }), values: Object.freeze([...values]) });
}

export const DECISION_POINT_STATE_ENUM = descriptor('DecisionPointState', Object.values(DecisionPointState));
export const DECISION_AUTHORITY_ROLE_ENUM = descriptor('DecisionAuthorityRole', Object.values(DecisionAuthorityRole));
export const ORIGIN_SURFACE_ENUM = descriptor('OriginSurface', Object.values(OriginSurface), 'Surface that originated the decision point.');
export const ORIGIN_FLOW_ENUM = descriptor('OriginFlow', Object.values(OriginFlow), 'Spec-kitty flow that originated the decision point.');
export const TERMINAL_OUTCOME_ENUM = descriptor('TerminalOutcome', Object.values(TerminalOutcome), 'Terminal resolution outcome for a decision point.');
export const SUMMARY_SOURCE_ENUM = descriptor('SummarySource', Object.values(SummarySource), 'Provenance of a SummaryBlock.');
export const WIDENING_CHANNEL_ENUM = descriptor('WideningChannel', Object.values(WideningChannel), 'Channel used to widen a decision point to external participants.');
export const DISCUSSING_SNAPSHOT_KIND_ENUM = descriptor(
  'DiscussingSnapshotKind',
  Object.values(DiscussingSnapshotKind),
  'Kind of contribution snapshot in a DecisionPointDiscussing event.',
);

export type ActorType = 'human' | 'llm' | 'service';
export const ACTOR_TYPES: readonly ActorType[] = Object.freeze(['human', 'llm', 'service'] as const);
