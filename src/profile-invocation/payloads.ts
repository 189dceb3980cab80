/**
 * Profile invocation (reference `profile_invocation.py`, domain schema version 3.1.0): one
 * validatable event type and two name-reserved ones whose payload contracts are deferred
 * (they have no payload model and no schema).
 */
import { frozenSet } from '../conventions';
import { RuntimeActorIdentity } from '../mission-next/payloads';
import { EventPayload } from '../registry';
import { ForbidExtra, IsNested, IsPyString, WireModel } from '../validation';

export const PROFILE_INVOCATION_SCHEMA_VERSION = '3.1.0';

export const PROFILE_INVOCATION_STARTED = 'ProfileInvocationStarted';
/** Reserved: payload contract deferred. */
export const PROFILE_INVOCATION_COMPLETED = 'ProfileInvocationCompleted';
/** Reserved: payload contract deferred. */
export const PROFILE_INVOCATION_FAILED = 'ProfileInvocationFailed';

/** Validatable event types (validateEvent knows them); immutable at run time. */
export const PROFILE_INVOCATION_EVENT_TYPES: ReadonlySet<string> = frozenSet<string>([PROFILE_INVOCATION_STARTED]);

/** Name-reserved types with deferred payload contracts; not yet validatable. */
export const PROFILE_INVOCATION_RESERVED_TYPES: ReadonlySet<string> = frozenSet<string>([PROFILE_INVOCATION_COMPLETED, PROFILE_INVOCATION_FAILED]);

const NON_EMPTY = { minLength: 1 } as const;

@ForbidExtra()
@EventPayload(PROFILE_INVOCATION_STARTED, 'profile_invocation_started_payload', {
  contracts: ['6.1.0'],
  description: 'Payload for ProfileInvocationStarted events.\n\nEmitted when the runtime begins executing a step under a resolved agent profile.',
})
export class ProfileInvocationStartedPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Mission identifier' })
  readonly mission_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Run identifier from MissionRunStarted' })
  readonly run_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Step being executed' })
  readonly step_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Bound action name' })
  readonly action!: string;

  @IsPyString(NON_EMPTY, { description: 'Resolved agent profile slug' })
  readonly profile_slug!: string;

  @IsPyString(NON_EMPTY, { nullable: true, description: 'Profile version if versioned profiles are in use' })
  readonly profile_version!: string | null;

  @IsNested(() => RuntimeActorIdentity, { description: 'Runtime actor identity' })
  readonly actor!: RuntimeActorIdentity;

  @IsPyString(NON_EMPTY, { nullable: true, description: 'Governance scope identifier' })
  readonly governance_scope!: string | null;
}
