// An ESM consumer: named imports from the CommonJS build (cjs-module-lexer must see them).
import { StatusTransitionPayload, ValidationError, reduceStatusEvents, VERSION } from 'spec-kitty-events';
import * as v2 from 'spec-kitty-events/v2';
import { FocusChangedPayload, FocusTarget } from 'spec-kitty-events/v2';
import { validateEvent, loadFixtures, loadReplayStream, loadTimestampSemanticsFixture } from 'spec-kitty-events/conformance';
import * as v2Conformance from 'spec-kitty-events/v2/conformance';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import common from './common.js';

const entries = JSON.parse(process.env.SKE_ENTRIES);
for (const entry of entries) await import(entry);
const root = { StatusTransitionPayload, ValidationError, reduceStatusEvents, VERSION };
const v2Named = { ...v2, FocusChangedPayload, FocusTarget };
common.checkRoot(root, v2Named);
common.checkDto(root, v2Named, { plainToInstance }, { validateSync });
common.checkConformance({ validateEvent, loadFixtures, loadReplayStream, loadTimestampSemanticsFixture }, v2Conformance);
process.stdout.write(`esm: ok (${entries.join(', ')})\n`);
