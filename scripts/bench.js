#!/usr/bin/env node
/**
 * `npm run bench` (= `npm run build && node --expose-gc scripts/bench.js`): one table, every row
 * of issue 11's table, the port beside the Python reference (scripts/bench/reference.py, run
 * under reference-py/2.1.0 or 6.1.0) where python3 with pydantic and the reference are found,
 * the port alone ("—") otherwise. Not part of `npm test`. Everything is loaded from JSON:
 *
 *  1. collaboration reducer (v2 / 2.1.0) on the reference's own 10k workload, the committed copy
 *     bench/data/collaboration-10k.json (scripts/bench/make_bench_data.py): both sides load the
 *     JSON into Events untimed and time the reducer call only (permissive, the seeded roster);
 *     port median of 100 after 30 warm-ups, reference median of 15 after one warm-up. Rows 1,
 *     3, 4 and 6 alternate the two sides in 3 rounds (the median of the rounds' medians).
 *  2. the same workload repeated to 1,000,000 events (ids varying in every position, each
 *     repetition through JSON.stringify/JSON.parse): 1M time / (100 × the 10k time of row 1).
 *  3. status and lifecycle reducers (2.1.0) on 10k-event generated JSON logs, both sides; then
 *     the 6.1.0 reducers (scripts/bench/reducers-6.js) side by side (their growth to 1M with
 *     BENCH_GROWTH=1).
 *  4. validateEvent, warm, over the committed corpus bench/data/validate-corpus.json (3,500
 *     payloads of both versions, valid and broken): median pass time; the reference's pass is
 *     the sum of its 2.1.0 and 6.1.0 passes (each version's package in its own process).
 *  5. validateEvent, cold: a fresh process loads the package's conformance entry and validates
 *     its version's part of the corpus once (scripts/bench/validate-once.js vs `reference.py
 *     validate-once`), whole-process wall time, the two versions' processes summed, median of 5
 *     alternating runs.
 *  6. ingest: `Event.fromDict(JSON.parse(line))` vs `Event.model_validate_json(line)` (6.1.0)
 *     over the same JSON Lines file, median pass time.
 *  7. CLI `reduce --json` and 8. CLI `validate` on a 100,000-line log (whole process, output to a
 *     file); the reference has no CLI: `reference.py cli-reduce` / `cli-validate` do the same
 *     work. Plus the CLI's peak RSS on a 1M-line log against the 100k one (constant memory).
 *  9. `require('spec-kitty-events')` and `spec-kitty-events --version` against bare
 *     `node -e 0`, whole-process medians of alternating runs.
 *  and the dedup hash-flooding row: `markRepeats` over 1M JSON-loaded ids differing in one
 *  chosen block against 1M random ids.
 *
 * The table goes to stdout as markdown, ready to paste into the README (BENCH_MARKDOWN=file
 * writes it to a file too; BENCH_UPDATE_README=1 replaces the README's table between its
 * `<!-- bench:start … -->` and `<!-- bench:end -->` markers); progress goes to stderr. BENCH_QUICK=1: fewer runs, 20,000-line CLI
 * rows, a 200k-line memory row. BENCH_GROWTH=1 adds the 6.1.0 reducers' growth runs to 1M
 * (several minutes). BENCH_CLI_LINES sets the memory row's log size (default 1,000,000).
 * BENCH_ONLY=a,b runs some sections: collaboration, status, reducers6, validate, cold, ingest,
 * cli, startup, dedup (the README is only rewritten by a full run).
 */
'use strict';

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { gc, heapUsedMb, measure, median, nowMs } = require('./bench/timing');
const W = require('./bench/workloads');
const reference = require('./bench/reference');
const { benchReducers6, logFrom } = require('./bench/reducers-6');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const CLI = path.join(DIST, 'cli', 'main.js');
const QUICK = process.env.BENCH_QUICK === '1';
const CLI_ROW_LINES = QUICK ? 20_000 : 100_000;
const MEMORY_LINES = Number(process.env.BENCH_CLI_LINES || (QUICK ? 200_000 : 1_000_000));
/** In-process rows alternate port and reference in this many rounds (median of the rounds' medians). */
const ROUNDS = QUICK ? 1 : 3;

if (typeof global.gc !== 'function') {
  process.stderr.write('note: run with node --expose-gc for stable numbers (npm run bench does)\n');
}

