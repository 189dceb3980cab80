'use strict';
// The package sees a nested second copy of class-transformer: the DTO path must fail loudly.
const ske = require('spec-kitty-events/v2');
const { plainToInstance } = require('class-transformer');
const { validateSync } = require('class-validator');
const { check, FOCUS } = require('./common');
let error = null;
try {
  validateSync(plainToInstance(ske.FocusChangedPayload, FOCUS));
} catch (e) {
  error = e;
}
check(error instanceof ske.SpecKittyEventsError, `a second copy is reported with the library's error (got ${error})`);
check(/two copies/.test(error.message) && /npm install class-transformer/.test(error.message), `the message says what to install: ${error.message}`);
check(ske.FocusChangedPayload.fromDict(FOCUS).focus_target instanceof ske.FocusTarget, 'fromDict does not need the peers to be shared');
process.stdout.write('second copy: reported\n');
