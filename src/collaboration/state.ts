/**
 * The 6.1.0 reduced collaboration state: the 2.1.0 model with the roster maps holding the
 * 6.1.0 `ParticipantIdentity` (with `external_refs`). Every other field, and the entry and
 * anomaly models, are the 2.1.0 ones (the reference did not change them).
 */
import { IsMapOf, nestedType } from '../validation';
import { FrozenMap } from '../validation';
import { ReducedCollaborationState as ReducedCollaborationState2 } from '../v2/collaboration/state';
import { ParticipantIdentity } from './identity';

const EMPTY_MAP = (): ReadonlyMap<never, never> => new FrozenMap<never, never>();

/** The reduced collaboration state of one mission at contract 6.1.0. */
export class ReducedCollaborationState extends ReducedCollaborationState2 {
  @IsMapOf(nestedType(() => ParticipantIdentity), { default: EMPTY_MAP, description: 'Active participant roster (participant_id -> identity)' })
  declare readonly participants: ReadonlyMap<string, ParticipantIdentity>;

  @IsMapOf(nestedType(() => ParticipantIdentity), { default: EMPTY_MAP, description: 'Historical departed participants' })
  declare readonly departed_participants: ReadonlyMap<string, ParticipantIdentity>;
}