const fmtInt = (n) => Math.round(n).toLocaleString('en-US');
const fmtMs = (ms) => (ms < 10 ? `${ms.toFixed(2)} ms` : ms < 1000 ? `${ms.toFixed(1)} ms` : `${(ms / 1000).toFixed(2)} s`);
const fmtMb = (mb) => `${mb.toFixed(0)} MB`;
const START_MS = nowMs();
const log = (text) => process.stderr.write(`bench [${((nowMs() - START_MS) / 1000).toFixed(0)} s]: ${text}\n`);
const times = (x) => `${x.toFixed(1)}×`;

const rows = [];
function row(r) {
  rows.push(r);
}

/**
 * A "the port is N× faster" row: ratio = reference / port, the target a minimum; without the
 * reference the ratio and the verdict are "—".
 */
function speedRow(pathText, portMs, refMs, minRatio, portNote = '', refNote = '') {
  const ratio = refMs === null ? null : refMs / portMs;
  row({
    path: pathText,
    port: `${fmtMs(portMs)}${portNote}`,
    reference: refMs === null ? '—' : `${fmtMs(refMs)}${refNote}`,
    ratio: ratio === null ? '—' : times(ratio),
    target: `≥ ${minRatio}×`,
    verdict: ratio === null ? '—' : ratio >= minRatio ? '✓' : '✗',
  });
}

/** "median of N" or, with rounds, "median of R rounds × N". */
const roundsNote = (runs) => (ROUNDS === 1 ? `median of ${runs}` : `median of ${ROUNDS} alternating rounds' medians of ${runs}`);

/** Median wall time of a child process (spawnSync), with its last result. */
function spawnMs(command, args, options = {}) {
  const t0 = nowMs();
  const r = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 26, ...options });
  const ms = nowMs() - t0;
  if (r.error) throw r.error;
  return { ms, r };
}

// ------------------------------------------------------------- 1 & 2: collaboration reducer

function benchCollaboration() {
  const { doc, events, roster } = W.loadCollaboration();
  const reduce = (list) => W.lib.reduceCollaborationEvents(list, { mode: 'permissive', roster });
  const withRef = reference.available('2.1.0');
  const job = { name: 'collaboration', path: W.COLLABORATION_FILE, module: 'collaboration', function: 'reduce_collaboration_events', kwargs: { mode: 'permissive' } };
  const portRuns = QUICK ? 30 : 100;
  const refRuns = QUICK ? 5 : 15;
  const portMs = [];
  const refMs = [];
  let state = null;
  for (let k = 0; k < ROUNDS; k++) {
    log(`1. collaboration reducer, the committed 10k reference workload (round ${k + 1} of ${ROUNDS})`);
    const small = measure(() => reduce(events), { warmup: QUICK ? 10 : 30, runs: portRuns });
    portMs.push(small.median);
    state = small.result;
    if (withRef) refMs.push(reference.reduceTimes('2.1.0', [job], refRuns).collaboration);
  }
  if (state.event_count !== doc.expected.event_count || state.anomalies.length !== doc.expected.anomalies) {
    throw new Error(`10k workload: event_count ${state.event_count}, ${state.anomalies.length} anomalies; the reference gave ${JSON.stringify(doc.expected)}`);
  }
  const small = { median: median(portMs) };
  speedRow(
    `1. collaboration reducer (2.1.0), the reference's own 10k workload (bench/data/collaboration-10k.json; permissive, seeded roster; ${state.anomalies.length} anomalies); reduce call only, loading untimed`,
    small.median,
    withRef ? median(refMs) : null,
    15,
    ` (${roundsNote(portRuns)})`,
    withRef ? ` (${roundsNote(refRuns)})` : '',
  );

  log('2. building 1M events (the workload ×100, ids varying in every position, JSON-loaded)');
  gc();
  const heapBefore = heapUsedMb();
  const big = W.repeatedCollaboration(doc, 100);
  const heapEvents = heapUsedMb() - heapBefore;
  log('2. reducing 1M events');
  const large = measure(() => reduce(big), { warmup: 1, runs: QUICK ? 1 : 3, gcBetween: true });
  if (large.result.event_count !== big.length) throw new Error(`1M workload: event_count ${large.result.event_count}`);
  const ratio = large.median / (100 * small.median);
  row({
    path: `2. collaboration reducer, 1,000,000 events (row 1's workload ×100, fresh ids varying in every position, JSON-loaded) vs 100 × the 10k time; heap of the events ${fmtMb(heapEvents)}`,
    port: `${fmtMs(large.median)} (median of ${large.runs}) vs ${fmtMs(100 * small.median)}`,
    reference: '—',
    ratio: ratio.toFixed(2),
    target: '≤ 1.2',
    verdict: ratio <= 1.2 ? '✓' : '✗',
  });
}

