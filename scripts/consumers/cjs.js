'use strict';
// A CommonJS consumer: every entry point by require().
const { checkRoot, checkDto, checkConformance } = require('./common');
const entries = JSON.parse(process.env.SKE_ENTRIES);
for (const entry of entries) require(entry);
checkRoot(require('spec-kitty-events'));
checkDto(require('spec-kitty-events'), require('class-transformer'), require('class-validator'));
checkConformance(require('spec-kitty-events/conformance'));
process.stdout.write(`cjs: ok (${entries.join(', ')})\n`);
