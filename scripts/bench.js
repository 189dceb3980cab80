#!/usr/bin/env node
/**
 * `npm run bench` (= `npm run build && node --expose-gc scripts/bench.js`): one command, one
 * table. Not part of `npm test`.
 *
 *  1. collaboration reducer, 10k reference workload (COLLABORATION.md §10: 50 llm_context
 *     participants, permissive, seeded roster), median of many runs after warm-up;
 *  2. the same workload repeated to 1M events with fresh ids: time, ratio to 100× the 10k
 *     time, heap used;
 *  3. status and lifecycle reducers on generated 100k-event logs;
 *  4. validateEvent throughput over the fixture payloads (events, edge_cases, collaboration)
 *     and the scenario envelopes and payloads;
 *  5. the CLI's `validate` on a generated 1M-line JSON Lines file (a child process): lines/s
 *     and peak RSS (plus a 100k-line run, to show memory does not grow with the log);
 *  6. dedup (`markRepeats`, the reducers' id dedup) of 1M ids that differ only in one chosen
 *     6-unit block against 1M random ids: the flood ratio (hash flooding, issue 11);
 *  7. the 6.1.0 reducers on 10k JSON-loaded events side by side with the reference, and their
 *     growth to 1M (scripts/bench/reducers-6.js).
 *
 * Environment: BENCH_CLI_LINES (default 1000000), BENCH_QUICK=1 (fewer runs, 200k CLI lines).
 */
'use strict';

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { gc, heapUsedMb, measure, nowMs, timeOnce } = require('./bench/timing');
const W = require('./bench/workloads');
const { benchReducers6 } = require('./bench/reducers-6');

const ROOT = path.resolve(__dirname, '..');
const conformance = require(path.join(ROOT, 'dist', 'v2', 'conformance', 'index.js'));
const { registeredEventTypes } = require(path.join(ROOT, 'dist', 'v2', 'registry.js'));

const QUICK = process.env.BENCH_QUICK === '1';
const CLI_LINES = Number(process.env.BENCH_CLI_LINES || (QUICK ? 200_000 : 1_000_000));

if (typeof global.gc !== 'function') {
  process.stderr.write('note: run with node --expose-gc for stable numbers (npm run bench does)\n');
}

const fmtInt = (n) => Math.round(n).toLocaleString('en-US');
const fmtMs = (ms) => (ms < 10 ? `${ms.toFixed(2)} ms` : ms < 1000 ? `${ms.toFixed(1)} ms` : `${(ms / 1000).toFixed(2)} s`);
const fmtMb = (mb) => `${mb.toFixed(0)} MB`;
const log = (text) => process.stderr.write(`bench: ${text}\n`);

const rows = [];
function row(benchmark, size, result, target, verdict) {
  rows.push({ benchmark, size, result, target, verdict });
}

// ------------------------------------------------------------- 1 & 2: collaboration reducer

function benchCollaboration() {
  const { events, roster } = W.referenceWorkload(10_000);
  const reduce = (list) => W.lib.reduceCollaborationEvents(list, { mode: 'permissive', roster });
  log('collaboration reducer, 10k reference workload');
  const small = measure(() => reduce(events), { warmup: QUICK ? 10 : 30, runs: QUICK ? 30 : 100 });
  const state = small.result;
  if (state.event_count !== 10_000) throw new Error(`10k workload: event_count ${state.event_count}`);
  row(
    `collaboration reducer, 10k reference workload (permissive, seeded roster; median of ${small.runs}, min ${fmtMs(small.min)})`,
    '10,000',
    `${fmtMs(small.median)} (${fmtInt(10_000 / (small.median / 1000))} events/s; ${state.anomalies.length} anomalies)`,
    '≤ 4 ms (Python reference ~40 ms)',
    small.median <= 4 ? '✓' : '✗',
  );

  log('building the 1M-event workload (10k × 100, fresh ids)');
  const heapBefore = heapUsedMb();
  const [buildMs, big] = timeOnce(() => W.repeatedWorkload(events, 100));
  const heapEvents = heapUsedMb() - heapBefore;
  log(`built in ${fmtMs(buildMs)}; reducing`);
  const large = measure(() => reduce(big), { warmup: 1, runs: QUICK ? 1 : 3, gcBetween: true });
  const heapWithState = heapUsedMb();
  if (large.result.event_count !== big.length) throw new Error(`1M workload: event_count ${large.result.event_count}`);
  const ratio = large.median / (100 * small.median);
  row(
    `collaboration reducer, 1M events (10k workload ×100, fresh ids; median of ${large.runs})`,
    fmtInt(big.length),
    `${fmtMs(large.median)} = ${ratio.toFixed(2)}× (100 × 10k time); heap ${fmtMb(heapWithState)} (events ${fmtMb(heapEvents)})`,
    '≤ 1.5× (100 × 10k time)',
    ratio <= 1.5 ? '✓' : '✗',
  );
  return { small, large };
}