// ------------------------------------------------------------- 3: status and lifecycle (2.1.0)

function benchStatusAndLifecycle(tmp) {
  const logs = [
    ['status', W.statusLogDicts(10_000), 'reduceStatusEvents', 'status', 'reduce_status_events', 'WPStatusChanged only, 10% review rollbacks'],
    ['lifecycle', W.statusLogDicts(10_000, { mission: true }), 'reduceLifecycleEvents', 'lifecycle', 'reduce_lifecycle_events', 'mission + WP events, 1% unknown types'],
  ];
  const ours = logs.map(([name, dicts, fn, module, pyFn, note]) => {
    const file = path.join(tmp, `${name}-2.1.0.json`);
    fs.writeFileSync(file, JSON.stringify(dicts));
    const events = JSON.parse(fs.readFileSync(file, 'utf8')).map((d) => W.lib.Event.fromDict(d));
    return { name, note, fn, events, port: [], ref: [], job: { name, path: file, module, function: pyFn, kwargs: {} } };
  });
  const withRef = reference.available('2.1.0');
  const portRuns = QUICK ? 10 : 30;
  const refRuns = QUICK ? 3 : 7;
  for (let k = 0; k < ROUNDS; k++) {
    for (const o of ours) {
      log(`3. ${o.name} reducer (2.1.0), 10k JSON log (round ${k + 1} of ${ROUNDS})`);
      o.port.push(measure(() => W.lib[o.fn](o.events), { warmup: QUICK ? 3 : 10, runs: portRuns }).median);
    }
    if (withRef) {
      const t = reference.reduceTimes('2.1.0', ours.map((o) => o.job), refRuns);
      for (const o of ours) o.ref.push(t[o.name]);
    }
  }
  for (const o of ours) {
    speedRow(
      `3. ${o.name} reducer (2.1.0), 10k-event JSON log (${o.note}); reducer call only`,
      median(o.port),
      withRef ? median(o.ref) : null,
      20,
      ` (${roundsNote(portRuns)})`,
      withRef ? ` (${roundsNote(refRuns)})` : '',
    );
  }
}

// ------------------------------------------------------------- 4 & 5: validateEvent

function loadCorpus() {
  const corpus = JSON.parse(fs.readFileSync(W.CORPUS_FILE, 'utf8'));
  const v21 = require(path.join(DIST, 'v2', 'conformance', 'index.js')).validateEvent;
  const v61 = require(path.join(DIST, 'conformance', 'index.js')).validateEvent;
  const items = corpus.items.map((item) => ({ validate: item.v === '2.1.0' ? v21 : v61, payload: item.p, eventType: item.t }));
  return { corpus, items };
}

