/**
 * SCHEMAS_AND_CONFORMANCE.md §3: every row of the layer-disagreement table, as data.
 * `model` / `schema`: whether that layer produced violations in the reference; `modelViolations`
 * lists `field type`, `schemaViolations` lists `json_path keyword`, in reported order.
 */
export const E0 = {
  event_id: '01JMXXXXXXXXXXXXXXXXXXXXXX',
  event_type: 'TestEvent',
  aggregate_id: 'agg',
  timestamp: '2026-01-15T10:00:00Z',
  node_id: 'n',
  lamport_clock: 1,
  project_uuid: 'a1b2c3d4-e5f6-7890-abcd-ef1234567890',
  correlation_id: '01JMYYYYYYYYYYYYYYYYYYYYYY',
} as const;
export const W0 = { feature_slug: 'f', wp_id: 'WP01', from_lane: 'planned', to_lane: 'claimed', actor: 'a', execution_mode: 'worktree' } as const;
export const G0 = {
  gate_name: 'ci/build',
  gate_type: 'ci',
  conclusion: 'success',
  external_provider: 'github',
  check_run_id: 12345,
  check_run_url: 'https://github.com/owner/repo/runs/12345',
  delivery_id: 'abc',
} as const;
export const C0 = {
  warning_id: 'w',
  mission_id: 'M',
  participant_ids: ['a', 'b'],
  focus_target: { target_type: 'wp', target_id: 'WP03' },
  severity: 'warning',
} as const;
export const F0 = { participant_id: 'p', mission_id: 'M', focus_target: { target_type: 'wp', target_id: 'WP03' } } as const;
export const P0 = { participant_id: 'p', participant_identity: { participant_id: 'p', participant_type: 'human' }, mission_id: 'M' } as const;
export const EV = { repos: [{ repo: 'r', branch: 'b', commit: 'c' }], review: { reviewer: 'x', verdict: 'ok' } } as const;

const BASES = { Event: E0, WPStatusChanged: W0, GatePassed: G0, ConcurrentDriverWarning: C0, FocusChanged: F0, ParticipantJoined: P0 } as const;

export interface TableRow {
  readonly row: number;
  readonly eventType: keyof typeof BASES;
  readonly change: Readonly<Record<string, unknown>>;
  readonly model: 'accept' | 'reject';
  readonly schema: 'accept' | 'reject';
  readonly valid: boolean;
  readonly modelViolations: readonly string[];
  readonly schemaViolations: readonly string[];
}

function r(
  row: number,
  eventType: keyof typeof BASES,
  change: Record<string, unknown>,
  model: 'accept' | 'reject',
  schema: 'accept' | 'reject',
  modelViolations: readonly string[] = [],
  schemaViolations: readonly string[] = [],
): TableRow {
  return { row, eventType, change, model, schema, valid: model === 'accept' && schema === 'accept', modelViolations, schemaViolations };
}