// ------------------------------------------------------------- 3: status and lifecycle

function benchStatusAndLifecycle() {
  const count = 100_000;
  log('status reducer, generated 100k log');
  const statusEvents = W.toEvents(W.statusLogDicts(count));
  const status = measure(() => W.lib.reduceStatusEvents(statusEvents), { warmup: 2, runs: QUICK ? 3 : 7, gcBetween: true });
  const wps = status.result.wp_states.size;
  row(
    `status reducer, generated log (${fmtInt(wps)} WPs, 10% review rollbacks; median of ${status.runs})`,
    fmtInt(count),
    `${fmtMs(status.median)} (${fmtInt(count / (status.median / 1000))} events/s; ${status.result.anomalies.length} anomalies)`,
    '—',
    '',
  );
  log('lifecycle reducer, generated 100k log');
  const lifecycleEvents = W.toEvents(W.statusLogDicts(count, { mission: true }));
  const lifecycle = measure(() => W.lib.reduceLifecycleEvents(lifecycleEvents), { warmup: 2, runs: QUICK ? 3 : 7, gcBetween: true });
  row(
    `lifecycle reducer, generated log (mission + WP events + 1% unknown types; median of ${lifecycle.runs})`,
    fmtInt(count),
    `${fmtMs(lifecycle.median)} (${fmtInt(count / (lifecycle.median / 1000))} events/s; ${lifecycle.result.phases_entered.length} phases)`,
    '—',
    '',
  );
}

// ------------------------------------------------------------- 4: validateEvent

function conformanceCases() {
  const known = new Set(registeredEventTypes());
  const cases = [];
  for (const category of ['events', 'edge_cases', 'collaboration']) {
    for (const fixture of conformance.loadFixtures(category)) {
      if (known.has(fixture.eventType)) cases.push({ payload: fixture.payload, eventType: fixture.eventType });
    }
  }
  const fixtureCount = cases.length;
  for (const scenario of conformance.loadFixtures('scenarios')) {
    for (const envelope of scenario.payload.events) {
      cases.push({ payload: envelope, eventType: 'Event' });
      if (known.has(envelope.event_type) && envelope.event_type !== 'Event') cases.push({ payload: envelope.payload, eventType: envelope.event_type });
    }
  }
  return { cases, fixtureCount };
}

function benchValidateEvent() {
  log('validateEvent throughput');
  const { cases, fixtureCount } = conformanceCases();
  const pass = () => {
    let valid = 0;
    for (const c of cases) if (conformance.validateEvent(c.payload, c.eventType).valid) valid++;
    return valid;
  };
  for (let i = 0; i < 20; i++) pass();
  gc();
  const budget = QUICK ? 1000 : 3000;
  let calls = 0;
  let valid = 0;
  const t0 = nowMs();
  while (nowMs() - t0 < budget) {
    valid = pass();
    calls += cases.length;
  }
  const seconds = (nowMs() - t0) / 1000;
  const rate = calls / seconds;
  row(
    `validateEvent, fixtures (events, edge_cases, collaboration: ${fixtureCount}) + scenario envelopes and payloads (${cases.length - fixtureCount}); ${valid} of ${cases.length} valid`,
    `${fmtInt(calls)} calls`,
    `${fmtInt(rate)} /s (${(1e6 / rate).toFixed(1)} µs per call)`,
    '≥ 150,000 /s (Python 3,600–7,500 /s)',
    rate >= 150_000 ? '✓' : '✗',
  );
}

// ------------------------------------------------------------- 5: the CLI

