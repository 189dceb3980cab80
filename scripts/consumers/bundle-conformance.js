'use strict';
const { checkConformance } = require('./common');
checkConformance(require('spec-kitty-events/conformance'));
process.stdout.write('bundle (conformance): ok\n');
