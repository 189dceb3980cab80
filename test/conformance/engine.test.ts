/**
 * The shared conformance engine with the 6.1.0 policy, over a test registry holding 2.1.0
 * classes (so the order of the steps is tested independently of the 6.1.0 areas): unwrapping,
 * the gate first, the model layer, the semantic rule only on a clean payload, the schema layer
 * on the unwrapped payload, schemaless event types skipped.
 */
import 'reflect-metadata';
import '../../src/v2/all-models';
import { conformanceEngine } from '../../src/conformance/engine';
import { contractPolicy, cutoverGate, unwrapEnvelope, type TransitionVerdict } from '../../src/conformance/policy';
import { ModelViolation } from '../../src/conformance/violations';
import { ContractRegistry } from '../../src/registry';
import { schemaDirFor } from '../../src/schemas/lookup';
import { V2_REGISTRY } from '../../src/v2/registry';
import { validateEvent as validateV2 } from '../../src/v2/conformance';

const registry = new ContractRegistry('6.1.0');
for (const type of ['Event', 'WPStatusChanged', 'GatePassed']) registry.add(V2_REGISTRY.entryForEventType(type)!);
registry.add({ ...V2_REGISTRY.entryForEventType('PhaseEntered')!, eventType: 'MissionReopened', schemaName: 'no_such_schema' });

const gateCalls: unknown[] = [];
const transitionCalls: unknown[] = [];
let transitionVerdict: TransitionVerdict = { valid: true, violations: [] };

const validate = conformanceEngine({
  registry,
  schemaDir: schemaDirFor('2.1.0'),
  policy: contractPolicy({
    assertCanonicalCutoverSignal: (envelope) => {
      gateCalls.push(envelope);
      const version = (envelope as { schema_version?: unknown }).schema_version;
      if (version === undefined) throw new RangeError("missing canonical cutover signal 'schema_version'");
      if (typeof version !== 'string') throw new TypeError('schema_version must be a string; got int');
      if (version === 'boom') throw new Error('unexpected');
    },
    validateTransition: (model) => {
      transitionCalls.push(model);
      return transitionVerdict;
    },
  }),
});

const transition = { feature_slug: 'f', wp_id: 'WP01', from_lane: 'planned', to_lane: 'claimed', actor: 'a', execution_mode: 'worktree' };
const envelope = (payload: unknown, extra: Record<string, unknown> = {}) => ({
  event_id: '01JMXXXXXXXXXXXXXXXXXXXXXX',
  event_type: 'WPStatusChanged',
  aggregate_id: 'WP01',
  payload,
  timestamp: '2026-01-15T10:00:00Z',
  node_id: 'n',
  lamport_clock: 1,
  project_uuid: 'a1b2c3d4-e5f6-7890-abcd-ef1234567890',
  correlation_id: '01JMYYYYYYYYYYYYYYYYYYYYYY',
  schema_version: '3.0.0',
  ...extra,
});

beforeEach(() => {
  gateCalls.length = 0;
  transitionCalls.length = 0;
  transitionVerdict = { valid: true, violations: [] };
});

describe('unwrapEnvelope', () => {
  it('unwraps an envelope of the same event type whose payload is an object', () => {
    const input = envelope(transition);
    expect(unwrapEnvelope(input, 'WPStatusChanged')).toEqual({ payload: transition, envelope: input, gated: true });
  });
  it('leaves other inputs alone: another event type, a non-object payload, a non-object input', () => {
    expect(unwrapEnvelope(envelope(transition), 'GatePassed').gated).toBe(false);
    expect(unwrapEnvelope(envelope([transition]), 'WPStatusChanged').gated).toBe(false);
    expect(unwrapEnvelope(envelope(null), 'WPStatusChanged').gated).toBe(false);
    expect(unwrapEnvelope([1], 'WPStatusChanged')).toEqual({ payload: [1], envelope: null, gated: false });
    expect(unwrapEnvelope('x', 'WPStatusChanged').gated).toBe(false);
  });
  it('gates the input itself for Event', () => {
    expect(unwrapEnvelope({ a: 1 }, 'Event')).toEqual({ payload: { a: 1 }, envelope: { a: 1 }, gated: true });
  });
  it('reads own keys only', () => {
    const inherited = Object.create({ payload: transition, event_type: 'WPStatusChanged' }) as object;
    expect(unwrapEnvelope(inherited, 'WPStatusChanged').gated).toBe(false);
  });
});

