'use strict';
// Bundled by esbuild with its dependencies, then run from a folder without node_modules.
const root = require('spec-kitty-events');
const v2 = require('spec-kitty-events/v2');
const { checkRoot, checkDto } = require('./common');
checkRoot(root, v2);
checkDto(root, v2, require('class-transformer'), require('class-validator'));
process.stdout.write('bundle (root): ok\n');
