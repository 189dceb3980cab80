/** Timing helpers for scripts/bench.js. */
'use strict';

const gc = typeof global.gc === 'function' ? global.gc : () => undefined;

function nowMs() {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Runs `fn` once and returns [milliseconds, result]. */
function timeOnce(fn) {
  const t0 = nowMs();
  const result = fn();
  return [nowMs() - t0, result];
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * `warmup` unmeasured runs, then `runs` measured ones: median, min, max. One GC before the
 * measured series; between runs only with `gcBetween` (for runs that leave hundreds of MB of
 * garbage: otherwise one run pays for the previous one's). Small runs skip it: a forced full
 * GC shrinks the young generation and the next run pays for regrowing it, as no caller does.
 */
function measure(fn, { warmup, runs, gcBetween = false }) {
  for (let i = 0; i < warmup; i++) fn();
  gc();
  const times = [];
  let last;
  for (let i = 0; i < runs; i++) {
    if (gcBetween && i > 0) {
      last = undefined;
      gc();
    }
    const [ms, result] = timeOnce(fn);
    times.push(ms);
    last = result;
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), runs, result: last };
}

function heapUsedMb() {
  gc();
  return process.memoryUsage().heapUsed / (1024 * 1024);
}

module.exports = { gc, nowMs, timeOnce, median, measure, heapUsedMb };
