/**
 * Laws of the 6.1.0 validateEvent: it never throws on a payload and never mutates it; wrapping a
 * payload in a canonical envelope of its own event type changes nothing (the gate passes, the
 * layers see the same payload); an envelope of another event type is not unwrapped.
 */
import 'reflect-metadata';
import fc from 'fast-check';
import { validateEvent } from '../../src/conformance';
import { loadFixtures } from '../../src/conformance/fixtures';
import { registryFor } from '../../src/registry';

const TYPES = registryFor('6.1.0').registeredEventTypes();
const PAYLOAD_TYPES = TYPES.filter((type) => type !== 'Event');
const canonical = (eventType: string, payload: unknown) => ({
  event_id: '01JMXXXXXXXXXXXXXXXXXXXXXX',
  event_type: eventType,
  aggregate_id: 'agg',
  payload,
  timestamp: '2026-01-15T10:00:00Z',
  build_id: 'b',
  node_id: 'n',
  lamport_clock: 1,
  project_uuid: 'a1b2c3d4-e5f6-7890-abcd-ef1234567890',
  correlation_id: '01JMYYYYYYYYYYYYYYYYYYYYYY',
  schema_version: '3.0.0',
});
const summary = (result: ReturnType<typeof validateEvent>) => ({
  valid: result.valid,
  model: result.modelViolations.map((v) => [v.field, v.message, v.violationType]),
  schema: result.schemaViolations.map((v) => [v.jsonPath, v.validator, v.message]),
});

/** Real payloads (the reference fixtures of the modelled types) mixed with arbitrary JSON. */
const fixturePayloads = [...loadFixtures('events'), ...loadFixtures('edge_cases')]
  .filter((c) => PAYLOAD_TYPES.includes(c.eventType) && typeof c.payload === 'object' && c.payload !== null && !Array.isArray(c.payload))
  .map((c) => [c.eventType, c.payload] as const);
const payloadCase = fc.oneof(
  fc.constantFrom(...fixturePayloads),
  fc.tuple(fc.constantFrom(...PAYLOAD_TYPES), fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 })),
);

describe('validateEvent (6.1.0) laws', () => {
  it('has modelled payload types to test', () => {
    expect(PAYLOAD_TYPES.length).toBeGreaterThan(0);
    expect(fixturePayloads.length).toBeGreaterThan(5);
  });

  it('never throws and never mutates, whatever the input', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TYPES), fc.jsonValue({ maxDepth: 3 }), (eventType, input) => {
        const before = JSON.stringify(input);
        const result = validateEvent(input, eventType);
        expect(JSON.stringify(input)).toBe(before);
        expect(Object.isFrozen(result)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a canonical envelope of the same event type validates exactly as its payload', () => {
    fc.assert(
      fc.property(payloadCase, ([eventType, payload]) => {
        expect(summary(validateEvent(canonical(eventType, payload), eventType))).toEqual(summary(validateEvent(payload, eventType)));
      }),
      { numRuns: 200 },
    );
  });

  it('an envelope of another event type is validated as a payload, not unwrapped', () => {
    fc.assert(
      fc.property(payloadCase, ([eventType, payload]) => {
        const input = canonical('Other', payload);
        expect(summary(validateEvent(input, eventType))).toEqual(
          summary(validateEvent(JSON.parse(JSON.stringify(input)) as unknown, eventType)),
        );
        expect(validateEvent(input, eventType).valid).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});
