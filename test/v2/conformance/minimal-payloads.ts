/** Minimal valid payloads (required fields only) for the 23 event types of §2.2. */
import { randomUUID } from 'node:crypto';
import { C0, F0, G0, P0, W0 } from './disagreement-table';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A 26-character ULID-shaped id. */
export function freshUlid(): string {
  let out = '';
  for (let i = 0; i < 26; i++) out += CROCKFORD[Math.floor(Math.random() * 32)];
  return out;
}

export function minimalPayloads(): Record<string, Record<string, unknown>> {
  return {
    Event: {
      event_id: freshUlid(),
      event_type: 'TestEvent',
      aggregate_id: 'agg',
      timestamp: new Date().toISOString(),
      node_id: 'node',
      lamport_clock: 0,
      project_uuid: randomUUID(),
      correlation_id: freshUlid(),
    },
    WPStatusChanged: { feature_slug: W0.feature_slug, wp_id: W0.wp_id, to_lane: 'claimed', actor: 'a', execution_mode: 'worktree' },
    GatePassed: { ...G0 },
    GateFailed: { ...G0, conclusion: 'failure' },
    MissionStarted: { mission_id: 'M', mission_type: 'software-dev', initial_phase: 'specify', actor: 'a' },
    MissionCompleted: { mission_id: 'M', mission_type: 'software-dev', final_phase: 'done', actor: 'a' },
    MissionCancelled: { mission_id: 'M', reason: 'r', actor: 'a' },
    PhaseEntered: { mission_id: 'M', phase_name: 'plan', actor: 'a' },
    ReviewRollback: { mission_id: 'M', review_ref: 'R', target_phase: 'plan', actor: 'a' },
    ParticipantInvited: {
      participant_id: 'p',
      participant_identity: { participant_id: 'p', participant_type: 'human' },
      invited_by: 'q',
      mission_id: 'M',
    },
    ParticipantJoined: JSON.parse(JSON.stringify(P0)) as Record<string, unknown>,
    ParticipantLeft: { participant_id: 'p', mission_id: 'M' },
    PresenceHeartbeat: { participant_id: 'p', mission_id: 'M' },
    DriveIntentSet: { participant_id: 'p', mission_id: 'M', intent: 'active' },
    FocusChanged: JSON.parse(JSON.stringify(F0)) as Record<string, unknown>,
    PromptStepExecutionStarted: { participant_id: 'p', mission_id: 'M', step_id: 's' },
    PromptStepExecutionCompleted: { participant_id: 'p', mission_id: 'M', step_id: 's', outcome: 'success' },
    ConcurrentDriverWarning: JSON.parse(JSON.stringify(C0)) as Record<string, unknown>,
    PotentialStepCollisionDetected: { warning_id: 'w', mission_id: 'M', participant_ids: ['a', 'b'], step_id: 's', severity: 'info' },
    WarningAcknowledged: { participant_id: 'p', mission_id: 'M', warning_id: 'w', acknowledgement: 'continue' },
    CommentPosted: { participant_id: 'p', mission_id: 'M', comment_id: 'c', content: 'hello' },
    DecisionCaptured: { participant_id: 'p', mission_id: 'M', decision_id: 'd', topic: 't', chosen_option: 'o' },
    SessionLinked: { participant_id: 'p', mission_id: 'M', primary_session_id: 's1', linked_session_id: 's2', link_type: 'cli_to_saas' },
  };
}