describe('the engine with the 6.1.0 policy', () => {
  it('a bare payload: no gate, model, rule, schema', () => {
    const result = validate(transition, 'WPStatusChanged');
    expect(result.valid).toBe(true);
    expect(gateCalls).toEqual([]);
    expect(transitionCalls).toHaveLength(1);
    expect(result.schemaCheckSkipped).toBe(false);
  });

  it('an envelope: gated, then validated on its payload', () => {
    const input = envelope(transition);
    expect(validate(input, 'WPStatusChanged').valid).toBe(true);
    expect(gateCalls).toEqual([input]);
  });

  it('a gate failure comes first, as a cutover_policy violation on schema_version whose input is the envelope; no rule runs', () => {
    const input = envelope({ ...transition, wp_id: 5 }, { schema_version: undefined });
    const result = validate(input, 'WPStatusChanged');
    expect(result.modelViolations[0]).toEqual(new ModelViolation('schema_version', "missing canonical cutover signal 'schema_version'", 'cutover_policy', input));
    expect(result.modelViolations.slice(1).map((v) => v.field)).toEqual(['wp_id']);
    expect(transitionCalls).toEqual([]);
    expect(result.schemaViolations.map((v) => v.jsonPath)).toEqual(['$.wp_id']);
    expect(validate(envelope(transition, { schema_version: 2 }), 'WPStatusChanged').modelViolations.map((v) => [v.violationType, v.message])).toEqual([
      ['cutover_policy', 'schema_version must be a string; got int'],
    ]);
    expect(transitionCalls).toEqual([]);
  });

  it('an unexpected gate error is not swallowed', () => {
    expect(() => validate(envelope(transition, { schema_version: 'boom' }), 'WPStatusChanged')).toThrow('unexpected');
  });

  it('the transition rule runs on a clean payload; each message is a transition_rule violation whose input is the payload', () => {
    transitionVerdict = { valid: false, violations: ['first', 'second'] };
    const result = validate(transition, 'WPStatusChanged');
    expect(result.valid).toBe(false);
    expect(result.modelViolations).toEqual([
      new ModelViolation('transition', 'first', 'transition_rule', transition),
      new ModelViolation('transition', 'second', 'transition_rule', transition),
    ]);
    expect(Object.isFrozen(result.modelViolations)).toBe(true);
    expect((transitionCalls[0] as { wp_id: string }).wp_id).toBe('WP01');
  });

  it('the rule does not run after a model violation', () => {
    transitionVerdict = { valid: false, violations: ['x'] };
    const result = validate({ ...transition, to_lane: 'nowhere' }, 'WPStatusChanged');
    expect(result.modelViolations.map((v) => v.field)).toEqual(['to_lane']);
    expect(transitionCalls).toEqual([]);
  });

  it('Event is gated on the input itself', () => {
    const input = envelope({});
    validate(input, 'Event');
    expect(gateCalls).toEqual([input]);
  });

  it('an event type without a published schema skips the schema layer', () => {
    const result = validate({ mission_id: 'm' }, 'MissionReopened');
    expect(result.schemaCheckSkipped).toBe(true);
    expect(result.schemaViolations).toEqual([]);
  });

  it('an unknown event type lists the registry types', () => {
    expect(() => validate({}, 'Nope')).toThrow(new RangeError("Unknown event type: 'Nope'. Known types: ['Event', 'GatePassed', 'MissionReopened', 'WPStatusChanged']"));
  });

  it('with no policy the engine is the 2.1.0 validateEvent', () => {
    const plain = conformanceEngine({ registry, schemaDir: schemaDirFor('2.1.0') });
    for (const input of [transition, envelope(transition), { ...transition, to_lane: 'x' }, 'text', null]) {
      expect(plain(input, 'WPStatusChanged')).toEqual(validateV2(input, 'WPStatusChanged'));
    }
  });
});

describe('cutoverGate', () => {
  it('passes a canonical envelope and keeps only TypeError / RangeError', () => {
    expect(cutoverGate(() => undefined)({})).toEqual([]);
    expect(() => cutoverGate(() => { throw new SyntaxError('s'); })({})).toThrow(SyntaxError);
  });
});