function benchValidateWarm() {
  const { corpus, items } = loadCorpus();
  const pass = () => {
    let valid = 0;
    for (const c of items) if (c.validate(c.payload, c.eventType).valid) valid++;
    return valid;
  };
  const withRef = reference.available('2.1.0') && reference.available('6.1.0');
  const portRuns = QUICK ? 10 : 30;
  const port = [];
  const ref21 = [];
  const ref61 = [];
  for (let k = 0; k < ROUNDS; k++) {
    log(`4. validateEvent warm over ${items.length} payloads (round ${k + 1} of ${ROUNDS})`);
    const m = measure(pass, { warmup: QUICK ? 3 : 10, runs: portRuns });
    if (m.result !== corpus.valid) throw new Error(`validateEvent: ${m.result} valid, the reference found ${corpus.valid}`);
    port.push(m.median);
    if (withRef) {
      // Repeated passes for the budget after one warm-up pass, median pass; each version in its own process.
      const budget = String(QUICK ? 1000 : 3000);
      const a = reference.run('2.1.0', ['validate', W.CORPUS_FILE, '2.1.0', budget]).json;
      const b = reference.run('6.1.0', ['validate', W.CORPUS_FILE, '6.1.0', budget]).json;
      if (a.valid + b.valid !== corpus.valid) throw new Error(`reference validate: ${a.valid + b.valid} valid, the corpus says ${corpus.valid}`);
      ref21.push(a.pass_ms);
      ref61.push(b.pass_ms);
    }
  }
  const m = { median: median(port) };
  const refMs = withRef ? median(ref21) + median(ref61) : null;
  const refNote = withRef ? ` (2.1.0 ${fmtMs(median(ref21))} + 6.1.0 ${fmtMs(median(ref61))}; ${ROUNDS === 1 ? 'median pass' : `median of ${ROUNDS} rounds`})` : '';
  speedRow(
    `4. validateEvent, warm: one pass over bench/data/validate-corpus.json (${fmtInt(items.length)} payloads, ${corpus.counts['2.1.0']} of 2.1.0 and ${corpus.counts['6.1.0']} of 6.1.0, ${corpus.valid} valid), median pass`,
    m.median,
    refMs,
    50,
    ` (${fmtInt(items.length / (m.median / 1000))} /s; ${roundsNote(portRuns)})`,
    refNote,
  );
}

function benchValidateCold() {
  const runs = QUICK ? 3 : 5;
  const withRef = reference.available('2.1.0') && reference.available('6.1.0');
  const port = [];
  const ref = [];
  const script = path.join(__dirname, 'bench', 'validate-once.js');
  log(`5. validateEvent cold: ${runs} alternating runs of fresh processes`);
  for (let k = 0; k < runs; k++) {
    let portMs = 0;
    let refMs = 0;
    for (const version of ['2.1.0', '6.1.0']) {
      const p = spawnMs(process.execPath, [script, W.CORPUS_FILE, version]);
      if (p.r.status !== 0) throw new Error(`validate-once ${version}: ${p.r.stderr}`);
      portMs += p.ms;
      if (withRef) refMs += reference.run(version, ['validate-once', W.CORPUS_FILE, version]).ms;
    }
    port.push(portMs);
    ref.push(refMs);
  }
  speedRow(
    '5. validateEvent, cold: fresh processes load the package and validate the corpus once (one process per contract version, both summed; whole-process wall time)',
    median(port),
    withRef ? median(ref) : null,
    15,
    ` (median of ${runs})`,
    withRef ? ` (median of ${runs}, alternating)` : '',
  );
}

// ------------------------------------------------------------- 6: ingest

function benchIngest(tmp) {
  const lib6 = require(path.join(DIST, 'index.js'));
  const lines = [];
  for (const file of ['status-reducer.json', 'lifecycle-reducer.json', 'glossary-reducer.json', 'mission-next-reducer.json', 'connector-reducer.json', 'sync-reducer.json']) {
    for (const d of logFrom(file, QUICK ? 1_000 : 5_000)) lines.push(JSON.stringify(d));
  }
  const file = path.join(tmp, 'ingest-6.1.0.jsonl');
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  const read = fs.readFileSync(file, 'utf8').split('\n').filter((line) => line !== '');
  const withRef = reference.available('6.1.0');
  const portRuns = QUICK ? 5 : 11;
  const refRuns = QUICK ? 3 : 7;
  const port = [];
  const ref = [];
  for (let k = 0; k < ROUNDS; k++) {
    log(`6. ingest: Event.fromDict(JSON.parse(line)) over ${fmtInt(read.length)} lines (round ${k + 1} of ${ROUNDS})`);
    const pass = () => {
      let n = 0;
      for (const line of read) if (lib6.Event.fromDict(JSON.parse(line)) !== null) n++;
      return n;
    };
    port.push(measure(pass, { warmup: QUICK ? 2 : 5, runs: portRuns, gcBetween: true }).median);
    if (withRef) ref.push(reference.run('6.1.0', ['ingest', file, String(refRuns)]).json.pass_ms);
  }
  const m = { median: median(port) };
  const refMs = withRef ? median(ref) : null;
  speedRow(
    `6. ingest (6.1.0): Event.fromDict(JSON.parse(line)) vs Event.model_validate_json(line), one pass over a ${fmtInt(read.length)}-line JSON Lines file (golden logs of six reducers, fresh ids), median pass`,
    m.median,
    refMs,
    1.5,
    ` (${fmtInt(read.length / (m.median / 1000))} lines/s; ${roundsNote(portRuns)})`,
    withRef ? ` (${roundsNote(refRuns)})` : '',
  );
}

