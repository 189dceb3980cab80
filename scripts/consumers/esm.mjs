// An ESM consumer: named imports from the CommonJS build (cjs-module-lexer must see them).
import { FocusChangedPayload, FocusTarget, StatusTransitionPayload, ValidationError, reduceStatusEvents, VERSION } from 'spec-kitty-events';
import { validateEvent, loadFixtures } from 'spec-kitty-events/conformance';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import common from './common.js';

const entries = JSON.parse(process.env.SKE_ENTRIES);
for (const entry of entries) await import(entry);
const ske = { FocusChangedPayload, FocusTarget, StatusTransitionPayload, ValidationError, reduceStatusEvents, VERSION };
common.checkRoot(ske);
common.checkDto(ske, { plainToInstance }, { validateSync });
common.checkConformance({ validateEvent, loadFixtures });
process.stdout.write(`esm: ok (${entries.join(', ')})\n`);
