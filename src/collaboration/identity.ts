/**
 * The 6.1.0 participant identity (reference `collaboration.py` §2): `ParticipantIdentity`
 * gains optional `external_refs` (`ParticipantExternalRefs`, unknown keys forbidden, at least
 * one reference populated). The other identity and target models are the 2.1.0 ones.
 */
import { SchemaModel } from '../registry/registry';
import { ForbidExtra, IsLiteral, IsNested, IsPyString, WireModel, defineModelRule } from '../validation';
import { PARTICIPANT_TYPES, type ParticipantType } from '../v2/collaboration/identity';

const NON_EMPTY = { minLength: 1 } as const;
const V6 = ['6.1.0'] as const;

@ForbidExtra()
@SchemaModel('participant_external_refs', { contracts: [...V6], description: 'Optional cross-channel identity references for a ParticipantIdentity.' })
export class ParticipantExternalRefs extends WireModel {
  @IsPyString(NON_EMPTY, { nullable: true })
  readonly slack_user_id!: string | null;

  @IsPyString(NON_EMPTY, { nullable: true })
  readonly slack_team_id!: string | null;

  @IsPyString(NON_EMPTY, { nullable: true })
  readonly teamspace_member_id!: string | null;
}

defineModelRule<ParticipantExternalRefs>(ParticipantExternalRefs, (refs) =>
  refs.slack_user_id || refs.slack_team_id || refs.teamspace_member_id
    ? null
    : 'ParticipantExternalRefs must populate at least one of slack_user_id, slack_team_id, teamspace_member_id',
);

@SchemaModel('participant_identity', { contracts: [...V6], description: 'SaaS-minted, mission-scoped participant identity.' })
export class ParticipantIdentity extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'SaaS-minted, mission-scoped unique identifier' })
  readonly participant_id!: string;

  @IsLiteral(PARTICIPANT_TYPES, { description: 'Participant category' })
  readonly participant_type!: ParticipantType;

  @IsPyString({}, { nullable: true, description: 'Human-readable name for display' })
  readonly display_name!: string | null;

  @IsPyString({}, { nullable: true, description: 'SaaS-issued session identifier' })
  readonly session_id!: string | null;

  @IsNested(() => ParticipantExternalRefs, { nullable: true, description: 'Optional cross-channel identity references (V1)' })
  readonly external_refs!: ParticipantExternalRefs | null;
}