export const TABLE: readonly TableRow[] = [
  // A. Model accepts, schema rejects
  r(1, 'Event', { lamport_clock: '5' }, 'accept', 'reject', [], ['$.lamport_clock type']),
  r(2, 'Event', { lamport_clock: ' 5 ' }, 'accept', 'reject', [], ['$.lamport_clock type']),
  r(3, 'Event', { lamport_clock: '1_000' }, 'accept', 'reject', [], ['$.lamport_clock type']),
  r(4, 'Event', { lamport_clock: true }, 'accept', 'reject', [], ['$.lamport_clock type']),
  r(5, 'Event', { lamport_clock: false }, 'accept', 'reject', [], ['$.lamport_clock type']),
  r(6, 'Event', { data_tier: '2' }, 'accept', 'reject', [], ['$.data_tier type']),
  r(7, 'Event', { data_tier: true }, 'accept', 'reject', [], ['$.data_tier type']),
  r(8, 'Event', { timestamp: 1700000000 }, 'accept', 'reject', [], ['$.timestamp type']),
  r(9, 'Event', { timestamp: 1700000000000 }, 'accept', 'reject', [], ['$.timestamp type']),
  r(10, 'WPStatusChanged', { force: 0 }, 'accept', 'reject', [], ['$.force type']),
  r(11, 'WPStatusChanged', { force: 'false' }, 'accept', 'reject', [], ['$.force type']),
  r(12, 'WPStatusChanged', { force: 1, reason: 'r' }, 'accept', 'reject', [], ['$.force type']),
  r(13, 'WPStatusChanged', { force: 'yes', reason: 'r' }, 'accept', 'reject', [], ['$.force type']),
  r(14, 'WPStatusChanged', { to_lane: 'doing' }, 'accept', 'reject', [], ['$.to_lane enum']),
  r(15, 'WPStatusChanged', { from_lane: 'doing' }, 'accept', 'reject', [], ['$.from_lane anyOf']),
  // B. Model rejects, schema accepts
  r(16, 'WPStatusChanged', { force: true }, 'reject', 'accept', [' value_error']),
  r(17, 'WPStatusChanged', { force: true, reason: '  ' }, 'reject', 'accept', [' value_error']),
  r(18, 'WPStatusChanged', { force: true, reason: '' }, 'reject', 'accept', [' value_error']),
  r(19, 'WPStatusChanged', { to_lane: 'done' }, 'reject', 'accept', [' value_error']),
  r(20, 'WPStatusChanged', { to_lane: 'done', force: true }, 'reject', 'accept', [' value_error']),
  r(21, 'Event', { timestamp: 'not-a-date' }, 'reject', 'accept', ['timestamp datetime_from_date_parsing']),
  r(22, 'Event', { timestamp: '2026-13-45T10:00:00Z' }, 'reject', 'accept', ['timestamp datetime_from_date_parsing']),
  r(23, 'Event', { timestamp: '' }, 'reject', 'accept', ['timestamp datetime_from_date_parsing']),
  r(24, 'Event', { timestamp: '2016-12-31T23:59:60Z' }, 'reject', 'accept', ['timestamp datetime_from_date_parsing']),
  r(25, 'Event', { timestamp: '2026-01-15T10:00:00+25:00' }, 'reject', 'accept', ['timestamp datetime_from_date_parsing']),
  r(26, 'Event', { project_uuid: 'not-a-uuid' }, 'reject', 'accept', ['project_uuid uuid_parsing']),
  r(27, 'Event', { project_uuid: 'a1b2c3d4-e5f6-7890-abcd-ef123456789' }, 'reject', 'accept', ['project_uuid uuid_parsing']),
  r(28, 'Event', { project_uuid: 'a1b2c3d4-e5f6-7890-abcd-ef1234567890 ' }, 'reject', 'accept', ['project_uuid uuid_parsing']),
  r(29, 'Event', { schema_version: '1.0.0\n' }, 'reject', 'accept', ['schema_version string_pattern_mismatch']),
  r(30, 'GatePassed', { check_run_url: 'ftp://example.com/x' }, 'reject', 'accept', ['check_run_url url_scheme']),
  r(31, 'GatePassed', { check_run_url: 'mailto:a@b.c' }, 'reject', 'accept', ['check_run_url url_scheme']),
  r(32, 'GatePassed', { check_run_url: 'not a url' }, 'reject', 'accept', ['check_run_url url_parsing']),
  r(33, 'GatePassed', { check_run_url: 'https://' }, 'reject', 'accept', ['check_run_url url_parsing']),
  r(34, 'GatePassed', { check_run_url: '//github.com/x' }, 'reject', 'accept', ['check_run_url url_parsing']),
  r(35, 'GatePassed', { check_run_id: 12345.0 }, 'reject', 'accept', ['check_run_id int_type']),
  r(36, 'GatePassed', { pr_number: 5.0 }, 'reject', 'accept', ['pr_number int_type']),
  // C. Both accept
  r(37, 'Event', { timestamp: '2026-01-15' }, 'accept', 'accept'),
  r(38, 'Event', { timestamp: '1700000000' }, 'accept', 'accept'),
  r(39, 'Event', { timestamp: '2026-01-15T10:00:00' }, 'accept', 'accept'),
  r(40, 'Event', { timestamp: '2026-01-15 10:00:00Z' }, 'accept', 'accept'),
  r(41, 'Event', { timestamp: '2026-01-15T10:00Z' }, 'accept', 'accept'),
  r(42, 'Event', { timestamp: '2026-01-15t10:00:00z' }, 'accept', 'accept'),
  r(43, 'Event', { project_uuid: 'a1b2c3d4e5f67890abcdef1234567890' }, 'accept', 'accept'),
  r(44, 'Event', { project_uuid: '{a1b2c3d4-e5f6-7890-abcd-ef1234567890}' }, 'accept', 'accept'),
  r(45, 'Event', { project_uuid: 'urn:uuid:a1b2c3d4-e5f6-7890-abcd-ef1234567890' }, 'accept', 'accept'),
  r(46, 'Event', { project_uuid: 'A1B2C3D4-E5F6-7890-ABCD-EF1234567890' }, 'accept', 'accept'),
  r(47, 'Event', { schema_version: '\u0661.\u0660.\u0660' }, 'accept', 'accept'),
  r(48, 'Event', { schema_version: '01.002.3' }, 'accept', 'accept'),
  r(49, 'Event', { event_id: 'AAAAAAAAAAAAAAAAAAAAAAAAA\uFE0F' }, 'accept', 'accept'),
  r(50, 'Event', { event_id: 'AAAAAAAAAAAAAAAAAAAAAAAAA\uD83D\uDE00' }, 'accept', 'accept'),
  r(51, 'Event', { lamport_clock: 5.0 }, 'accept', 'accept'),
  r(52, 'Event', { lamport_clock: 2 ** 70 }, 'accept', 'accept'),
  r(53, 'WPStatusChanged', { actor: ' ' }, 'accept', 'accept'),
  r(54, 'WPStatusChanged', { unknown_key: 1 }, 'accept', 'accept'),
  r(55, 'FocusChanged', { focus_target: { target_type: 'wp', target_id: 'WP03', extra: 1 } }, 'accept', 'accept'),
  r(56, 'ConcurrentDriverWarning', { participant_ids: ['a', 'a'] }, 'accept', 'accept'),
  r(57, 'ParticipantJoined', { participant_identity: { participant_id: 'q', participant_type: 'human' } }, 'accept', 'accept'),
  r(58, 'WPStatusChanged', { from_lane: null, to_lane: 'done', evidence: EV }, 'accept', 'accept'),
  r(59, 'GatePassed', { check_run_url: 'https://github.com' }, 'accept', 'accept'),
  // D. Both reject
  r(60, 'WPStatusChanged', { actor: 42 }, 'reject', 'reject', ['actor string_type'], ['$.actor type']),
  r(61, 'WPStatusChanged', { force: 'true' }, 'reject', 'reject', [' value_error'], ['$.force type']),
  r(62, 'WPStatusChanged', { to_lane: 'DOING' }, 'reject', 'reject', ['to_lane enum'], ['$.to_lane enum']),
  r(63, 'GatePassed', { check_run_id: '12345' }, 'reject', 'reject', ['check_run_id int_type'], ['$.check_run_id type']),
  r(64, 'GatePassed', { check_run_id: true }, 'reject', 'reject', ['check_run_id int_type'], ['$.check_run_id type']),
  r(65, 'GatePassed', { pr_number: '5' }, 'reject', 'reject', ['pr_number int_type'], ['$.pr_number anyOf']),
  r(66, 'Event', { data_tier: null }, 'reject', 'reject', ['data_tier int_type'], ['$.data_tier type']),
  r(67, 'WPStatusChanged', { force: null }, 'reject', 'reject', ['force bool_type'], ['$.force type']),
  r(68, 'Event', { lamport_clock: 1.5 }, 'reject', 'reject', ['lamport_clock int_from_float'], ['$.lamport_clock type']),
  r(69, 'WPStatusChanged', { execution_mode: null }, 'reject', 'reject', ['execution_mode enum'], ['$.execution_mode enum', '$.execution_mode type']),
];

/** The row's payload: a fresh copy of its base with the change applied. */
export function rowPayload(row: TableRow): Record<string, unknown> {
  return { ...(JSON.parse(JSON.stringify(BASES[row.eventType])) as Record<string, unknown>), ...row.change };
}
