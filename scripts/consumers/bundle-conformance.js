'use strict';
const { checkConformance } = require('./common');
checkConformance(require('spec-kitty-events/conformance'), require('spec-kitty-events/v2/conformance'));
process.stdout.write('bundle (conformance): ok\n');
