/** `UnknownParticipantError` (COLLABORATION.md §6). */
import { pyRepr } from '../../conventions';
import { SpecKittyEventsError } from '../../envelope/errors';

/**
 * What `participantId` may hold: normally a string id; a number, boolean or null when the
 * offending value is a non-string element of a warning's `participant_ids`.
 */
export type ParticipantIdValue = string | number | boolean | null;

/** Strict-mode rejection of an event naming a participant who is not in the roster. */
export class UnknownParticipantError extends SpecKittyEventsError {
  readonly participantId: ParticipantIdValue;
  readonly eventId: string;
  readonly eventType: string;

  constructor(participantId: ParticipantIdValue, eventId: string, eventType: string) {
    super(
      `Unknown participant ${pyRepr(participantId)} in event ${eventId} (type=${eventType}). Not in mission roster.`,
    );
    this.participantId = participantId;
    this.eventId = eventId;
    this.eventType = eventType;
  }
}
