#!/usr/bin/env node
/**
 * Writes examples/mission.jsonl: a realistic, deterministic mission log (same bytes on every
 * run). Usage: node scripts/make-example.js [output-path]
 *
 * The story: mission M-2026-017 ("checkout retries") with three participants, Ana (human)
 * and two Claude sessions (llm_context, implementer and reviewer). The mission goes through
 * specify → plan → tasks → implement → review, six work packages move through the lanes,
 * WP03 is rolled back from review once, Ana and the implementer drive WP03 at the same time
 * (a ConcurrentDriverWarning, acknowledged by both, then a decision), both agents run the
 * same step once (a PotentialStepCollisionDetected still awaiting one acknowledgement), CI
 * gates report on pull requests, comments form threads, heartbeats keep presence fresh, two
 * events of a type this package does not know are mixed in, and ONE event is invalid on
 * purpose: a WPStatusChanged whose `to_lane` is "in_review" (not a lane), sent by an old CLI
 * and followed by the corrected event, so `validate` and `reduce` show how problems look.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const OUT = path.resolve(process.argv[2] || path.join(__dirname, '..', 'examples', 'mission.jsonl'));

// ---------------------------------------------------------------- deterministic helpers

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(20260302);
const between = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** A ULID: 48-bit millisecond time (10 chars) + 80 random bits (16 chars). */
function ulid(ms) {
  let time = '';
  let t = ms;
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD[t % 32] + time;
    t = Math.floor(t / 32);
  }
  let tail = '';
  for (let i = 0; i < 16; i++) tail += CROCKFORD[Math.floor(rand() * 32)];
  return time + tail;
}
const hex = (n) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(rand() * 16)]).join('');

// ---------------------------------------------------------------- the log

const MISSION = 'M-2026-017';
const FEATURE = '042-checkout-retries';
const PROJECT_UUID = '7c1a2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const PROJECT_SLUG = 'acme-checkout';
const START = Date.parse('2026-03-02T08:30:00Z');
const CORRELATION = ulid(START - 1000);

const ANA = 'p-ana';
const IMPL = 'p-claude-impl';
const REV = 'p-claude-rev';
const IDENTITIES = {
  [ANA]: { participant_id: ANA, participant_type: 'human', display_name: 'Ana Duarte', session_id: 'sess-ana-1' },
  [IMPL]: { participant_id: IMPL, participant_type: 'llm_context', display_name: 'Claude (implementer)', session_id: 'sess-cli-7f3a' },
  [REV]: { participant_id: REV, participant_type: 'llm_context', display_name: 'Claude (reviewer)', session_id: 'sess-cli-91c2' },
};
const CLI_NODE = { [ANA]: 'cli-ana-laptop', [IMPL]: 'cli-agent-impl', [REV]: 'cli-agent-rev' };

const lines = [];
let clock = 0;
let now = START;
const present = new Set();

