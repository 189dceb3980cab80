/**
 * The two collaboration payloads that changed at 6.1.0: they carry the 6.1.0
 * `ParticipantIdentity` (with `external_refs`). The other twelve payload models are the
 * 2.1.0 classes, registered for both contracts (their schemas are identical).
 */
import { EventPayload } from '../registry/registry';
import { IsNested, IsPyString, WireModel } from '../validation';
import { PARTICIPANT_INVITED, PARTICIPANT_JOINED } from '../v2/collaboration/constants';
import { ParticipantIdentity } from './identity';

const NON_EMPTY = { minLength: 1 } as const;
const V6 = ['6.1.0'] as const;

@EventPayload(PARTICIPANT_INVITED, 'participant_invited_payload', { contracts: [...V6], description: 'Typed payload for ParticipantInvited events.' })
export class ParticipantInvitedPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Invited participant' })
  readonly participant_id!: string;

  @IsNested(() => ParticipantIdentity, { description: 'Full structured identity' })
  readonly participant_identity!: ParticipantIdentity;

  @IsPyString(NON_EMPTY, { description: 'participant_id of inviter' })
  readonly invited_by!: string;

  @IsPyString(NON_EMPTY, { description: 'Target mission' })
  readonly mission_id!: string;
}

@EventPayload(PARTICIPANT_JOINED, 'participant_joined_payload', { contracts: [...V6], description: 'Typed payload for ParticipantJoined events.' })
export class ParticipantJoinedPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Joining participant' })
  readonly participant_id!: string;

  @IsNested(() => ParticipantIdentity, { description: 'Full structured identity' })
  readonly participant_identity!: ParticipantIdentity;

  @IsPyString(NON_EMPTY, { description: 'Target mission' })
  readonly mission_id!: string;

  @IsPyString({}, { nullable: true, description: 'Auth principal bound at join time (present in live traffic)' })
  readonly auth_principal_id!: string | null;
}
