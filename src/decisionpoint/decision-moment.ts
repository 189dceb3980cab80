/**
 * The Decision Moment shared models (reference `decision_moment.py`): Slack references, the
 * summary block and the widening projection. Frozen, unknown keys forbidden.
 */
import { ParticipantIdentity } from '../collaboration/identity';
import { SchemaModel } from '../registry/registry';
import { ForbidExtra, IsNested, IsPyDateTime, IsPyEnum, IsPyString, IsTupleOf, WireModel, nestedType, type PyDateTime } from '../validation';
import { SUMMARY_SOURCE_ENUM, WIDENING_CHANNEL_ENUM, type SummarySource, type WideningChannel } from './constants';

const NON_EMPTY = { minLength: 1 } as const;
const V6 = ['6.1.0'] as const;

@ForbidExtra()
@SchemaModel('summary_block', { contracts: [...V6], description: 'Structured summary of a resolved decision with provenance.' })
export class SummaryBlock extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Summary text (non-empty)' })
  readonly text!: string;

  @IsPyEnum(SUMMARY_SOURCE_ENUM, { description: 'Provenance of this summary' })
  readonly source!: SummarySource;

  @IsPyDateTime({ nullable: true, description: 'When the summary was extracted (if from Slack)' })
  readonly extracted_at!: PyDateTime | null;

  @IsPyString({}, { nullable: true, description: 'Candidate answer extracted from the summary' })
  readonly candidate_answer!: string | null;
}

@ForbidExtra()
@SchemaModel('teamspace_ref', { contracts: [...V6], description: 'Reference to a Slack-connected teamspace.' })
export class TeamspaceRef extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Teamspace identifier' })
  readonly teamspace_id!: string;

  @IsPyString({}, { nullable: true, description: 'Human-readable teamspace name' })
  readonly name!: string | null;
}

@ForbidExtra()
@SchemaModel('default_channel_ref', { contracts: [...V6], description: 'Reference to the default Slack channel for a teamspace.' })
export class DefaultChannelRef extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Slack channel identifier' })
  readonly channel_id!: string;

  @IsPyString({}, { nullable: true, description: 'Human-readable channel name' })
  readonly name!: string | null;
}

@ForbidExtra()
@SchemaModel('thread_ref', { contracts: [...V6], description: 'Reference to a Slack thread.' })
export class ThreadRef extends WireModel {
  @IsPyString({}, { nullable: true, description: 'Slack workspace team identifier' })
  readonly slack_team_id!: string | null;

  @IsPyString(NON_EMPTY, { description: 'Slack channel identifier' })
  readonly channel_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Thread timestamp (Slack ts format)' })
  readonly thread_ts!: string;

  @IsPyString({}, { nullable: true, description: 'Permalink URL to the thread' })
  readonly url!: string | null;
}

@ForbidExtra()
@SchemaModel('closure_message_ref', { contracts: [...V6], description: 'Reference to a Slack closure message posted when a decision is resolved.' })
export class ClosureMessageRef extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Slack channel identifier' })
  readonly channel_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Thread timestamp (Slack ts format)' })
  readonly thread_ts!: string;

  @IsPyString(NON_EMPTY, { description: 'Message timestamp (Slack ts format)' })
  readonly message_ts!: string;

  @IsPyString({}, { nullable: true, description: 'Permalink URL to the message' })
  readonly url!: string | null;
}

/** Projection of widening state populated on DecisionPointWidened (no published schema). */
@ForbidExtra()
export class WideningProjection extends WireModel {
  @IsPyEnum(WIDENING_CHANNEL_ENUM, { description: 'Channel used for widening' })
  readonly channel!: WideningChannel;

  @IsNested(() => TeamspaceRef, { description: 'Teamspace the widening was sent to' })
  readonly teamspace_ref!: TeamspaceRef;

  @IsNested(() => DefaultChannelRef, { description: 'Default channel in the teamspace' })
  readonly default_channel_ref!: DefaultChannelRef;

  @IsNested(() => ThreadRef, { description: 'Slack thread created for widening' })
  readonly thread_ref!: ThreadRef;

  @IsTupleOf(nestedType(() => ParticipantIdentity), { reportAll: true, description: 'Participants invited during widening' })
  readonly invited_participants!: readonly ParticipantIdentity[];

  @IsPyString(NON_EMPTY, { description: 'participant_id of mission owner who confirmed widening' })
  readonly widened_by!: string;

  @IsPyDateTime({ description: 'When the widening occurred' })
  readonly widened_at!: PyDateTime;
}