function iso(ms) {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

function emit(eventType, payload, options = {}) {
  now += options.gap !== undefined ? options.gap * 1000 : between(12, 70) * 1000;
  clock += 1;
  const event = {
    event_id: ulid(now),
    event_type: eventType,
    aggregate_id: options.aggregate || `mission/${MISSION}`,
    payload,
    timestamp: iso(now),
    node_id: options.node || 'saas-eu-1',
    lamport_clock: clock,
    causation_id: options.cause || null,
    project_uuid: PROJECT_UUID,
    project_slug: PROJECT_SLUG,
    correlation_id: CORRELATION,
    schema_version: '2.0.0',
    data_tier: options.tier || 0,
  };
  lines.push(JSON.stringify(event));
  return event.event_id;
}

/** Heartbeats from whoever is present, now and then (they are most of a real log). */
function pulse(times = 1) {
  for (let i = 0; i < times; i++) {
    for (const pid of present) {
      if (rand() < 0.6) {
        emit('PresenceHeartbeat', { participant_id: pid, mission_id: MISSION, session_id: IDENTITIES[pid].session_id }, { gap: between(5, 30) });
      }
    }
  }
}

// Mission-level helpers
const mission = (type, payload) => emit(type, { mission_id: MISSION, ...payload }, { node: 'saas-eu-1' });
let phase = null;
function enterPhase(name, actor) {
  mission('PhaseEntered', { phase_name: name, previous_phase: phase, actor });
  phase = name;
}

// Collaboration helpers
const collab = (type, pid, payload, options = {}) => emit(type, { participant_id: pid, mission_id: MISSION, ...payload }, options);
function join(pid, auth) {
  collab('ParticipantJoined', pid, { participant_identity: IDENTITIES[pid], auth_principal_id: auth });
  present.add(pid);
}
const drive = (pid, intent) => collab('DriveIntentSet', pid, { intent });
const focusOn = (() => {
  const current = {};
  return (pid, target_type, target_id) => {
    const target = { target_type, target_id };
    collab('FocusChanged', pid, { focus_target: target, previous_focus_target: current[pid] || null });
    current[pid] = target;
  };
})();
let commentNo = 0;
const commentEvents = {};
function comment(pid, content, replyTo = null) {
  commentNo += 1;
  const id = `c-${String(commentNo).padStart(3, '0')}`;
  commentEvents[id] = collab('CommentPosted', pid, { comment_id: id, content, reply_to: replyTo }, { cause: replyTo ? commentEvents[replyTo] : null });
  return id;
}
function step(pid, wp, stepId, description, outcome = 'success') {
  collab('PromptStepExecutionStarted', pid, { step_id: stepId, wp_id: wp, step_description: description }, { node: CLI_NODE[pid] });
  pulse(3);
  if (outcome !== null) collab('PromptStepExecutionCompleted', pid, { step_id: stepId, wp_id: wp, outcome }, { node: CLI_NODE[pid] });
}

// Work-package helpers
const wpLast = {};
const wpLane = {};
function move(wp, to, actor, extra = {}) {
  const from = wpLane[wp] === undefined ? null : wpLane[wp];
  const payload = { feature_slug: FEATURE, wp_id: wp, from_lane: from, to_lane: to, actor, force: false, execution_mode: 'worktree', ...extra };
  wpLast[wp] = emit('WPStatusChanged', payload, { aggregate: `${FEATURE}/${wp}`, node: CLI_NODE[actor] || 'saas-eu-1', cause: wpLast[wp] || null });
  wpLane[wp] = to;
}
let prNo = 110;
const prOf = {};
function evidence(wp, files, reviewRef) {
  return {
    repos: [{ repo: 'acme/checkout', branch: `${FEATURE}-${wp}`, commit: hex(40), files_touched: files }],
    verification: [
      { command: 'npm test', result: 'pass', summary: `${between(180, 260)} passed` },
      { command: 'npm run lint', result: 'pass', summary: null },
    ],
    review: { reviewer: REV, verdict: 'approved', reference: reviewRef },
  };
}
let checkRun = 24_118_000;
function gate(wp, conclusion) {
  checkRun += between(3, 40);
  const type = conclusion === 'success' ? 'GatePassed' : 'GateFailed';
  emit(
    type,
    {
      gate_name: 'ci/test',
      gate_type: 'ci',
      conclusion,
      external_provider: 'github',
      check_run_id: checkRun,
      check_run_url: `https://github.com/acme/checkout/runs/${checkRun}`,
      delivery_id: `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`,
      pr_number: prOf[wp],
    },
    { aggregate: `${FEATURE}/${wp}`, node: 'github-webhook', tier: 1 },
  );
}

/** A whole happy path from claimed to done, with agent steps and a review. */
function implementAndReview(wp, files, steps) {
  move(wp, 'claimed', IMPL);
  pulse();
  focusOn(IMPL, 'wp', wp);
  move(wp, 'in_progress', IMPL);
  for (const [stepId, description] of steps) {
    step(IMPL, wp, stepId, description);
    pulse();
  }
  focusOn(IMPL, 'file', files[0]);
  pulse(4);
  prNo += 1;
  prOf[wp] = prNo;
  move(wp, 'for_review', IMPL, { review_ref: null });
  gate(wp, 'success');
  focusOn(REV, 'wp', wp);
  step(REV, wp, `${wp.toLowerCase()}-review`, `Review ${wp} (PR #${prOf[wp]})`);
  pulse();
  move(wp, 'done', REV, { evidence: evidence(wp, files, `PR-${prOf[wp]}#review-1`) });
  pulse();
}

// ---------------------------------------------------------------- the story

mission('MissionStarted', { mission_type: 'software-dev', initial_phase: 'specify', actor: ANA });
phase = 'specify';
join(ANA, 'auth:ana.duarte@acme.example');
collab('SessionLinked', ANA, { primary_session_id: 'cli-ana-laptop-1', linked_session_id: 'sess-ana-1', link_type: 'cli_to_saas' });
drive(ANA, 'active');
focusOn(ANA, 'file', `kitty-specs/${FEATURE}/spec.md`);
pulse(2);
const c1 = comment(ANA, 'Spec draft is up: retries must be idempotent and bounded (max 5, exponential backoff).');
join(REV, 'auth:claude-review@acme.example');
collab('SessionLinked', REV, { primary_session_id: 'cli-agent-rev-1', linked_session_id: 'sess-cli-91c2', link_type: 'cli_to_saas' });
focusOn(REV, 'file', `kitty-specs/${FEATURE}/spec.md`);
pulse();
comment(REV, 'Should the idempotency key be the order id or a per-attempt key?', c1);
const c3 = comment(ANA, 'Order id plus payment intent; a per-attempt key defeats the purpose.', `c-002`);
comment(REV, 'Agreed, adding it to the acceptance criteria.', c3);
pulse(2);
enterPhase('plan', ANA);
focusOn(ANA, 'file', `kitty-specs/${FEATURE}/plan.md`);
pulse(2);
join(IMPL, 'auth:claude-impl@acme.example');
collab('SessionLinked', IMPL, { primary_session_id: 'cli-agent-impl-1', linked_session_id: 'sess-cli-7f3a', link_type: 'cli_to_saas' });
drive(IMPL, 'active');
step(IMPL, null, 'plan-research', 'Survey retry libraries and the payment gateway limits');
pulse(2);
enterPhase('tasks', ANA);
const WPS = ['WP01', 'WP02', 'WP03', 'WP04', 'WP05', 'WP06'];
for (const wp of WPS) move(wp, 'planned', ANA);
pulse(2);
enterPhase('implement', ANA);
pulse();

implementAndReview('WP01', ['src/payments/idempotency.ts', 'src/payments/idempotency.test.ts'], [
  ['wp01-impl', 'Implement the idempotency key store'],
  ['wp01-tests', 'Write tests for duplicate submissions'],
]);
const c5 = comment(REV, 'WP01 merged. Note: key TTL is 24h, document it in WP06.');
comment(ANA, 'Noted, WP06 covers the docs.', c5);
pulse(2);

implementAndReview('WP02', ['src/payments/backoff.ts', 'src/payments/backoff.test.ts'], [
  ['wp02-impl', 'Exponential backoff with jitter'],
  ['wp02-tests', 'Property tests for the backoff bounds'],
]);

// WP03: the implementer claims it, Ana starts driving it too -> concurrent driver warning.
move('WP03', 'claimed', IMPL);
focusOn(IMPL, 'wp', 'WP03');
move('WP03', 'in_progress', IMPL);
collab('PromptStepExecutionStarted', IMPL, { step_id: 'wp03-impl', wp_id: 'WP03', step_description: 'Retry queue worker' }, { node: CLI_NODE[IMPL] });
pulse();
focusOn(ANA, 'wp', 'WP03');
pulse();
const warning = emit(
  'ConcurrentDriverWarning',
  { warning_id: 'warn-001', mission_id: MISSION, participant_ids: [ANA, IMPL], focus_target: { target_type: 'wp', target_id: 'WP03' }, severity: 'warning' },
  { node: 'observer-saas' },
);
collab('WarningAcknowledged', ANA, { warning_id: 'warn-001', acknowledgement: 'continue' }, { cause: warning });
collab('WarningAcknowledged', IMPL, { warning_id: 'warn-001', acknowledgement: 'hold' }, { cause: warning, node: CLI_NODE[IMPL] });
collab('PromptStepExecutionCompleted', IMPL, { step_id: 'wp03-impl', wp_id: 'WP03', outcome: 'skipped' }, { node: CLI_NODE[IMPL] });
drive(IMPL, 'inactive');
const c7 = comment(ANA, 'I will pair on WP03: the queue touches the gateway contract I am changing.');
comment(IMPL, 'Holding WP03 until the gateway contract lands; picking up WP04 meanwhile.', c7);
collab('DecisionCaptured', ANA, {
  decision_id: 'dec-001',
  topic: 'Who finishes WP03?',
  chosen_option: 'Ana drives WP03; the implementer holds and takes WP04',
  rationale: 'The gateway contract change and the queue must land together.',
  referenced_warning_id: 'warn-001',
});
pulse(2);
step(ANA, 'WP03', 'wp03-gateway', 'Gateway contract v2 and the queue worker');
pulse(2);

// WP04 starts in parallel.
drive(IMPL, 'active');
move('WP04', 'claimed', IMPL);
focusOn(IMPL, 'wp', 'WP04');
move('WP04', 'in_progress', IMPL);
step(IMPL, 'WP04', 'wp04-schema', 'Persist retry attempts');
pulse(2);

// WP03 goes to review, CI fails, the review sends it back: the one review rollback.
prNo += 1;
prOf.WP03 = prNo;
move('WP03', 'for_review', ANA);
enterPhase('review', ANA);
gate('WP03', 'failure');
focusOn(REV, 'wp', 'WP03');
step(REV, 'WP03', 'wp03-review', `Review WP03 (PR #${prOf.WP03})`);
const c9 = comment(REV, 'WP03: the worker retries non-idempotent refunds; CI fails on the refund suite.');
move('WP03', 'in_progress', REV, { review_ref: `PR-${prOf.WP03}#review-1` });
mission('ReviewRollback', { review_ref: `PR-${prOf.WP03}`, target_phase: 'implement', affected_wp_ids: ['WP03'], actor: REV });
phase = 'implement';
comment(ANA, 'Good catch, refunds are excluded from retries now.', c9);
pulse(2);
step(ANA, 'WP03', 'wp03-fix', 'Exclude refunds from the retry queue');
gate('WP03', 'success');
move('WP03', 'for_review', ANA);
step(REV, 'WP03', 'wp03-review-2', `Re-review WP03 (PR #${prOf.WP03})`);
move('WP03', 'done', REV, { evidence: evidence('WP03', ['src/payments/retry-queue.ts', 'src/gateway/contract.ts'], `PR-${prOf.WP03}#review-2`) });
pulse(2);

// Both agents run the test suite step on WP04 at once: a step collision, one ack so far.
collab('PromptStepExecutionStarted', IMPL, { step_id: 'wp04-tests', wp_id: 'WP04', step_description: 'Run the retry test suite' }, { node: CLI_NODE[IMPL] });
collab('PromptStepExecutionStarted', REV, { step_id: 'wp04-tests', wp_id: 'WP04', step_description: 'Run the retry test suite' }, { node: CLI_NODE[REV] });
const collision = emit(
  'PotentialStepCollisionDetected',
  { warning_id: 'warn-002', mission_id: MISSION, participant_ids: [IMPL, REV], step_id: 'wp04-tests', wp_id: 'WP04', severity: 'info' },
  { node: 'observer-saas' },
);
collab('WarningAcknowledged', REV, { warning_id: 'warn-002', acknowledgement: 'defer' }, { cause: collision, node: CLI_NODE[REV] });
collab('PromptStepExecutionCompleted', REV, { step_id: 'wp04-tests', wp_id: 'WP04', outcome: 'skipped' }, { node: CLI_NODE[REV] });
pulse(2);

// WP05: implemented by Ana's CLI; an old CLI build sends "in_review" (not a lane), then the fix.
move('WP05', 'claimed', ANA);
drive(ANA, 'active');
focusOn(ANA, 'wp', 'WP05');
move('WP05', 'in_progress', ANA);
step(ANA, 'WP05', 'wp05-impl', 'Surface retry state in the order page');
pulse();
emit(
  'WPStatusChanged',
  { feature_slug: FEATURE, wp_id: 'WP05', from_lane: 'in_progress', to_lane: 'in_review', actor: ANA, force: false, execution_mode: 'worktree' },
  { aggregate: `${FEATURE}/WP05`, node: 'cli-ana-laptop-legacy', cause: wpLast.WP05 },
);
comment(ANA, 'My old CLI sent "in_review" for WP05; resending with the right lane.');
prNo += 1;
prOf.WP05 = prNo;
move('WP05', 'for_review', ANA);
gate('WP05', 'success');
focusOn(REV, 'wp', 'WP05');
collab('PromptStepExecutionStarted', REV, { step_id: 'wp05-review', wp_id: 'WP05', step_description: `Review WP05 (PR #${prOf.WP05})` }, { node: CLI_NODE[REV] });
pulse(2);

// Events from another tool share the stream: unknown types, checked as envelopes only.
emit('DeploymentPreviewReady', { url: 'https://preview.acme.example/pr-115', pr_number: 115 }, { aggregate: `${FEATURE}/WP05`, node: 'preview-bot' });
collab('PromptStepExecutionCompleted', IMPL, { step_id: 'wp04-tests', wp_id: 'WP04', outcome: 'failure' }, { node: CLI_NODE[IMPL] });
focusOn(IMPL, 'file', 'src/payments/retry-store.ts');
collab('PromptStepExecutionStarted', IMPL, { step_id: 'wp04-fix', wp_id: 'WP04', step_description: 'Fix the flaky attempt counter' }, { node: CLI_NODE[IMPL] });
pulse(3);
emit('DeploymentPreviewReady', { url: 'https://preview.acme.example/pr-115', pr_number: 115, rebuilt: true }, { aggregate: `${FEATURE}/WP05`, node: 'preview-bot' });
enterPhase('review', ANA);
comment(REV, 'WP05 review in progress; WP04 still needs the counter fix before review.');
pulse(3);

fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, `${lines.join('\n')}\n`);
process.stdout.write(`wrote ${lines.length} events to ${path.relative(process.cwd(), OUT)}\n`);
