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
// The published schemas: the JSON files by subpath, the same documents through getSchema.
const { check } = require('./common');
const eventSchema = require('spec-kitty-events/schemas/event.schema.json');
const v2Lane = require('spec-kitty-events/schemas/v2/lane.schema.json');
check(JSON.stringify(eventSchema) === JSON.stringify(root.getSchema('event')), 'schemas/event.schema.json = getSchema(event)');
check(JSON.stringify(v2Lane) === JSON.stringify(root.getSchema('lane', '2.1.0')), 'schemas/v2/lane.schema.json = getSchema(lane, 2.1.0)');
process.stdout.write(`cjs: ok (${entries.join(', ')})\n`);