function runCli(file) {
  const rssFile = `${file}.rss`;
  const t0 = nowMs();
  const r = spawnSync(
    process.execPath,
    ['--require', path.join(__dirname, 'bench', 'report-rss.js'), path.join(ROOT, 'dist', 'cli', 'main.js'), 'validate', file],
    { env: { ...process.env, BENCH_RSS_FILE: rssFile }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const ms = nowMs() - t0;
  if (r.error) throw r.error;
  const maxRssKb = Number(fs.readFileSync(rssFile, 'utf8'));
  // Malformed lines are not events: `N events, V valid, K invalid; M malformed records`.
  const summary = /Summary for .*: ([\d,]+) events, ([\d,]+) valid, [^;\n]*(?:; ([\d,]+) malformed record)?/.exec(r.stdout);
  if (summary === null) throw new Error(`CLI validate printed no summary (exit ${r.status}):\n${r.stderr}`);
  const int = (s) => Number((s ?? '0').replace(/,/g, ''));
  const malformed = int(summary[3]);
  // `events` counts records (events and malformed lines), as the checks below expect.
  return { ms, status: r.status, events: int(summary[1]) + malformed, valid: int(summary[2]), maxRssMb: maxRssKb / 1024 };
}

async function benchCli() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ske-bench-'));
  try {
    const smallLines = Math.min(100_000, CLI_LINES);
    log(`writing ${fmtInt(CLI_LINES)}-line and ${fmtInt(smallLines)}-line JSON Lines logs to ${dir}`);
    const bigFile = path.join(dir, 'big.jsonl');
    const smallFile = path.join(dir, 'small.jsonl');
    const written = await W.writeJsonlLog(bigFile, CLI_LINES);
    await W.writeJsonlLog(smallFile, smallLines);
    const sizeMb = fs.statSync(bigFile).size / (1024 * 1024);
    log('CLI validate (small log)');
    const small = runCli(smallFile);
    log('CLI validate (big log)');
    const big = runCli(bigFile);
    if (big.events !== CLI_LINES) throw new Error(`CLI read ${big.events} events, expected ${CLI_LINES}`);
    const expectedInvalid = written.invalid + written.malformed;
    if (big.events - big.valid !== expectedInvalid) throw new Error(`CLI found ${big.events - big.valid} invalid, expected ${expectedInvalid}`);
    row(
      `CLI \`validate\` on a generated JSON Lines file (${sizeMb.toFixed(0)} MB; ${expectedInvalid} bad lines reported; exit ${big.status}), child process`,
      fmtInt(CLI_LINES),
      `${fmtMs(big.ms)} (${fmtInt(CLI_LINES / (big.ms / 1000))} lines/s); peak RSS ${fmtMb(big.maxRssMb)} (${fmtInt(smallLines)} lines: ${fmtMb(small.maxRssMb)})`,
      'constant memory',
      big.maxRssMb < small.maxRssMb * 1.5 ? '✓' : '✗',
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------- 6: dedup of chosen ids (hash flooding)

function benchDedupFlood() {
  const { markRepeats } = require(path.join(ROOT, 'dist', 'conventions', 'string-set.js'));
  const count = 1_000_000;
  const dedup = (ids) => markRepeats(ids, (id) => id);
  log('dedup of 1M random ids vs ids varying in one chosen block');
  // Ids built outside the timing: the dedup alone is measured.
  const randomIds = W.randomIds(count);
  const base = measure(() => dedup(randomIds), { warmup: 1, runs: QUICK ? 3 : 5, gcBetween: true });
  let worst = 0;
  const parts = [];
  for (const at of [0, 6, 10, 20]) {
    const ids = W.idsVaryingAt(count, at);
    const chosen = measure(() => dedup(ids), { warmup: 1, runs: QUICK ? 3 : 5, gcBetween: true });
    const ratio = chosen.median / base.median;
    worst = Math.max(worst, ratio);
    parts.push(`@${at}: ${fmtMs(chosen.median)} (${ratio.toFixed(2)}×)`);
  }
  row(
    'dedup (markRepeats) of 1M ids differing only in one chosen 6-unit block vs 1M random ids (median)',
    fmtInt(count),
    `random ${fmtMs(base.median)}; chosen ${parts.join(', ')}`,
    '≤ 1.2× random (issue 11)',
    worst <= 1.2 ? '✓' : '✗',
  );
}

// ------------------------------------------------------------- the table

function machine() {
  const cpus = os.cpus();
  const model = cpus.length > 0 ? cpus[0].model.trim() : 'unknown CPU';
  const load = os.loadavg()[0].toFixed(2);
  return `${model}, ${cpus.length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB RAM, ${os.type()} ${os.release()} ${os.arch()}, Node ${process.version}; load average at start ${load}`;
}

function printTable() {
  const header = ['Benchmark', 'Events', 'Result', 'Target', ''];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const r of rows) lines.push(`| ${[r.benchmark, r.size, r.result, r.target, r.verdict].join(' | ')} |`);
  process.stdout.write(`\nspec-kitty-events benchmarks — ${machineLine || machine()}\n\n${lines.join('\n')}\n`);
}

let machineLine = '';

async function main() {
  machineLine = machine();
  const t0 = nowMs();
  benchCollaboration();
  gc();
  benchStatusAndLifecycle();
  gc();
  benchValidateEvent();
  gc();
  await benchCli();
  gc();
  benchDedupFlood();
  gc();
  benchReducers6(row, log);
  printTable();
  log(`done in ${fmtMs(nowMs() - t0)}`);
}

main().catch((error) => {
  if (rows.length > 0) printTable();
  process.stderr.write(`bench failed: ${error && error.stack ? error.stack : error}\n`);
  process.exitCode = 1;
});
