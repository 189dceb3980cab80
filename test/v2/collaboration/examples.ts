/**
 * The five worked examples of COLLABORATION.md §9, transcribed from the contract: the event
 * tables as envelope dicts and the expected `toDict()` output exactly as printed there.
 * Shared by the example tests and the scenario-fixture tests.
 */

export const PROJECT_UUID = '12345678-1234-5678-1234-567812345678';
export const CORRELATION_ID = '01JQRUN0000000000000000042';

/** `#NN` → `01JQ00000000000000000000NN`. */
export function exampleId(n: number): string {
  return `01JQ${String(n).padStart(22, '0')}`;
}

/** `tNN` → `2026-03-01T09:00:NNZ`. */
export function exampleTs(n: number): string {
  return `2026-03-01T09:00:${String(n).padStart(2, '0')}Z`;
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** One row of an example table: `[id, clock, ts, type, payload]`. */
export type Row = readonly [number, number, number, string, JsonObject];

export function envelope(row: Row): JsonObject {
  const [id, clock, ts, type, payload] = row;
  return {
    event_id: exampleId(id),
    event_type: type,
    aggregate_id: 'mission/M042',
    payload,
    timestamp: exampleTs(ts),
    node_id: 'saas-node-1',
    lamport_clock: clock,
    causation_id: null,
    project_uuid: PROJECT_UUID,
    project_slug: null,
    correlation_id: CORRELATION_ID,
    schema_version: '1.0.0',
    data_tier: 0,
  };
}

export interface WorkedExample {
  readonly name: string;
  readonly rows: readonly Row[];
  readonly options: { mode?: 'strict' | 'permissive'; roster?: { [id: string]: JsonObject } };
  readonly expected?: JsonObject;
  readonly expectedError?: { name: string; message: string };
}

const identity = (id: string, type: string, name: string, session: string | null = null): JsonObject => ({
  participant_id: id,
  participant_type: type,
  display_name: name,
  session_id: session,
});

export const EXAMPLE_1: WorkedExample = {
  name: 'collaboration_three_participant_overlap',
  options: { mode: 'strict' },
  rows: [
    [1, 1, 1, 'ParticipantJoined', { participant_id: 'p-alice', participant_identity: { participant_id: 'p-alice', participant_type: 'human', display_name: 'Alice', session_id: 'sess-a1' }, mission_id: 'M042', auth_principal_id: 'auth:alice@example.com' }],
    [2, 1, 1, 'ParticipantJoined', { participant_id: 'p-bob', participant_identity: { participant_id: 'p-bob', participant_type: 'human', display_name: 'Bob', session_id: 'sess-b1' }, mission_id: 'M042', auth_principal_id: 'auth:bob@example.com' }],
    [3, 2, 2, 'ParticipantJoined', { participant_id: 'p-claude', participant_identity: { participant_id: 'p-claude', participant_type: 'llm_context', display_name: 'Claude', session_id: 'sess-c1' }, mission_id: 'M042' }],
    [4, 3, 3, 'DriveIntentSet', { participant_id: 'p-alice', mission_id: 'M042', intent: 'active' }],
    [5, 3, 3, 'DriveIntentSet', { participant_id: 'p-bob', mission_id: 'M042', intent: 'active' }],
    [6, 3, 3, 'DriveIntentSet', { participant_id: 'p-claude', mission_id: 'M042', intent: 'active' }],
    [7, 4, 4, 'FocusChanged', { participant_id: 'p-alice', mission_id: 'M042', focus_target: { target_type: 'wp', target_id: 'WP03' } }],
    [8, 4, 4, 'FocusChanged', { participant_id: 'p-bob', mission_id: 'M042', focus_target: { target_type: 'wp', target_id: 'WP03' } }],
    [9, 4, 4, 'FocusChanged', { participant_id: 'p-claude', mission_id: 'M042', focus_target: { target_type: 'wp', target_id: 'WP03' }, previous_focus_target: null }],
    [10, 5, 5, 'PresenceHeartbeat', { participant_id: 'p-bob', mission_id: 'M042', session_id: 'sess-b1' }],
    [11, 6, 6, 'ConcurrentDriverWarning', { warning_id: 'warn-001', mission_id: 'M042', participant_ids: ['p-alice', 'p-bob', 'p-claude'], focus_target: { target_type: 'wp', target_id: 'WP03' }, severity: 'warning' }],
    [12, 7, 7, 'WarningAcknowledged', { participant_id: 'p-bob', mission_id: 'M042', warning_id: 'warn-001', acknowledgement: 'hold' }],
    [13, 7, 7, 'WarningAcknowledged', { participant_id: 'p-alice', mission_id: 'M042', warning_id: 'warn-001', acknowledgement: 'continue' }],
    [14, 8, 8, 'WarningAcknowledged', { participant_id: 'p-bob', mission_id: 'M042', warning_id: 'warn-001', acknowledgement: 'reassign' }],
    [15, 9, 9, 'DriveIntentSet', { participant_id: 'p-bob', mission_id: 'M042', intent: 'inactive' }],
  ],
  expected: {
    mission_id: 'M042',
    participants: {
      'p-alice': identity('p-alice', 'human', 'Alice', 'sess-a1'),
      'p-bob': identity('p-bob', 'human', 'Bob', 'sess-b1'),
      'p-claude': identity('p-claude', 'llm_context', 'Claude', 'sess-c1'),
    },
    departed_participants: {},
    presence: { 'p-bob': '2026-03-01T09:00:05Z' },
    active_drivers: ['p-alice', 'p-claude'],
    focus_by_participant: {
      'p-alice': { target_type: 'wp', target_id: 'WP03' },
      'p-bob': { target_type: 'wp', target_id: 'WP03' },
      'p-claude': { target_type: 'wp', target_id: 'WP03' },
    },
    participants_by_focus: { 'wp:WP03': ['p-alice', 'p-bob', 'p-claude'] },
    warnings: [
      {
        warning_id: 'warn-001',
        event_id: '01JQ0000000000000000000011',
        warning_type: 'ConcurrentDriverWarning',
        participant_ids: ['p-alice', 'p-bob', 'p-claude'],
        acknowledgements: { 'p-bob': 'reassign', 'p-alice': 'continue' },
      },
    ],
    decisions: [],
    comments: [],
    active_executions: {},
    linked_sessions: {},
    anomalies: [],
    event_count: 15,
    last_processed_event_id: '01JQ0000000000000000000015',
  },
};

export const EXAMPLE_2: WorkedExample = {
  name: 'collaboration_step_collision',
  options: { mode: 'strict' },
  rows: [
    [1, 1, 1, 'ParticipantJoined', { participant_id: 'llm-a', participant_identity: { participant_id: 'llm-a', participant_type: 'llm_context', display_name: 'Claude A', session_id: 'sess-la' }, mission_id: 'M042' }],
    [2, 1, 1, 'ParticipantJoined', { participant_id: 'llm-b', participant_identity: { participant_id: 'llm-b', participant_type: 'llm_context', display_name: 'Claude B', session_id: 'sess-lb' }, mission_id: 'M042' }],
    [3, 2, 2, 'PromptStepExecutionStarted', { participant_id: 'llm-a', mission_id: 'M042', step_id: 'implement-api', wp_id: 'WP02', step_description: 'Implement the API layer' }],
    [4, 2, 2, 'PromptStepExecutionStarted', { participant_id: 'llm-b', mission_id: 'M042', step_id: 'implement-api', wp_id: 'WP02' }],
    [5, 3, 3, 'PotentialStepCollisionDetected', { warning_id: 'coll-001', mission_id: 'M042', participant_ids: ['llm-a', 'llm-b'], step_id: 'implement-api', wp_id: 'WP02', severity: 'warning' }],
    [6, 4, 4, 'WarningAcknowledged', { participant_id: 'llm-b', mission_id: 'M042', warning_id: 'coll-001', acknowledgement: 'hold' }],
    [7, 5, 5, 'PromptStepExecutionCompleted', { participant_id: 'llm-a', mission_id: 'M042', step_id: 'implement-api', wp_id: 'WP02', outcome: 'success' }],
  ],
  expected: {
    mission_id: 'M042',
    participants: {
      'llm-a': identity('llm-a', 'llm_context', 'Claude A', 'sess-la'),
      'llm-b': identity('llm-b', 'llm_context', 'Claude B', 'sess-lb'),
    },
    departed_participants: {},
    presence: {},
    active_drivers: [],
    focus_by_participant: {},
    participants_by_focus: {},
    warnings: [
      {
        warning_id: 'coll-001',
        event_id: '01JQ0000000000000000000005',
        warning_type: 'PotentialStepCollisionDetected',
        participant_ids: ['llm-a', 'llm-b'],
        acknowledgements: { 'llm-b': 'hold' },
      },
    ],
    decisions: [],
    comments: [],
    active_executions: { 'llm-a': [], 'llm-b': ['implement-api'] },
    linked_sessions: {},
    anomalies: [],
    event_count: 7,
    last_processed_event_id: '01JQ0000000000000000000007',
  },
};

export const EXAMPLE_3: WorkedExample = {
  name: 'collaboration_decision_threaded_comments',
  options: { mode: 'strict' },
  rows: [
    [1, 1, 1, 'ParticipantJoined', { participant_id: 'p-alice', participant_identity: { participant_id: 'p-alice', participant_type: 'human', display_name: 'Alice' }, mission_id: 'M042' }],
    [2, 1, 1, 'ParticipantJoined', { participant_id: 'p-bob', participant_identity: { participant_id: 'p-bob', participant_type: 'human', display_name: 'Bob' }, mission_id: 'M042' }],
    [3, 1, 1, 'ParticipantJoined', { participant_id: 'p-carol', participant_identity: { participant_id: 'p-carol', participant_type: 'human', display_name: 'Carol' }, mission_id: 'M042' }],
    [4, 2, 2, 'CommentPosted', { participant_id: 'p-alice', mission_id: 'M042', comment_id: 'c-1', content: 'Should WP03 use a queue?' }],
    [5, 3, 3, 'CommentPosted', { participant_id: 'p-bob', mission_id: 'M042', comment_id: 'c-2', content: 'Yes, for retries.', reply_to: 'c-1' }],
    [6, 3, 3, 'CommentPosted', { participant_id: 'p-carol', mission_id: 'M042', comment_id: 'c-3', content: 'Agree with Bob.', reply_to: 'c-1' }],
    [7, 4, 4, 'DecisionCaptured', { participant_id: 'p-alice', mission_id: 'M042', decision_id: 'dec-1', topic: 'WP03 transport', chosen_option: 'queue', rationale: 'Retries are needed', referenced_warning_id: 'warn-001' }],
    [8, 5, 5, 'CommentPosted', { participant_id: 'p-carol', mission_id: 'M042', comment_id: 'c-4', content: 'Recorded.', reply_to: 'c-3' }],
    [9, 6, 6, 'DecisionCaptured', { participant_id: 'p-bob', mission_id: 'M042', decision_id: 'dec-2', topic: 'Queue library', chosen_option: 'in-house' }],
  ],
  expected: {
    mission_id: 'M042',
    participants: {
      'p-alice': identity('p-alice', 'human', 'Alice'),
      'p-bob': identity('p-bob', 'human', 'Bob'),
      'p-carol': identity('p-carol', 'human', 'Carol'),
    },
    departed_participants: {},
    presence: {},
    active_drivers: [],
    focus_by_participant: {},
    participants_by_focus: {},
    warnings: [],
    decisions: [
      { decision_id: 'dec-1', event_id: '01JQ0000000000000000000007', participant_id: 'p-alice', topic: 'WP03 transport', chosen_option: 'queue', referenced_warning_id: 'warn-001' },
      { decision_id: 'dec-2', event_id: '01JQ0000000000000000000009', participant_id: 'p-bob', topic: 'Queue library', chosen_option: 'in-house', referenced_warning_id: null },
    ],
    comments: [
      { comment_id: 'c-1', event_id: '01JQ0000000000000000000004', participant_id: 'p-alice', content: 'Should WP03 use a queue?', reply_to: null },
      { comment_id: 'c-2', event_id: '01JQ0000000000000000000005', participant_id: 'p-bob', content: 'Yes, for retries.', reply_to: 'c-1' },
      { comment_id: 'c-3', event_id: '01JQ0000000000000000000006', participant_id: 'p-carol', content: 'Agree with Bob.', reply_to: 'c-1' },
      { comment_id: 'c-4', event_id: '01JQ0000000000000000000008', participant_id: 'p-carol', content: 'Recorded.', reply_to: 'c-3' },
    ],
    active_executions: {},
    linked_sessions: {},
    anomalies: [],
    event_count: 9,
    last_processed_event_id: '01JQ0000000000000000000009',
  },
};

const EXAMPLE_4_ROWS: readonly Row[] = [
  [1, 10, 1, 'PresenceHeartbeat', { participant_id: 'p-alice', mission_id: 'M042' }],
  [2, 11, 2, 'CommentPosted', { participant_id: 'p-mallory', mission_id: 'M042', comment_id: 'c-9', content: 'hi' }],
  [3, 12, 3, 'PresenceHeartbeat', { participant_id: 'p-alice', mission_id: 'M042' }],
];

const EXAMPLE_4_ROSTER = { 'p-alice': { participant_id: 'p-alice', participant_type: 'human', display_name: 'Alice' } };

export const EXAMPLE_4_STRICT: WorkedExample = {
  name: 'collaboration_strict_unknown_participant',
  options: { mode: 'strict', roster: EXAMPLE_4_ROSTER },
  rows: EXAMPLE_4_ROWS,
  expectedError: {
    name: 'UnknownParticipantError',
    message:
      "Unknown participant 'p-mallory' in event 01JQ0000000000000000000002 (type=CommentPosted). Not in mission roster.",
  },
};

export const EXAMPLE_4_PERMISSIVE: WorkedExample = {
  name: 'example_4_permissive',
  options: { mode: 'permissive', roster: EXAMPLE_4_ROSTER },
  rows: EXAMPLE_4_ROWS,
  expected: {
    mission_id: 'M042',
    participants: { 'p-alice': identity('p-alice', 'human', 'Alice') },
    departed_participants: {},
    presence: { 'p-alice': '2026-03-01T09:00:03Z' },
    active_drivers: [],
    focus_by_participant: {},
    participants_by_focus: {},
    warnings: [],
    decisions: [],
    comments: [],
    active_executions: {},
    linked_sessions: {},
    anomalies: [
      { event_id: '01JQ0000000000000000000002', event_type: 'CommentPosted', reason: "Unknown participant 'p-mallory'" },
    ],
    event_count: 3,
    last_processed_event_id: '01JQ0000000000000000000003',
  },
};

export const EXAMPLE_5: WorkedExample = {
  name: 'collaboration_permissive_departure_duplicate_leave',
  options: { mode: 'permissive' },
  rows: [
    [1, 1, 1, 'ParticipantJoined', { participant_id: 'p-alice', participant_identity: { participant_id: 'p-alice', participant_type: 'human', display_name: 'Alice' }, mission_id: 'M042' }],
    [2, 1, 1, 'ParticipantJoined', { participant_id: 'p-bob', participant_identity: { participant_id: 'p-bob', participant_type: 'human', display_name: 'Bob' }, mission_id: 'M042' }],
    [3, 2, 2, 'DriveIntentSet', { participant_id: 'p-bob', mission_id: 'M042', intent: 'active' }],
    [4, 2, 2, 'FocusChanged', { participant_id: 'p-bob', mission_id: 'M042', focus_target: { target_type: 'file', target_id: 'src/app.py' } }],
    [5, 3, 3, 'PromptStepExecutionStarted', { participant_id: 'p-bob', mission_id: 'M042', step_id: 's-1' }],
    [6, 3, 3, 'SessionLinked', { participant_id: 'p-bob', mission_id: 'M042', primary_session_id: 'cli-1', linked_session_id: 'saas-1', link_type: 'cli_to_saas' }],
    [7, 4, 4, 'PresenceHeartbeat', { participant_id: 'p-bob', mission_id: 'M042' }],
    [8, 4, 4, 'PresenceHeartbeat', { participant_id: 'p-alice', mission_id: 'M042' }],
    [9, 5, 5, 'ParticipantLeft', { participant_id: 'p-bob', mission_id: 'M042', reason: 'disconnect' }],
    [10, 6, 6, 'PresenceHeartbeat', { participant_id: 'p-bob', mission_id: 'M042' }],
    [11, 7, 7, 'ParticipantLeft', { participant_id: 'p-bob', mission_id: 'M042', reason: 'explicit' }],
    [12, 8, 8, 'PromptStepExecutionCompleted', { participant_id: 'p-alice', mission_id: 'M042', step_id: 's-7', outcome: 'failure' }],
    [13, 9, 9, 'WarningAcknowledged', { participant_id: 'p-alice', mission_id: 'M042', warning_id: 'warn-404', acknowledgement: 'defer' }],
    [14, 10, 10, 'ConcurrentDriverWarning', { warning_id: 'warn-002', mission_id: 'M042', participant_ids: ['p-alice', 'p-bob'], focus_target: { target_type: 'file', target_id: 'src/app.py' }, severity: 'info' }],
  ],
  expected: {
    mission_id: 'M042',
    participants: { 'p-alice': identity('p-alice', 'human', 'Alice') },
    departed_participants: { 'p-bob': identity('p-bob', 'human', 'Bob') },
    presence: { 'p-alice': '2026-03-01T09:00:04Z' },
    active_drivers: [],
    focus_by_participant: {},
    participants_by_focus: {},
    warnings: [
      {
        warning_id: 'warn-002',
        event_id: '01JQ0000000000000000000014',
        warning_type: 'ConcurrentDriverWarning',
        participant_ids: ['p-alice', 'p-bob'],
        acknowledgements: {},
      },
    ],
    decisions: [],
    comments: [],
    active_executions: {},
    linked_sessions: { 'p-bob': ['saas-1'] },
    anomalies: [
      { event_id: '01JQ0000000000000000000010', event_type: 'PresenceHeartbeat', reason: "Unknown participant 'p-bob'" },
      { event_id: '01JQ0000000000000000000011', event_type: 'ParticipantLeft', reason: "Participant 'p-bob' not in roster (duplicate leave or unknown)" },
      { event_id: '01JQ0000000000000000000012', event_type: 'PromptStepExecutionCompleted', reason: "No matching PromptStepExecutionStarted for step 's-7' by participant 'p-alice'" },
      { event_id: '01JQ0000000000000000000013', event_type: 'WarningAcknowledged', reason: "Warning 'warn-404' not found" },
      { event_id: '01JQ0000000000000000000014', event_type: 'ConcurrentDriverWarning', reason: "Unknown participant 'p-bob'" },
    ],
    event_count: 14,
    last_processed_event_id: '01JQ0000000000000000000014',
  },
};

/** The five scenarios shipped as conformance fixtures. */
export const SCENARIO_EXAMPLES: readonly WorkedExample[] = [EXAMPLE_1, EXAMPLE_2, EXAMPLE_3, EXAMPLE_4_STRICT, EXAMPLE_5];
