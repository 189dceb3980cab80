/** Builders shared by the collaboration tests. */
import { Event } from '../../../src/v2/envelope/event';
import {
  CollaborationReducer,
  ParticipantIdentity,
  reduceCollaborationEvents,
  type CollaborationReduceOptions,
  type ReducedCollaborationState,
} from '../../../src/v2/collaboration';
import { envelope, type WorkedExample } from './examples';

export const PROJECT_UUID = '12345678-1234-5678-1234-567812345678';
export const CORRELATION_ID = '01JQRUN0000000000000000042';

let autoSeq = 500_000;

/** A 26-character id, distinct for every distinct non-negative `n`. */
export function eid(n: number): string {
  return `01JT${String(n).padStart(22, '0')}`;
}

export interface EvOptions {
  readonly id?: string;
  readonly clock?: number;
  readonly ts?: string;
}

/**
 * A valid collaboration Event. Without `clock`, events get increasing clocks in creation
 * order, so a list built top to bottom is already in processing order.
 */
export function ev(type: string, payload: Record<string, unknown>, options: EvOptions = {}): Event {
  const seq = autoSeq++;
  return Event.fromDict({
    event_id: options.id ?? eid(seq),
    event_type: type,
    aggregate_id: 'mission/M001',
    payload,
    timestamp: options.ts ?? '2026-01-01T00:00:00Z',
    node_id: 'test-node',
    lamport_clock: options.clock ?? seq,
    project_uuid: PROJECT_UUID,
    correlation_id: CORRELATION_ID,
  });
}

/** A ParticipantIdentity dict. */
export function identityDict(id: string, type: 'human' | 'llm_context' = 'human', name: string | null = null): Record<string, unknown> {
  return { participant_id: id, participant_type: type, display_name: name, session_id: null };
}

export function identity(id: string, type: 'human' | 'llm_context' = 'human', name: string | null = null): ParticipantIdentity {
  return ParticipantIdentity.fromDict(identityDict(id, type, name));
}

export function joined(id: string, options: EvOptions = {}, mission = 'M001'): Event {
  return ev('ParticipantJoined', { participant_id: id, participant_identity: identityDict(id), mission_id: mission }, options);
}

export function invited(id: string, options: EvOptions = {}): Event {
  return ev('ParticipantInvited', { participant_id: id, participant_identity: identityDict(id), invited_by: 'someone', mission_id: 'M001' }, options);
}

export function left(id: string, options: EvOptions = {}): Event {
  return ev('ParticipantLeft', { participant_id: id, mission_id: 'M001' }, options);
}

export function heartbeat(id: unknown, options: EvOptions = {}): Event {
  return ev('PresenceHeartbeat', { participant_id: id, mission_id: 'M001' }, options);
}

export function intent(id: string, value: unknown, options: EvOptions = {}): Event {
  return ev('DriveIntentSet', { participant_id: id, mission_id: 'M001', intent: value }, options);
}

export function focus(id: string, target: unknown, options: EvOptions = {}): Event {
  return ev('FocusChanged', { participant_id: id, mission_id: 'M001', focus_target: target }, options);
}

export function started(id: string, step: unknown, options: EvOptions = {}): Event {
  return ev('PromptStepExecutionStarted', { participant_id: id, mission_id: 'M001', step_id: step }, options);
}

export function completed(id: string, step: unknown, options: EvOptions = {}): Event {
  return ev('PromptStepExecutionCompleted', { participant_id: id, mission_id: 'M001', step_id: step, outcome: 'success' }, options);
}

export function driverWarning(warningId: unknown, ids: unknown, options: EvOptions = {}): Event {
  return ev(
    'ConcurrentDriverWarning',
    { warning_id: warningId, mission_id: 'M001', participant_ids: ids, focus_target: { target_type: 'wp', target_id: 'WP03' }, severity: 'warning' },
    options,
  );
}

export function collisionWarning(warningId: unknown, ids: unknown, options: EvOptions = {}): Event {
  return ev(
    'PotentialStepCollisionDetected',
    { warning_id: warningId, mission_id: 'M001', participant_ids: ids, step_id: 's-1', severity: 'info' },
    options,
  );
}

export function ack(id: string, warningId: unknown, value: unknown = 'continue', options: EvOptions = {}): Event {
  return ev('WarningAcknowledged', { participant_id: id, mission_id: 'M001', warning_id: warningId, acknowledgement: value }, options);
}

export function comment(id: string, fields: Record<string, unknown> = {}, options: EvOptions = {}): Event {
  return ev('CommentPosted', { participant_id: id, mission_id: 'M001', comment_id: 'c-1', content: 'hello', ...fields }, options);
}

export function decision(id: string, fields: Record<string, unknown> = {}, options: EvOptions = {}): Event {
  return ev('DecisionCaptured', { participant_id: id, mission_id: 'M001', decision_id: 'd-1', topic: 't', chosen_option: 'o', ...fields }, options);
}

export function sessionLinked(id: string, linked: unknown, options: EvOptions = {}): Event {
  return ev(
    'SessionLinked',
    { participant_id: id, mission_id: 'M001', primary_session_id: 'cli-1', linked_session_id: linked, link_type: 'cli_to_saas' },
    options,
  );
}

export const permissive: CollaborationReduceOptions = { mode: 'permissive' };

/** Reduces in permissive mode. */
export function reduceP(events: readonly Event[], roster?: CollaborationReduceOptions['roster']): ReducedCollaborationState {
  return reduceCollaborationEvents(events, { mode: 'permissive', roster });
}

/** The anomaly reasons of a state, in order. */
export function reasons(state: ReducedCollaborationState): string[] {
  return state.anomalies.map((a) => a.reason);
}

/** Events of a worked example, built through `Event.fromDict`. */
export function exampleEvents(example: WorkedExample): Event[] {
  return example.rows.map((row) => Event.fromDict(envelope(row)));
}

/** The options of a worked example with the roster turned into identities. */
export function exampleOptions(example: WorkedExample): CollaborationReduceOptions {
  const roster = example.options.roster;
  return {
    ...(example.options.mode !== undefined ? { mode: example.options.mode } : {}),
    ...(roster !== undefined
      ? { roster: new Map(Object.entries(roster).map(([id, dict]) => [id, ParticipantIdentity.fromDict(dict)])) }
      : {}),
  };
}

/** Runs `fn` and returns what it threw (fails the test when nothing is thrown). */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

/** Reduces `events` through the incremental reducer, applying them in the given order. */
export function reduceIncrementally(events: readonly Event[], options: CollaborationReduceOptions): ReducedCollaborationState {
  const reducer = new CollaborationReducer(options);
  for (const event of events) reducer.apply(event);
  return reducer.state;
}
