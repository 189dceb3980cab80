/**
 * The Python reference for scripts/bench.js: finds it (python3 with pydantic and the reference
 * sources of 2.1.0 and 6.1.0) and runs scripts/bench/reference.py under one version.
 *
 * SPEC_KITTY_REFERENCE_PY names the directory holding `2.1.0/src` and `6.1.0/src`
 * (default ../shared/reference-py next to the project); SPEC_KITTY_REFERENCE_6 still names the
 * 6.1.0 src alone. Without python3, pydantic or a version's sources, that version's reference
 * is absent and the bench prints the port side alone ("—").
 */
'use strict';

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { nowMs } = require('./timing');

const ROOT = path.resolve(__dirname, '..', '..');
const BASE = process.env.SPEC_KITTY_REFERENCE_PY || path.resolve(ROOT, '..', 'shared', 'reference-py');
const SCRIPT = path.join(__dirname, 'reference.py');

function srcFor(version) {
  if (version === '6.1.0' && process.env.SPEC_KITTY_REFERENCE_6) return process.env.SPEC_KITTY_REFERENCE_6;
  return path.join(BASE, version, 'src');
}

function envFor(version) {
  return { ...process.env, PYTHONPATH: srcFor(version), PYTHONDONTWRITEBYTECODE: '1' };
}

const found = new Map();
/** True when python3 imports pydantic and the reference of `version` reports that version. */
function available(version) {
  if (!found.has(version)) {
    const probe = spawnSync('python3', ['-c', 'import pydantic, jsonschema, spec_kitty_events as s; print(s.__version__)'], { env: envFor(version), encoding: 'utf8' });
    found.set(version, probe.status === 0 && probe.stdout.trim() === version);
  }
  return found.get(version);
}

/**
 * Runs `reference.py <args>` under `version`: returns {ms (whole process, wall), json (its
 * stdout parsed; null with `stdoutFile`)}. `stdoutFile` sends stdout to that file instead.
 */
function run(version, args, { stdoutFile = null } = {}) {
  const fd = stdoutFile === null ? null : fs.openSync(stdoutFile, 'w');
  try {
    const t0 = nowMs();
    const r = spawnSync('python3', [SCRIPT, ...args], {
      env: envFor(version),
      encoding: 'utf8',
      maxBuffer: 1 << 26,
      stdio: ['ignore', fd === null ? 'pipe' : fd, 'pipe'],
    });
    const ms = nowMs() - t0;
    if (r.error) throw r.error;
    if (r.status !== 0) throw new Error(`reference ${version} ${args[0]} failed (exit ${r.status}): ${r.stderr}`);
    return { ms, json: fd === null ? JSON.parse(r.stdout) : null, stderr: r.stderr };
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

/** `reduce` jobs ({name, path, module, function, kwargs}) → {name: median ms}. */
function reduceTimes(version, jobs, runs) {
  const spec = path.join(os.tmpdir(), `ske-bench-jobs-${process.pid}-${version}.json`);
  fs.writeFileSync(spec, JSON.stringify({ runs, jobs }));
  try {
    return run(version, ['reduce', spec]).json;
  } finally {
    fs.rmSync(spec, { force: true });
  }
}

module.exports = { available, run, reduceTimes, srcFor };
