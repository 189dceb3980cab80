/**
 * Build-aggregate payloads (reference `build_lifecycle.py` at 6.1.0): `BuildRegistered` and
 * `BuildHeartbeat`. Frozen, `extra="forbid"`, every field optional; no published schema (the
 * reference validates them with the model layer only).
 */
import { frozenSet } from '../conventions';
import { EventPayload } from '../registry';
import { ForbidExtra, IsLaxInt, IsListOf, IsPyString, WireModel, pyStringType } from '../validation';

export const BUILD_REGISTERED = 'BuildRegistered';
export const BUILD_HEARTBEAT = 'BuildHeartbeat';

/** `{BuildRegistered, BuildHeartbeat}`; immutable. */
export const BUILD_LIFECYCLE_EVENT_TYPES: ReadonlySet<string> = frozenSet<string>([BUILD_REGISTERED, BUILD_HEARTBEAT]);

const NON_EMPTY = { minLength: 1 } as const;

@ForbidExtra()
@EventPayload(BUILD_REGISTERED, 'build_registered_payload', {
  contracts: ['6.1.0'],
  publishesSchema: false,
  description: 'Typed payload for ``BuildRegistered`` events.',
})
export class BuildRegisteredPayload extends WireModel {
  @IsPyString(NON_EMPTY, { nullable: true, description: "Git repository slug (e.g. 'org/repo')." })
  readonly repo_slug!: string | null;

  @IsPyString(NON_EMPTY, { nullable: true, description: 'Active git branch when the build registered.' })
  readonly git_branch!: string | null;

  @IsPyString(NON_EMPTY, { nullable: true, description: 'Head commit SHA when the build registered.' })
  readonly head_commit_sha!: string | null;
}

@ForbidExtra()
@EventPayload(BUILD_HEARTBEAT, 'build_heartbeat_payload', {
  contracts: ['6.1.0'],
  publishesSchema: false,
  description: 'Typed payload for ``BuildHeartbeat`` events.',
})
export class BuildHeartbeatPayload extends WireModel {
  @IsPyString(NON_EMPTY, { nullable: true, description: 'Git repository slug.' })
  readonly repo_slug!: string | null;

  @IsPyString(NON_EMPTY, { nullable: true, description: 'Active git branch at heartbeat time.' })
  readonly git_branch!: string | null;

  @IsPyString(NON_EMPTY, { nullable: true, description: 'Head commit SHA at heartbeat time.' })
  readonly head_commit_sha!: string | null;

  @IsPyString(NON_EMPTY, { nullable: true, description: 'Remote head commit SHA at heartbeat time.' })
  readonly remote_head!: string | null;

  @IsLaxInt({ ge: 0 }, { nullable: true, description: 'Local commits ahead of the remote.' })
  readonly ahead_of_remote!: number | null;

  @IsLaxInt({ ge: 0 }, { nullable: true, description: 'Local commits behind the remote.' })
  readonly behind_remote!: number | null;

  @IsListOf(pyStringType(), {}, { nullable: true, description: 'Recent local commit SHAs (most-recent-first).' })
  readonly recent_commits!: readonly string[] | null;
}
