/** Identity and target models (COLLABORATION.md §4). */
import { SchemaModel } from '../../registry/registry';
import { IsLiteral, IsPyDateTime, IsPyString, WireModel, type PyDateTime } from '../../validation';

export const PARTICIPANT_TYPES = ['human', 'llm_context'] as const;
export type ParticipantType = (typeof PARTICIPANT_TYPES)[number];

export const FOCUS_TARGET_TYPES = ['wp', 'step', 'file'] as const;
export type FocusTargetType = (typeof FOCUS_TARGET_TYPES)[number];

const NON_EMPTY = { minLength: 1 } as const;

@SchemaModel('participant_identity', { contracts: ['2.1.0'], description: 'SaaS-minted, mission-scoped participant identity.' })
export class ParticipantIdentity extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'SaaS-minted, mission-scoped unique identifier' })
  readonly participant_id!: string;

  @IsLiteral(PARTICIPANT_TYPES, { description: 'Participant category' })
  readonly participant_type!: ParticipantType;

  @IsPyString({}, { nullable: true, description: 'Human-readable name for display' })
  readonly display_name!: string | null;

  @IsPyString({}, { nullable: true, description: 'SaaS-issued session identifier' })
  readonly session_id!: string | null;
}

@SchemaModel('auth_principal_binding', { contracts: ['2.1.0', '6.1.0'], description: 'Roster-level auth principal to participant binding.' })
export class AuthPrincipalBinding extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Authenticated identity (opaque to this package)' })
  readonly auth_principal_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Mission-scoped participant identifier' })
  readonly participant_id!: string;

  @IsPyDateTime({ description: 'Timestamp when binding was created' })
  readonly bound_at!: PyDateTime;
}

@SchemaModel('focus_target', { contracts: ['2.1.0', '6.1.0'], description: 'Structured focus reference. Hashable for use as dict key.' })
export class FocusTarget extends WireModel {
  @IsLiteral(FOCUS_TARGET_TYPES, { description: 'Category of focus target' })
  readonly target_type!: FocusTargetType;

  @IsPyString(NON_EMPTY, { description: 'Identifier within the target type' })
  readonly target_id!: string;

  /** Value equality (Python `==` of two frozen models): same type and same id. */
  equals(other: unknown): boolean {
    return other instanceof FocusTarget && other.target_type === this.target_type && other.target_id === this.target_id;
  }
}

/** The reducer's index key `"<target_type>:<target_id>"` (COLLABORATION.md §8.5, no escaping). */
export function focusKey(targetType: FocusTarget['target_type'], targetId: string): string {
  return `${targetType}:${targetId}`;
}
