/**
 * The 6.1.0 collaboration reducer (reference `collaboration.py` §5): the 2.1.0 fold
 * (src/v2/collaboration/reducer.ts) run with the 6.1.0 rules and models. What changed:
 * invitations do not activate a participant; departed participants are rejected by every
 * activity event (strict mode raises `SpecKittyEventsError`), although a departed
 * participant's heartbeat still records its timestamp in permissive mode; strict mode raises
 * on a completion without a started step and on acknowledging an unknown warning (permissive
 * mode keeps the acknowledgement in an `"UnknownWarning"` entry); a warning that arrives or
 * repeats keeps the acknowledgements already recorded.
 */
import type { Event } from '../envelope/event';
import { sortedUniqueEvents } from '../pipeline/ordering';
import {
  CollaborationReducer as CollaborationReducer2,
  FOLD_LIST,
  isCollaborationEvent,
  registerCollaborationRules,
  type CollaborationMode,
} from '../v2/collaboration/reducer';
import { ParticipantIdentity } from './identity';
import { ReducedCollaborationState } from './state';

/** Participants counted as joined before the first event (map key = participant id). */
export type CollaborationRoster =
  | ReadonlyMap<string, ParticipantIdentity>
  | Readonly<Record<string, ParticipantIdentity>>;

export interface CollaborationReduceOptions {
  /** Default `"strict"`; `null` or any value other than `"strict"` means permissive. */
  readonly mode?: CollaborationMode | null;
  /** Default none. Entries are copied; the caller's roster is never mutated. */
  readonly roster?: CollaborationRoster | null;
}

/**
 * Incremental 6.1.0 collaboration reducer: `apply` events in any order, read `state` at any
 * time; `state` equals `reduceCollaborationEvents(<every event applied>, options)` and throws
 * where that function throws.
 */
export class CollaborationReducer extends CollaborationReducer2 {
  constructor(options: CollaborationReduceOptions | null = {}) {
    super(options);
  }

  override get state(): ReducedCollaborationState {
    return super.state as ReducedCollaborationState;
  }
}

registerCollaborationRules(CollaborationReducer, {
  contract: '6.1.0',
  identity: ParticipantIdentity,
  state: ReducedCollaborationState,
});

/**
 * Reduces collaboration events to the mission's collaboration state at contract 6.1.0.
 * Pure: the input and the caller's roster are not changed. Strict mode (the default) throws
 * `UnknownParticipantError` for a participant never in the roster and `SpecKittyEventsError`
 * for a departed participant, a completion without a started step, or an acknowledgement of
 * an unknown warning.
 */
export function reduceCollaborationEvents(
  events: readonly Event[],
  options: CollaborationReduceOptions | null = {},
): ReducedCollaborationState {
  return new CollaborationReducer(options)[FOLD_LIST](sortedUniqueEvents(events, isCollaborationEvent)) as ReducedCollaborationState;
}