// ------------------------------------------------------------- 7 & 8: the CLI

function runCli(args, outFile) {
  const rssFile = `${outFile}.rss`;
  const fd = fs.openSync(outFile, 'w');
  try {
    const { ms, r } = spawnMs(process.execPath, ['--require', path.join(__dirname, 'bench', 'report-rss.js'), CLI, ...args], {
      env: { ...process.env, BENCH_RSS_FILE: rssFile },
      stdio: ['ignore', fd, 'pipe'],
    });
    return { ms, status: r.status, stderr: r.stderr, maxRssMb: Number(fs.readFileSync(rssFile, 'utf8')) / 1024 };
  } finally {
    fs.closeSync(fd);
  }
}

/** `N events, V valid, …; M malformed records` of the CLI's summary, records counted. */
function validateSummary(outFile) {
  const text = fs.readFileSync(outFile, 'utf8');
  const summary = /Summary for .*: ([\d,]+) events, ([\d,]+) valid, [^;\n]*(?:; ([\d,]+) malformed record)?/.exec(text);
  if (summary === null) throw new Error(`CLI validate printed no summary:\n${text.slice(-2000)}`);
  const int = (s) => Number((s ?? '0').replace(/,/g, ''));
  return { records: int(summary[1]) + int(summary[3]), valid: int(summary[2]) };
}

async function benchCli(tmp) {
  const { doc } = W.loadCollaboration();
  const file = path.join(tmp, 'cli.jsonl');
  const written = await W.writeJsonlLog(file, CLI_ROW_LINES, doc);
  const bad = written.invalid + written.malformed;
  const out = path.join(tmp, 'cli.out');
  const refOut = path.join(tmp, 'cli-ref.out');
  const withRef = reference.available('2.1.0');
  const lines = fmtInt(CLI_ROW_LINES);

  const reduceRuns = QUICK ? 1 : 3;
  log(`7. CLI reduce --json, ${lines} lines: ${reduceRuns} alternating runs`);
  const port = [];
  const ref = [];
  for (let k = 0; k < reduceRuns; k++) {
    const p = runCli(['reduce', '--json', '--quiet', file], out);
    if (p.status !== 0) throw new Error(`CLI reduce exit ${p.status}: ${p.stderr}`);
    port.push(p.ms);
    if (withRef) ref.push(reference.run('2.1.0', ['cli-reduce', file], { stdoutFile: refOut }).ms);
  }
  speedRow(
    `7. CLI \`reduce --json\` (all 2.1.0 reducers: status, lifecycle, collaboration permissive), ${lines} lines (the workload repeated, fresh ids, ${bad} bad lines), whole process; reference: no CLI, \`scripts/bench/reference.py cli-reduce\` does the same work (read, validate each Event, reduce, print JSON)`,
    median(port),
    withRef ? median(ref) : null,
    4,
    ` (median of ${reduceRuns})`,
    withRef ? ` (median of ${reduceRuns})` : '',
  );

  // The reference validates about 2,000 payloads a second: one run of it (~1.5 min at 100k lines).
  const validateRuns = QUICK ? 1 : 3;
  log(`8. CLI validate, ${lines} lines: ${validateRuns} port runs, one reference run between them`);
  const vPort = [];
  let vRef = null;
  let smallRss = 0;
  for (let k = 0; k < validateRuns; k++) {
    const p = runCli(['validate', file], out);
    const s = validateSummary(out);
    if (s.records !== CLI_ROW_LINES || s.records - s.valid !== bad) throw new Error(`CLI validate: ${s.records} records, ${s.records - s.valid} bad; expected ${CLI_ROW_LINES}, ${bad}`);
    vPort.push(p.ms);
    smallRss = Math.max(smallRss, p.maxRssMb);
    if (withRef && k === Math.floor((validateRuns - 1) / 2)) {
      const r = reference.run('2.1.0', ['cli-validate', file]);
      if (r.json.records !== CLI_ROW_LINES || r.json.invalid + r.json.malformed !== bad) throw new Error(`reference cli-validate: ${JSON.stringify(r.json)}; expected ${bad} bad lines`);
      vRef = r.ms;
    }
  }
  speedRow(
    `8. CLI \`validate\` (envelope and payload, model and schema), ${lines} lines (same log), whole process; reference: no CLI, \`scripts/bench/reference.py cli-validate\` (validate_event on the envelope and the payload of each line)`,
    median(vPort),
    vRef,
    30,
    ` (median of ${validateRuns}; peak RSS ${fmtMb(smallRss)})`,
    vRef === null ? '' : ' (one run)',
  );

  log(`CLI validate memory: writing a ${fmtInt(MEMORY_LINES)}-line log`);
  const bigFile = path.join(tmp, 'big.jsonl');
  const bigWritten = await W.writeJsonlLog(bigFile, MEMORY_LINES, doc);
  const sizeMb = fs.statSync(bigFile).size / (1024 * 1024);
  const big = runCli(['validate', bigFile], out);
  const s = validateSummary(out);
  if (s.records !== MEMORY_LINES || s.records - s.valid !== bigWritten.invalid + bigWritten.malformed) throw new Error(`CLI validate (big): ${s.records} records, ${s.valid} valid`);
  fs.rmSync(bigFile, { force: true });
  const growth = big.maxRssMb / smallRss;
  row({
    path: `CLI \`validate\` memory: peak RSS on a ${fmtInt(MEMORY_LINES)}-line log (${sizeMb.toFixed(0)} MB) vs the ${lines}-line one`,
    port: `${fmtMb(big.maxRssMb)} vs ${fmtMb(smallRss)} (${fmtMs(big.ms)}, ${fmtInt(MEMORY_LINES / (big.ms / 1000))} lines/s)`,
    reference: '—',
    ratio: growth.toFixed(2),
    target: '≤ 1.5 (constant memory)',
    verdict: growth <= 1.5 ? '✓' : '✗',
  });
}

