/**
 * The 6.1.0 reducers side by side with the reference (issues 13 and 14, performance): each
 * reducer on a 10,000-event log made from its committed golden logs (test/golden/6.1.0/), with
 * fresh ids that vary in every position and increasing clocks, loaded from JSON; the reference
 * reduces the same file (scripts/bench/reference.py reduce) where python3 with pydantic
 * and the reference are found; then the port alone at 100k and 1M events (linear growth:
 * 1M time / (10 × 100k time)).
 *
 * Run alone: `npm run build && node --expose-gc scripts/bench/reducers-6.js` (with the growth
 * runs); `npm run bench` runs it after its 2.1.0 reducer rows, without the growth runs unless
 * BENCH_GROWTH=1. BENCH_QUICK=1 skips them.
 */
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { gc, measure, median, timeOnce } = require('./timing');
const reference = require('./reference');

const ROOT = path.resolve(__dirname, '..', '..');
const GOLDEN = path.join(ROOT, 'test', 'golden', '6.1.0');
const QUICK = process.env.BENCH_QUICK === '1';
/** Port and reference alternate in this many rounds (the median of the rounds' medians). */
const ROUNDS = QUICK ? 1 : 3;
/** The growth runs to 1M events (minutes): run alone, or in `npm run bench` with BENCH_GROWTH=1. */
const GROWTH = !QUICK && (process.env.BENCH_GROWTH === '1' || require.main === module);

/** Reducer name → [golden file, TS function name, reference module, reference function]. */
const REDUCERS = [
  ['status', 'status-reducer.json', 'reduceStatusEvents', 'status', 'reduce_status_events'],
  ['lifecycle', 'lifecycle-reducer.json', 'reduceLifecycleEvents', 'lifecycle', 'reduce_lifecycle_events'],
  ['glossary (permissive)', 'glossary-reducer.json', 'reduceGlossaryEvents', 'glossary', 'reduce_glossary_events'],
  ['mission-next', 'mission-next-reducer.json', 'reduceMissionNextEvents', 'mission_next', 'reduce_mission_next_events'],
  ['connector', 'connector-reducer.json', 'reduceConnectorEvents', 'connector', 'reduce_connector_events'],
  ['sync', 'sync-reducer.json', 'reduceSyncEvents', 'sync', 'reduce_sync_events'],
];

const ENVELOPE_DEFAULTS = {
  aggregate_id: 'bench',
  build_id: 'bench-build',
  node_id: 'node-1',
  project_uuid: '12345678-1234-5678-1234-567812345678',
  correlation_id: '01HV00000000000000000000CR',
  timestamp: '2026-01-01T00:00:00+00:00',
};
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A 26-character id for n whose every position varies (a mixed-radix scramble). */
function benchId(n) {
  let x = (n * 2654435761) >>> 0;
  let y = (n * 40503 + 977) >>> 0;
  let out = '';
  for (let i = 0; i < 26; i++) {
    const v = i % 2 === 0 ? x : y;
    out += CROCKFORD[(v >>> ((i * 3) % 27)) & 31];
    if (i % 2 === 0) x = Math.imul(x ^ (x >>> 13), 0x5bd1e995) >>> 0;
    else y = Math.imul(y ^ (y >>> 11), 0x27d4eb2d) >>> 0;
  }
  return out.slice(0, 20) + String(n).padStart(6, '0').slice(-6);
}

/** `count` envelopes cycled from the golden logs of `file`, each with a fresh id and clock. */
function logFrom(file, count) {
  const cases = JSON.parse(fs.readFileSync(path.join(GOLDEN, file), 'utf8'));
  const pool = [];
  for (const c of cases) {
    // Logs the reference reduces to a state (not those where it raises).
    const outcome = c.result ?? c.permissive ?? c.expected;
    if (outcome !== undefined && outcome !== null && typeof outcome === 'object' && 'error' in outcome) continue;
    const events = [...c.events].sort((a, b) => a.lamport_clock - b.lamport_clock);
    for (const e of events) pool.push(e);
  }
  const out = [];
  for (let i = 0; i < count; i++) {
    const e = pool[i % pool.length];
    const event = { ...ENVELOPE_DEFAULTS, ...e, event_id: benchId(i), lamport_clock: i + 1 };
    // Real ingest sees a fresh delivery per sync event (the golden logs reuse a few on purpose).
    if (event.payload && typeof event.payload.delivery_id === 'string') event.payload = { ...event.payload, delivery_id: `${event.payload.delivery_id}-${i}` };
    out.push(event);
  }
  return out;
}

