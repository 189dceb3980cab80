/**
 * The port's side of the cold `validateEvent` row of scripts/bench.js: a fresh process that
 * loads the package's conformance entry point of VERSION (dist/), reads the corpus and
 * validates its items of that version once. The caller times the whole process.
 *
 *   node scripts/bench/validate-once.js bench/data/validate-corpus.json 6.1.0
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const [corpusFile, version] = process.argv.slice(2);
const dist = path.join(__dirname, '..', '..', 'dist');
const { validateEvent } = require(path.join(dist, ...(version === '2.1.0' ? ['v2', 'conformance'] : ['conformance']), 'index.js'));
const corpus = JSON.parse(fs.readFileSync(corpusFile, 'utf8'));
let items = 0;
let valid = 0;
for (const item of corpus.items) {
  if (item.v !== version) continue;
  items++;
  if (validateEvent(item.p, item.t).valid) valid++;
}
process.stdout.write(`${JSON.stringify({ items, valid })}\n`);
