/**
 * Ingest (issue 11): `Event.fromDict(JSON.parse(line))` over 10,000 JSONL envelope lines (the
 * 6.1.0 status golden log, ids varying in every position) beside the reference's
 * `Event.model_validate_json(line)` (scripts/bench/ingest_reference.py) where python3 with
 * pydantic and the 6.1.0 reference are found; the port alone otherwise.
 *
 * Run alone: `npm run build && node --expose-gc scripts/bench/ingest.js` (BENCH_QUICK=1: fewer runs).
 */
'use strict';

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { measure } = require('./timing');
const { logFrom } = require('./reducers-6');

const ROOT = path.resolve(__dirname, '..', '..');
const REFERENCE_SRC = process.env.SPEC_KITTY_REFERENCE_6 || path.resolve(ROOT, '..', 'shared', 'reference-py', '6.1.0', 'src');
const QUICK = process.env.BENCH_QUICK === '1';

function referenceMs(file, runs) {
  const result = spawnSync('python3', [path.join(__dirname, 'ingest_reference.py'), file, String(runs)], {
    env: { ...process.env, PYTHONPATH: REFERENCE_SRC, PYTHONDONTWRITEBYTECODE: '1' },
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (result.status !== 0) {
    process.stderr.write(`bench: reference ingest not run (${(result.stderr || '').trim().split('\n').pop()})\n`);
    return null;
  }
  return JSON.parse(result.stdout).median_ms;
}

/** Runs the section; `row(benchmark, size, result, target, verdict)` receives the table row. */
function benchIngest(row) {
  const lib = require(path.join(ROOT, 'dist', 'index.js'));
  const lines = logFrom('status-reducer.json', 10_000).map((d) => JSON.stringify(d));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ske-ingest-'));
  try {
    const file = path.join(tmp, 'events.jsonl');
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    const ingest = () => {
      let clocks = 0;
      for (const line of lines) clocks += lib.Event.fromDict(JSON.parse(line)).lamport_clock;
      return clocks;
    };
    const ours = measure(ingest, { warmup: QUICK ? 3 : 10, runs: QUICK ? 10 : 30 }).median;
    const ref = referenceMs(file, QUICK ? 5 : 15);
    const ratio = ref === null ? null : ref / ours;
    row(
      'ingest: Event.fromDict(JSON.parse(line)) vs model_validate_json(line), median',
      '10,000',
      ref === null ? `${ours.toFixed(1)} ms` : `${ours.toFixed(1)} ms vs reference ${ref.toFixed(1)} ms (${ratio.toFixed(2)}×)`,
      '≥ 1.5× the reference',
      ratio === null ? '—' : ratio >= 1.5 ? '✓' : '✗',
    );
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

module.exports = { benchIngest };

if (require.main === module) {
  const rows = [];
  benchIngest((...cells) => rows.push(cells));
  process.stdout.write(`\ningest — ${os.cpus()[0]?.model.trim()}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(2)}\n\n| Benchmark | Events | Result | Target | |\n|---|---|---|---|---|\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n`);
}
