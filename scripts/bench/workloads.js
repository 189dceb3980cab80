/**
 * Event logs for scripts/bench.js: the committed reference workload and corpus (bench/data/),
 * repetitions of it with fresh ids, and generated logs. Deterministic (seeded), built with the
 * compiled library in dist/ (run `npm run build` first; `npm run bench` does).
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const DIST = path.join(__dirname, '..', '..', 'dist');
const lib = require(path.join(DIST, 'v2', 'index.js'));
const { mulberry32 } = require(path.join(DIST, 'v2', 'collaboration', 'workload.js'));
const { benchId } = require('./reducers-6');

const PROJECT_UUID = '12345678-1234-5678-1234-567812345678';
const CORRELATION_ID = '01JBENCHRUN000000000000042';
const BASE_MS = Date.UTC(2026, 0, 1);

const timestampFor = (clock) => new Date(BASE_MS + clock * 1000).toISOString().replace('.000Z', 'Z');
function envelopeDict(clock, eventType, aggregateId, payload) {
  return {
    event_id: benchId(clock),
    event_type: eventType,
    aggregate_id: aggregateId,
    payload,
    timestamp: timestampFor(clock),
    node_id: 'bench-node-1',
    lamport_clock: clock,
    project_uuid: PROJECT_UUID,
    correlation_id: CORRELATION_ID,
  };
}

const EVIDENCE = Object.freeze({
  repos: [{ repo: 'acme/checkout', branch: 'feature', commit: 'abc1234' }],
  verification: [{ command: 'npm test', result: 'pass' }],
  review: { reviewer: 'reviewer', verdict: 'approved' },
});

/**
 * A status log of `count` WPStatusChanged events: work packages move planned → claimed →
 * in_progress → for_review → done, 10% of reviews roll back once (for_review → in_progress
 * with a review_ref), 200 WPs are in flight at a time. With `mission: true` the log also
 * holds a MissionStarted, a PhaseEntered every ~400 events, a ReviewRollback now and then
 * and 1% events of an unknown type (the lifecycle reducer's input).
 */
function statusLogDicts(count, { mission = false, seed = 7 } = {}) {
  const random = mulberry32(seed);
  const dicts = [];
  const inFlight = [];
  let nextWp = 0;
  const newWp = () => ({ id: `WP${String(++nextWp).padStart(5, '0')}`, lane: null, rolledBack: false });
  for (let i = 0; i < 200; i++) inFlight.push(newWp());
  const phases = ['specify', 'plan', 'tasks', 'implement', 'review'];
  let phase = 0;
  let clock = 0;
  const push = (type, aggregate, payload) => {
    clock++;
    dicts.push(envelopeDict(clock, type, aggregate, payload));
  };
  if (mission) push('MissionStarted', 'mission/M-BENCH', { mission_id: 'M-BENCH', mission_type: 'software-dev', initial_phase: 'specify', actor: 'lead' });
  while (dicts.length < count) {
    const roll = random();
    if (mission && roll < 0.0025) {
      const previous = phases[phase];
      phase = (phase + 1) % phases.length;
      push('PhaseEntered', 'mission/M-BENCH', { mission_id: 'M-BENCH', phase_name: phases[phase], previous_phase: previous, actor: 'lead' });
      continue;
    }
    if (mission && roll < 0.003) {
      push('ReviewRollback', 'mission/M-BENCH', { mission_id: 'M-BENCH', review_ref: `PR-${clock}`, target_phase: 'implement', affected_wp_ids: [], actor: 'reviewer' });
      continue;
    }
    if (mission && roll < 0.013) {
      push('DeploymentPreviewReady', 'mission/M-BENCH', { url: `https://preview.example/${clock}` });
      continue;
    }
    const slot = Math.floor(random() * inFlight.length);
    const wp = inFlight[slot];
    const base = { feature_slug: 'bench', wp_id: wp.id, actor: 'agent', execution_mode: 'worktree' };
    let payload;
    switch (wp.lane) {
      case null:
        payload = { ...base, from_lane: null, to_lane: 'planned' };
        break;
      case 'planned':
        payload = { ...base, from_lane: 'planned', to_lane: 'claimed' };
        break;
      case 'claimed':
        payload = { ...base, from_lane: 'claimed', to_lane: 'in_progress' };
        break;
      case 'in_progress':
        payload = { ...base, from_lane: 'in_progress', to_lane: 'for_review' };
        break;
      case 'for_review':
        if (!wp.rolledBack && random() < 0.1) {
          wp.rolledBack = true;
          payload = { ...base, from_lane: 'for_review', to_lane: 'in_progress', review_ref: `PR-${wp.id}#1` };
        } else {
          payload = { ...base, from_lane: 'for_review', to_lane: 'done', evidence: EVIDENCE };
        }
        break;
      default:
        throw new Error(`unexpected lane ${wp.lane}`);
    }
    wp.lane = payload.to_lane;
    push('WPStatusChanged', `bench/${wp.id}`, payload);
    if (wp.lane === 'done') inFlight[slot] = newWp();
  }
  return dicts;
}