// ------------------------------------------------------------- 9: start-up

function benchStartup() {
  const runs = QUICK ? 7 : 21;
  const shapes = [
    ['node', ['-e', '0']],
    ['require', ['-e', "require('spec-kitty-events')"]],
    ['version', [CLI, '--version']],
  ];
  const samples = { node: [], require: [], version: [] };
  log(`9. start-up: ${runs} alternating runs of node -e 0, require, --version`);
  for (let k = 0; k < runs; k++) {
    for (const [name, args] of shapes) {
      const { ms, r } = spawnMs(process.execPath, args, { cwd: ROOT });
      if (r.status !== 0) throw new Error(`${name}: exit ${r.status}: ${r.stderr}`);
      samples[name].push(ms);
    }
  }
  const nodeMs = median(samples.node);
  for (const [name, label] of [
    ['require', "9. `require('spec-kitty-events')` (`node -e`), whole process"],
    ['version', '9. `spec-kitty-events --version`, whole process'],
  ]) {
    const ms = median(samples[name]);
    const ratio = ms / nodeMs;
    row({
      path: `${label}, vs bare \`node -e 0\` (medians of ${runs} alternating runs)`,
      port: `${fmtMs(ms)} vs ${fmtMs(nodeMs)}`,
      reference: '—',
      ratio: `${ratio.toFixed(2)}×`,
      target: '≤ 1.5× node',
      verdict: ratio <= 1.5 ? '✓' : '✗',
    });
  }
}

// ------------------------------------------------------------- dedup of chosen ids (hash flooding)

function benchDedupFlood() {
  const { markRepeats } = require(path.join(DIST, 'conventions', 'string-set.js'));
  const count = 1_000_000;
  const dedup = (ids) => markRepeats(ids, (id) => id);
  // Ids built and passed through JSON outside the timing (flat strings, as a JSON load gives).
  const viaJson = (ids) => JSON.parse(JSON.stringify(ids));
  log('dedup of 1M random ids vs ids varying in one chosen block');
  const randomIds = viaJson(W.randomIds(count));
  const runs = QUICK ? 3 : 5;
  let worst = 0;
  const parts = [];
  const randomMs = [];
  // Each chosen shape right after a fresh measurement of the random ids: load drifts cancel.
  for (const at of [0, 6, 10, 20]) {
    const ids = viaJson(W.idsVaryingAt(count, at));
    const base = measure(() => dedup(randomIds), { warmup: 1, runs, gcBetween: true });
    const chosen = measure(() => dedup(ids), { warmup: 1, runs, gcBetween: true });
    const ratio = chosen.median / base.median;
    randomMs.push(base.median);
    worst = Math.max(worst, ratio);
    parts.push(`@${at} ${ratio.toFixed(2)}`);
  }
  const base = { median: median(randomMs) };
  row({
    path: `dedup (\`markRepeats\`) of 1M JSON-loaded ids differing only in one chosen 6-unit block (at ${parts.map((p) => p.split(' ')[0]).join(', ')}) vs 1M random ids measured just before each (hash flooding), worst ratio of medians`,
    port: `random ${fmtMs(base.median)}; ${parts.join(', ')}`,
    reference: '—',
    ratio: worst.toFixed(2),
    target: '≤ 1.2',
    verdict: worst <= 1.2 ? '✓' : '✗',
  });
}

