/**
 * `npm run schemas` writes `schemas/*.schema.json` (6.1.0) and `schemas/v2/*.schema.json` (2.1.0)
 * from the registered models of each contract;
 * `npm run schemas -- --check` regenerates in memory and fails on drift, a missing file or
 * an orphaned `*.schema.json` (SCHEMAS_AND_CONFORMANCE.md §1.10).
 */
import 'reflect-metadata';
import * as path from 'node:path';
import '../src/v2/all-models';
import '../src/all-models';
import { packageSchemaTargets, runSchemasCommand } from '../src/schemas';

const result = runSchemasCommand(process.argv.slice(2), packageSchemaTargets(path.resolve(__dirname, '..', 'schemas')));
if (result.stdout !== '') process.stdout.write(result.stdout);
if (result.stderr !== '') process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
