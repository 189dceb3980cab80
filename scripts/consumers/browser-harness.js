'use strict';
// Runs a browser-platform bundle in a bare vm context: the globals a browser has that the
// package may use (console, TextEncoder/TextDecoder, URL, timers), and no require, process,
// module, Buffer or file system. The bundle sets globalThis.__result when all its checks pass.
const fs = require('node:fs');
const vm = require('node:vm');

const code = fs.readFileSync(process.argv[2], 'utf8');
const context = vm.createContext({
  console,
  TextEncoder,
  TextDecoder,
  URL,
  URLSearchParams,
  setTimeout,
  clearTimeout,
  queueMicrotask,
  structuredClone,
});
for (const name of ['require', 'process', 'module', 'Buffer', '__dirname']) {
  if (vm.runInContext(`typeof ${name}`, context) !== 'undefined') throw new Error(`harness: ${name} leaked into the context`);
}
vm.runInContext(code, context, { filename: 'browser.js' });
const result = vm.runInContext('globalThis.__result', context);
if (typeof result !== 'string') throw new Error('browser bundle: did not finish its checks');
process.stdout.write(`${result}\n`);