// ------------------------------------------------------------- the table

function machine() {
  const cpus = os.cpus();
  const model = cpus.length > 0 ? cpus[0].model.trim() : 'unknown CPU';
  return `${model}, ${cpus.length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB RAM, ${os.type()} ${os.release()} ${os.arch()}, Node ${process.version}`;
}

const loadText = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');

let startLine = '';

function table(endLoad) {
  const refs = ['2.1.0', '6.1.0'].filter((v) => reference.available(v));
  const header = ['path', 'port', 'reference', 'ratio', 'target', 'verdict'];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const r of rows) lines.push(`| ${header.map((h) => String(r[h]).replace(/\|/g, '\\|')).join(' | ')} |`);
  const refText = refs.length > 0 ? `reference: Python ${refs.join(' and ')} (${pythonVersion()})` : 'reference: not found (port side only)';
  return [
    `spec-kitty-events benchmarks${QUICK ? ' (BENCH_QUICK=1)' : ''}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC — ${machine()}; ${refText}`,
    `Load average (1, 5, 15 min): ${startLine} at start, ${endLoad} at end.`,
    '',
    ...lines,
    '',
  ].join('\n');
}

function pythonVersion() {
  const r = spawnSync('python3', ['-c', 'import sys, pydantic; print(f"python {sys.version.split()[0]}, pydantic {pydantic.VERSION}")'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : 'python3';
}

const README_START = '<!-- bench:start (written by BENCH_UPDATE_README=1 npm run bench) -->';
const README_END = '<!-- bench:end -->';

/** Replaces the README's table between the bench markers with this run's. */
function updateReadme(text) {
  const file = path.join(ROOT, 'README.md');
  const readme = fs.readFileSync(file, 'utf8');
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${README_START} … ${README_END} block`);
  fs.writeFileSync(file, `${readme.slice(0, start + README_START.length)}\n${text}${readme.slice(end)}`);
  log('README.md: performance table updated');
}

function printTable(complete = true) {
  const text = table(loadText());
  process.stdout.write(`\n${text}`);
  if (process.env.BENCH_MARKDOWN) fs.writeFileSync(process.env.BENCH_MARKDOWN, text);
  if (complete && process.env.BENCH_UPDATE_README === '1' && !process.env.BENCH_ONLY) updateReadme(text);
}

async function main() {
  startLine = loadText();
  log(`${machine()}; load average ${startLine}`);
  for (const v of ['2.1.0', '6.1.0']) if (!reference.available(v)) log(`python3 with pydantic and the ${v} reference not found: port side only`);
  const t0 = nowMs();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ske-bench-'));
  try {
    const sections = [
      ['collaboration', () => benchCollaboration()],
      ['status', () => benchStatusAndLifecycle(tmp)],
      ['reducers6', () => benchReducers6(row, log)],
      ['validate', () => benchValidateWarm()],
      ['cold', () => benchValidateCold()],
      ['ingest', () => benchIngest(tmp)],
      ['cli', () => benchCli(tmp)],
      ['startup', () => benchStartup()],
      ['dedup', () => benchDedupFlood()],
    ];
    const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : null;
    for (const [name, run] of sections) {
      if (only !== null && !only.has(name)) continue;
      await run();
      gc();
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  printTable();
  log(`done in ${fmtMs(nowMs() - t0)}; load average ${loadText()}`);
}

main().catch((error) => {
  if (rows.length > 0) printTable(false);
  process.stderr.write(`bench failed: ${error && error.stack ? error.stack : error}\n`);
  process.exitCode = 1;
});
