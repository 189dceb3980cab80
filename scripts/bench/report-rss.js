/**
 * Preloaded into a child process (`node --require scripts/bench/report-rss.js …`) by the
 * benchmark: on exit, writes the process's peak resident set size to the file named by
 * BENCH_RSS_FILE (kilobytes, `process.resourceUsage().maxRSS`). The CLI itself is unchanged.
 */
'use strict';
const fs = require('node:fs');

const target = process.env.BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    fs.writeFileSync(target, String(process.resourceUsage().maxRSS));
  });
}
