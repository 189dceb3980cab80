'use strict';
// Bundled by esbuild for the browser platform (IIFE), then run by browser-harness.js in a vm
// context with no require, process, module or file system: validateEvent (both contracts),
// loadFixtures, loadReplayStream and getSchema must work from the bundle alone.
const conformance = require('spec-kitty-events/conformance');
const v2Conformance = require('spec-kitty-events/v2/conformance');
const { getSchema, payloadClassFor } = require('spec-kitty-events');
const { checkConformance, check } = require('./common');

checkConformance(conformance, v2Conformance);
const events = conformance.loadFixtures('events');
let agreed = 0;
for (const fixture of events) {
  if (!payloadClassFor(fixture.eventType)) continue;
  const result = conformance.validateEvent(fixture.payload, fixture.eventType);
  check(result.valid === fixture.expectedValid, `fixture ${fixture.id}: valid=${result.valid}`);
  agreed += 1;
}
check(agreed > 10, `validated ${agreed} fixtures`);
check(conformance.loadReplayStream('wp-review-rejection-cycle-replay').length === 11, 'loadReplayStream');
check(getSchema('event').$id === 'spec-kitty-events/event' && getSchema('lane', '2.1.0').$id === 'spec-kitty-events/lane', 'getSchema');
globalThis.__result = `browser bundle: ok (${agreed} fixtures agree with the manifest)`;
