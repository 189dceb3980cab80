#!/usr/bin/env node
/**
 * Build step after tsc: copies the fixture trees `src/conformance/fixtures/**` (6.1.0) and
 * `src/v2/conformance/fixtures/**` (2.1.0) into `dist/`, so the installed package's
 * `loadFixtures` finds each next to its `fixtures.js`. Plain Node, no dependencies.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const assets = [
  ['src/conformance/fixtures', 'dist/conformance/fixtures'],
  ['src/v2/conformance/fixtures', 'dist/v2/conformance/fixtures'],
];

for (const [from, to] of assets) {
  const source = path.join(root, from);
  const target = path.join(root, to);
  if (!fs.existsSync(source)) {
    process.stderr.write(`copy-assets: missing ${from}\n`);
    process.exit(1);
  }
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.cpSync(source, target, { recursive: true });
  process.stdout.write(`copy-assets: ${from} -> ${to}\n`);
}
