/**
 * `npm run schemas` writes `schemas/*.schema.json` from the registered models;
 * `npm run schemas -- --check` regenerates in memory and fails on drift, a missing file or
 * an orphaned `*.schema.json` (SCHEMAS_AND_CONFORMANCE.md §1.10).
 */
import 'reflect-metadata';
import * as path from 'node:path';
import '../src/registry/all-models';
import { runSchemasCommand } from '../src/schemas';

const result = runSchemasCommand(process.argv.slice(2), path.resolve(__dirname, '..', 'schemas'));
if (result.stdout !== '') process.stdout.write(result.stdout);
if (result.stderr !== '') process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