const toEvents = (dicts) => dicts.map((d) => lib.Event.fromDict(d));

/** The committed copy of the reference's own 10k collaboration workload (scripts/bench/make_bench_data.py). */
const COLLABORATION_FILE = path.join(__dirname, '..', '..', 'bench', 'data', 'collaboration-10k.json');
/** The committed validation corpus (same script). */
const CORPUS_FILE = path.join(__dirname, '..', '..', 'bench', 'data', 'validate-corpus.json');

/** The committed workload, parsed: {doc, events (v2 Events), roster (Map of ParticipantIdentity)}. */
function loadCollaboration() {
  const doc = JSON.parse(fs.readFileSync(COLLABORATION_FILE, 'utf8'));
  const roster = new Map(Object.entries(doc.roster).map(([id, identity]) => [id, lib.ParticipantIdentity.fromDict(identity)]));
  return { doc, events: doc.events.map((d) => lib.Event.fromDict(d)), roster };
}

/**
 * Repetition `r` of the workload's event dicts: every id fresh (`benchId`, varying in every
 * position), every clock shifted by r × the workload's clock span, timestamps following the
 * clocks as in the reference's generator (2026-01-01 + clock seconds).
 */
function collaborationRepetition(doc, r) {
  const span = doc.events.reduce((max, e) => Math.max(max, e.lamport_clock), 0);
  const n = doc.events.length;
  return doc.events.map((d, i) => {
    const clock = r * span + d.lamport_clock;
    return { ...d, event_id: benchId(r * n + i), lamport_clock: clock, timestamp: timestampFor(clock) };
  });
}

/**
 * `times` repetitions as Events, each repetition through JSON.stringify / JSON.parse first, so
 * the strings are what a JSON load gives (not the literals of a generator).
 */
function repeatedCollaboration(doc, times) {
  const events = [];
  for (let r = 0; r < times; r++) {
    for (const d of JSON.parse(JSON.stringify(collaborationRepetition(doc, r)))) events.push(lib.Event.fromDict(d));
  }
  return events;
}

/**
 * Writes a JSON Lines log of `lines` events (the committed workload repeated with fresh ids);
 * one line in 10,000 has an invalid payload and one in 10,000 is not JSON, so the report has
 * something to say. Returns the counts written.
 */
async function writeJsonlLog(file, lines, doc) {
  const out = fs.createWriteStream(file);
  let invalid = 0;
  let malformed = 0;
  let buffer = [];
  let repetition = [];
  const flush = async () => {
    if (buffer.length === 0) return;
    const chunk = buffer.join('');
    buffer = [];
    if (!out.write(chunk)) await new Promise((resolve) => out.once('drain', resolve));
  };
  const n = doc.events.length;
  for (let k = 0; k < lines; k++) {
    if (k % n === 0) repetition = collaborationRepetition(doc, k / n);
    const d = repetition[k % n];
    let line;
    if (k % 10_000 === 5_000) {
      malformed++;
      line = '{"event_id": "truncated';
    } else if (k % 10_000 === 7_500) {
      invalid++;
      line = JSON.stringify({ ...d, payload: { ...d.payload, mission_id: '' } });
    } else {
      line = JSON.stringify(d);
    }
    buffer.push(line, '\n');
    if (buffer.length >= 20_000) await flush();
  }
  await flush();
  await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
  return { lines, invalid, malformed };
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * `count` distinct 26-unit ids equal everywhere except a 6-unit block at position `at`
 * (the shape that defeated a hash reading only some units: `at` 4..9 hid in the middle).
 */
function idsVaryingAt(count, at) {
  const base = '01JT7Q9W3X5Z8B2N4M6K0P1R3S';
  const out = new Array(count);
  for (let n = 0; n < count; n++) {
    let block = '';
    for (let k = 0, v = n; k < 6; k++, v = Math.floor(v / 32)) block += CROCKFORD[v % 32];
    out[n] = base.slice(0, at) + block + base.slice(at + 6);
  }
  return out;
}

/** `count` random 26-unit Crockford ids (seeded). */
function randomIds(count, seed = 11) {
  const random = mulberry32(seed);
  const out = new Array(count);
  for (let n = 0; n < count; n++) {
    let id = '';
    for (let k = 0; k < 26; k++) id += CROCKFORD[Math.floor(random() * 32)];
    out[n] = id;
  }
  return out;
}

module.exports = {
  lib,
  COLLABORATION_FILE,
  CORPUS_FILE,
  statusLogDicts,
  toEvents,
  loadCollaboration,
  collaborationRepetition,
  repeatedCollaboration,
  writeJsonlLog,
  idsVaryingAt,
  randomIds,
  benchId,
};
