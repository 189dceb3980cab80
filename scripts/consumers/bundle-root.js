'use strict';
// Bundled by esbuild with its dependencies, then run from a folder without node_modules.
const ske = require('spec-kitty-events');
const { checkRoot, checkDto } = require('./common');
checkRoot(ske);
checkDto(ske, require('class-transformer'), require('class-validator'));
process.stdout.write('bundle (root): ok\n');