const fmtMs = (ms) => (ms < 10 ? `${ms.toFixed(2)} ms` : ms < 1000 ? `${ms.toFixed(1)} ms` : `${(ms / 1000).toFixed(2)} s`);

/**
 * Runs the section; `row({path, port, reference, ratio, target, verdict})` receives each table
 * row. In each round the port's 10k runs come first (median of 30 after 10 warm-ups), then the
 * reference's (one process, median of 5 after one warm-up), both timing the reducer call only.
 */
function benchReducers6(row, log = (text) => process.stderr.write(`bench: ${text}\n`)) {
  const lib = require(path.join(ROOT, 'dist', 'index.js'));
  const withReference = reference.available('6.1.0');
  if (!withReference) log('python3 with pydantic and the 6.1.0 reference not found: port side only');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ske-bench6-'));
  const jobs = [];
  const ours = [];
  try {
    for (const [name, file, fn, module, pyFn] of REDUCERS) {
      const reduce = name.startsWith('glossary') ? (events) => lib[fn](events, { mode: 'permissive' }) : lib[fn];
      const dicts = logFrom(file, 10_000);
      const jsonPath = path.join(tmp, `${fn}.json`);
      fs.writeFileSync(jsonPath, JSON.stringify(dicts));
      const events = JSON.parse(fs.readFileSync(jsonPath, 'utf8')).map((d) => lib.Event.fromDict(d));
      ours.push({ name, fn, reduce, file, events, port: [], ref: [] });
      jobs.push({ name, path: jsonPath, module, function: pyFn, kwargs: name.startsWith('glossary') ? { mode: 'permissive' } : {} });
    }
    for (let k = 0; k < ROUNDS; k++) {
      for (const entry of ours) {
        log(`3b. ${entry.name} reducer (6.1.0), 10k events (round ${k + 1} of ${ROUNDS})`);
        entry.port.push(measure(() => entry.reduce(entry.events), { warmup: QUICK ? 3 : 10, runs: QUICK ? 10 : 30 }).median);
      }
      if (!withReference) continue;
      log(`3b. 6.1.0 reference reducers, 10k events (round ${k + 1} of ${ROUNDS})`);
      const times = reference.reduceTimes('6.1.0', jobs, QUICK ? 3 : 5);
      for (const entry of ours) entry.ref.push(times[entry.name]);
    }
    for (const entry of ours) {
      entry.ms = median(entry.port);
      entry.events = null;
      const ref = withReference ? median(entry.ref) : undefined;
      const ratio = ref === undefined ? null : ref / entry.ms;
      row({
        path: `3b. ${entry.name} reducer (6.1.0), 10k-event JSON log (golden logs cycled, fresh ids)`,
        port: fmtMs(entry.ms),
        reference: ref === undefined ? '—' : fmtMs(ref),
        ratio: ratio === null ? '—' : `${ratio.toFixed(1)}×`,
        target: '≥ 20×',
        verdict: ratio === null ? '—' : ratio >= 20 ? '✓' : '✗',
      });
    }
    for (const entry of GROWTH ? ours : []) {
      gc();
      const sizes = [100_000, 1_000_000];
      const growth = sizes.map((size) => {
        log(`3c. ${entry.name} reducer (6.1.0), ${size.toLocaleString('en-US')} events`);
        const events = logFrom(entry.file, size).map((d) => lib.Event.fromDict(d));
        gc();
        const [ms] = timeOnce(() => entry.reduce(events));
        return ms;
      });
      const ratio = growth[1] / (10 * growth[0]);
      row({
        path: `3c. ${entry.name} reducer (6.1.0), growth 100k → 1M (1M time / 10 × 100k time)`,
        port: `${fmtMs(growth[0])} → ${fmtMs(growth[1])}`,
        reference: '—',
        ratio: ratio.toFixed(2),
        target: '≤ 1.5',
        verdict: ratio <= 1.5 ? '✓' : '✗',
      });
    }
    gc();
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

module.exports = { benchReducers6, logFrom, benchId };

if (require.main === module) {
  const rows = [];
  benchReducers6((r) => rows.push([r.path, r.port, r.reference, r.ratio, r.target, r.verdict]));
  process.stdout.write(`\n6.1.0 reducers — ${os.cpus()[0]?.model.trim()}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(2)}\n\n| path | port | reference | ratio | target | verdict |\n|---|---|---|---|---|---|\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n`);
}
