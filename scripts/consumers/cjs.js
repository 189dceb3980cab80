'use strict';
// A CommonJS consumer: every entry point by require().
const { checkRoot, checkDto, checkConformance } = require('./common');
const entries = JSON.parse(process.env.SKE_ENTRIES);
for (const entry of entries) require(entry);
const root = require('spec-kitty-events');
const v2 = require('spec-kitty-events/v2');
checkRoot(root, v2);
checkDto(root, v2, require('class-transformer'), require('class-validator'));
checkConformance(require('spec-kitty-events/conformance'), require('spec-kitty-events/v2/conformance'));
process.stdout.write(`cjs: ok (${entries.join(', ')})\n`);
