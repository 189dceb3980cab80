#!/usr/bin/env node
/**
 * Side-by-side timings of the paths of issue 11 that the `cli` branch works on, against the
 * Python reference (2.1.0, the `/v2` entry point the fixtures and the generated log belong to):
 *
 *   validate-event  warm `validateEvent` over the conformance fixtures (events, edge_cases,
 *                   collaboration) and the scenario envelopes and payloads: mixed valid and
 *                   invalid; calls per second, vs `validate_event(…, strict=True)`;
 *   cli             the CLI's `validate` and `reduce --json` on a generated 100,000-line log,
 *                   whole process (spawn to exit, stdout to /dev/null), vs a small Python script
 *                   doing the same work (scripts/bench/reference_cli_paths.py); medians of
 *                   alternating runs.
 *
 * Usage: node scripts/bench/cli-paths.js [validate-event|cli|all] (after `npm run build`).
 * Environment: CLI_PATHS_LINES (default 100000), CLI_PATHS_RUNS (default 3), CLI_PATHS_SECONDS
 * (validateEvent: seconds per round, RUNS alternating rounds per side, default 3), CLI_PATHS_PY_RUNS (reference runs per CLI row, default
 * CLI_PATHS_RUNS), CLI_PATHS_ONLY=validate|reduce (one CLI row), CLI_PATHS_NO_PY=1 (port side only).
 */
'use strict';

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { nowMs } = require('./timing');

const ROOT = path.resolve(__dirname, '..', '..');
const REF = path.resolve(ROOT, '..', 'shared', 'reference-py', '2.1.0', 'src');
const PY_SCRIPT = path.join(__dirname, 'reference_cli_paths.py');
const LINES = Number(process.env.CLI_PATHS_LINES || 100_000);
const RUNS = Number(process.env.CLI_PATHS_RUNS || 3);
/** Reference runs per CLI row (its `validate` takes minutes): at most RUNS, alternating with the port's first runs. */
const PY_RUNS = Math.min(RUNS, Number(process.env.CLI_PATHS_PY_RUNS || RUNS));
const SECONDS = Number(process.env.CLI_PATHS_SECONDS || 3);
const pyEnv = { ...process.env, PYTHONDONTWRITEBYTECODE: '1', PYTHONPATH: REF };
const havePython =
  process.env.CLI_PATHS_NO_PY !== '1' && fs.existsSync(REF) && spawnSync('python3', ['-c', 'import pydantic'], { env: pyEnv }).status === 0;

const log = (text) => process.stderr.write(`cli-paths: ${text}\n`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');

function conformanceCases() {
  const conformance = require(path.join(ROOT, 'dist', 'v2', 'conformance', 'index.js'));
  const { registeredEventTypes } = require(path.join(ROOT, 'dist', 'v2', 'registry.js'));
  const known = new Set(registeredEventTypes());
  const cases = [];
  for (const category of ['events', 'edge_cases', 'collaboration']) {
    for (const fixture of conformance.loadFixtures(category)) {
      if (known.has(fixture.eventType)) cases.push({ payload: fixture.payload, eventType: fixture.eventType });
    }
  }
  for (const scenario of conformance.loadFixtures('scenarios')) {
    for (const envelope of scenario.payload.events) {
      cases.push({ payload: envelope, eventType: 'Event' });
      if (known.has(envelope.event_type) && envelope.event_type !== 'Event') cases.push({ payload: envelope.payload, eventType: envelope.event_type });
    }
  }
  return { conformance, cases };
}

function benchValidateEvent(dir) {
  const { conformance, cases } = conformanceCases();
  const pass = () => {
    let valid = 0;
    for (const c of cases) if (conformance.validateEvent(c.payload, c.eventType).valid) valid++;
    return valid;
  };
  for (let i = 0; i < 30; i++) pass();
  const portRound = () => {
    let calls = 0;
    const t0 = nowMs();
    while (nowMs() - t0 < SECONDS * 1000) {
      pass();
      calls += cases.length;
    }
    return calls / ((nowMs() - t0) / 1000);
  };
  const file = path.join(dir, 'cases.json');
  fs.writeFileSync(file, JSON.stringify(cases));
  const pyRound = () => {
    const r = spawnSync('python3', [PY_SCRIPT, 'validate-event', file, String(SECONDS)], { env: pyEnv, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    const py = JSON.parse(r.stdout);
    return py.calls / py.seconds;
  };
  // Alternating rounds, medians: the load on this machine moves within seconds.
  const port = [];
  const py = [];
  for (let i = 0; i < RUNS; i++) {
    port.push(portRound());
    if (havePython) py.push(pyRound());
  }
  const fmt = (rate) => Math.round(rate).toLocaleString('en-US');
  const valid = pass();
  const ratio = havePython ? `; reference ${fmt(median(py))} /s (rounds ${py.map(fmt).join(', ')}); ratio ${(median(port) / median(py)).toFixed(1)}x` : '';
  log(`validateEvent (${valid} of ${cases.length} valid): port ${fmt(median(port))} /s (rounds ${port.map(fmt).join(', ')})${ratio}, load ${load()}`);
  return { port, py };
}

function timeProcess(command, args, env) {
  const out = fs.openSync('/dev/null', 'w');
  const t0 = nowMs();
  const r = spawnSync(command, args, { env, stdio: ['ignore', out, 'pipe'], maxBuffer: 1 << 28 });
  const ms = nowMs() - t0;
  fs.closeSync(out);
  if (r.status !== 0 && r.status !== 1) throw new Error(`${command} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

async function benchCli(dir) {
  const W = require('./workloads');
  const file = path.join(dir, `log-${LINES}.jsonl`);
  if (!fs.existsSync(file)) await W.writeJsonlLog(file, LINES);
  const cli = path.join(ROOT, 'dist', 'cli', 'main.js');
  const jobs = [
    { name: 'validate', port: ['validate', '--quiet', file], py: ['validate', file] },
    { name: 'reduce --json', port: ['reduce', '--json', '--quiet', file], py: ['reduce', file] },
  ];
  const only = process.env.CLI_PATHS_ONLY;
  const results = {};
  for (const job of jobs) {
    if (only && !job.name.startsWith(only)) continue;
    const port = [];
    const py = [];
    for (let i = 0; i < RUNS; i++) {
      port.push(timeProcess(process.execPath, [cli, ...job.port], process.env));
      if (havePython && i < PY_RUNS) py.push(timeProcess('python3', [PY_SCRIPT, ...job.py], pyEnv));
    }
    const p = median(port);
    const line = havePython ? `; reference ${median(py).toFixed(0)} ms; ratio ${(median(py) / p).toFixed(2)}x` : '';
    log(`CLI ${job.name}, ${LINES.toLocaleString('en-US')} lines: port ${p.toFixed(0)} ms (runs ${port.map((x) => x.toFixed(0)).join(', ')})${line}, load ${load()}`);
    results[job.name] = { port, py };
  }
  return results;
}

async function main() {
  const what = process.argv[2] || 'all';
  const dir = process.env.CLI_PATHS_DIR || path.join(os.tmpdir(), 'cli-paths-bench');
  fs.mkdirSync(dir, { recursive: true });
  if (what === 'validate-event' || what === 'all') benchValidateEvent(dir);
  if (what === 'cli' || what === 'all') await benchCli(dir);
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(1);
});
