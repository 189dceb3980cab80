#!/usr/bin/env node
/**
 * Cold-start benchmark (issue 11): whole-process wall times of fresh processes, alternating
 * the commands run by run (so load drifts hit them alike), medians. Needs dist/ (npm run build).
 *
 * - `node -e 0` (the floor), `require('spec-kitty-events')`, `spec-kitty-events --version`,
 *   the root required with `Event` used, and with every name read (what an ES module importer
 *   pays: it reads every export);
 * - cold `validateEvent`: a fresh process loading the conformance entry and validating 3,549
 *   payloads once (the 6.1.0 fixtures with a known event type, repeated), against the
 *   reference's fresh python process on the same JSON file when python3 can import it
 *   (REFERENCE_PY, default ../shared/reference-py/6.1.0/src); the port side alone otherwise.
 *
 * Usage: node scripts/bench/cold.js [runs=15]   (prints a Markdown table and the load)
 */
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const RUNS = Number(process.argv[2] ?? 15);
const CASES = 3549;
const REFERENCE = process.env.REFERENCE_PY ?? path.resolve(ROOT, '..', 'shared', 'reference-py', '6.1.0', 'src');

function casesFile(dir) {
  const conformance = require(path.join(DIST, 'conformance', 'index.js'));
  const { knownEventTypes } = require(path.join(DIST, 'index.js'));
  const known = new Set(knownEventTypes());
  const base = [];
  for (const category of ['events', 'edge_cases', 'collaboration', 'analytics', 'connector', 'decisionpoint', 'dossier', 'glossary', 'mission_audit', 'mission_next', 'profile_invocation', 'retrospective', 'sync']) {
    for (const fixture of conformance.loadFixtures(category)) if (known.has(fixture.eventType)) base.push([fixture.payload, fixture.eventType]);
  }
  const cases = Array.from({ length: CASES }, (_, i) => base[i % base.length]);
  const file = path.join(dir, 'cases.json');
  fs.writeFileSync(file, JSON.stringify(cases));
  return { file, types: new Set(base.map((c) => c[1])).size };
}

function wallMs(command, args, env) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr}`);
  return { ms, out: r.stdout };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[(sorted.length - 1) >> 1];
}

function pythonAvailable() {
  if (!fs.existsSync(path.join(REFERENCE, 'spec_kitty_events'))) return false;
  const r = spawnSync('python3', ['-c', 'import spec_kitty_events.conformance'], { env: { ...process.env, PYTHONPATH: REFERENCE, PYTHONDONTWRITEBYTECODE: '1' }, stdio: 'ignore' });
  return r.status === 0;
}

function main() {
  if (!fs.existsSync(path.join(DIST, 'index.js'))) throw new Error('dist/ is missing: run npm run build');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ske-cold-'));
  try {
    const { file, types } = casesFile(dir);
    const index = JSON.stringify(path.join(DIST, 'index.js'));
    const nodeCold = `const cases = JSON.parse(require('fs').readFileSync(${JSON.stringify(file)}, 'utf8'));
const { validateEvent } = require(${JSON.stringify(path.join(DIST, 'conformance', 'index.js'))});
let valid = 0; for (const [p, t] of cases) if (validateEvent(p, t).valid) valid++;
process.stdout.write(String(valid));`;
    const pyCold = `import json
from spec_kitty_events.conformance import validate_event
cases = json.load(open(${JSON.stringify(file)}))
print(sum(1 for p, t in cases if validate_event(p, t).valid), end='')`;
    const python = pythonAvailable();
    const rows = [
      ['node -e 0', () => wallMs(process.execPath, ['-e', '0'])],
      ["require('spec-kitty-events')", () => wallMs(process.execPath, ['-e', `require(${index})`])],
      ['spec-kitty-events --version', () => wallMs(process.execPath, [path.join(DIST, 'cli', 'main.js'), '--version'])],
      ['require, `Event` read', () => wallMs(process.execPath, ['-e', `require(${index}).Event`])],
      ['require, every name read (as an ES import does)', () => wallMs(process.execPath, ['-e', `const l = require(${index}); for (const k of Object.keys(l)) void l[k];`])],
      [`validateEvent cold, ${CASES} payloads (${types} types)`, () => wallMs(process.execPath, ['-e', nodeCold])],
    ];
    if (python) rows.push([`reference validate_event cold, ${CASES} payloads`, () => wallMs('python3', ['-c', pyCold], { PYTHONPATH: REFERENCE, PYTHONDONTWRITEBYTECODE: '1' })]);
    const samples = rows.map(() => []);
    const outs = rows.map(() => new Set());
    for (let run = 0; run < RUNS; run++) {
      rows.forEach(([, measure], i) => {
        const { ms, out } = measure();
        samples[i].push(ms);
        outs[i].add(out);
      });
    }
    const medians = samples.map(median);
    const floor = medians[0];
    const lines = ['| process | median ms | vs node -e 0 |', '|---|---:|---:|'];
    rows.forEach(([label], i) => lines.push(`| ${label} | ${medians[i].toFixed(0)} | ${(medians[i] / floor).toFixed(2)}x |`));
    if (python) {
      const port = medians[rows.length - 2];
      const reference = medians[rows.length - 1];
      const verdicts = [...outs[rows.length - 2]].join(',') === [...outs[rows.length - 1]].join(',') ? 'same verdicts' : 'VERDICTS DIFFER';
      lines.push('', `cold validateEvent: the reference takes ${(reference / port).toFixed(2)}x the port's time (${verdicts}: ${[...outs[rows.length - 2]].join(',')} valid of ${CASES})`);
    } else lines.push('', 'cold validateEvent: reference not available (python3 with pydantic and REFERENCE_PY), port side only');
    lines.push(`${RUNS} alternating runs each; ${os.cpus().length} cores; load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}; node ${process.version}`);
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
