// Type-checked under node10, node16 (CJS), node16 (ESM, as .mts) and bundler resolution; no
// decorators or reflect-metadata in user code.
import { StatusTransitionPayload, ValidationError, payloadClassFor, getSchema, toWire, type WireShape, type GatePassedPayload } from 'spec-kitty-events';
import { FocusChangedPayload } from 'spec-kitty-events/v2';
import { validateEvent, type ConformanceResult } from 'spec-kitty-events/conformance';

const payload: FocusChangedPayload = FocusChangedPayload.fromDict({});
const id: string = payload.participant_id;
const result: ConformanceResult = validateEvent({}, 'FocusChanged');
const valid: boolean = result.valid;
const error: ValidationError | null = null;
const transition: StatusTransitionPayload | null = null;
// The typed registry: a known name gives its class; toWire types toDict().
const gate: GatePassedPayload = payloadClassFor('GatePassed').fromDict({});
const wire: WireShape<GatePassedPayload> = toWire(gate);
const gateName: string = wire.gate_name;
const schemaId: unknown = getSchema('event')['$id'];
const fromWire: string = 'GatePassed';
const anyName: ConformanceResult = validateEvent({}, fromWire);
export { id, valid, error, transition, gateName, schemaId, anyName };
