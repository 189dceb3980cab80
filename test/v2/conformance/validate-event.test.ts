/** `validateEvent`: §2 of SCHEMAS_AND_CONFORMANCE.md and the behaviours §5 pins down. */
import { ConformanceResult, ModelViolation, SchemaViolation, validateEvent } from '../../../src/v2/conformance';
import { schemaValidator } from '../../../src/schemas/schema-layer';
import { SpecKittyEventsError } from '../../../src/envelope/errors';
import { registeredEventTypes } from '../../../src/v2/registry';
import { loadSchema, schemaDirFor } from '../../../src/schemas';

const V2_SCHEMA_DIR = schemaDirFor('2.1.0');
import { C0, E0, F0, W0 } from './disagreement-table';
import { minimalPayloads } from './minimal-payloads';

const KNOWN_TYPES =
  "['CommentPosted', 'ConcurrentDriverWarning', 'DecisionCaptured', 'DriveIntentSet', 'Event', 'FocusChanged', 'GateFailed', " +
  "'GatePassed', 'MissionCancelled', 'MissionCompleted', 'MissionStarted', 'ParticipantInvited', 'ParticipantJoined', " +
  "'ParticipantLeft', 'PhaseEntered', 'PotentialStepCollisionDetected', 'PresenceHeartbeat', 'PromptStepExecutionCompleted', " +
  "'PromptStepExecutionStarted', 'ReviewRollback', 'SessionLinked', 'WPStatusChanged', 'WarningAcknowledged']";

const paths = (result: ConformanceResult): string[] => result.schemaViolations.map((v) => `${v.jsonPath} ${v.validator}`);
const fields = (result: ConformanceResult): string[] => result.modelViolations.map((v) => `${v.field} ${v.violationType}`);

describe('event types', () => {
  it('registers exactly the 23 event types of §2.2', () => {
    expect(`[${registeredEventTypes().map((t) => `'${t}'`).join(', ')}]`).toBe(KNOWN_TYPES);
  });

  it('accepts a minimal payload (required fields only) for every event type', () => {
    const payloads = minimalPayloads();
    expect(Object.keys(payloads).sort()).toEqual([...registeredEventTypes()].sort());
    for (const [eventType, payload] of Object.entries(payloads)) {
      const result = validateEvent(payload, eventType);
      expect({ eventType, model: result.modelViolations, schema: result.schemaViolations }).toEqual({ eventType, model: [], schema: [] });
      expect(result.valid).toBe(true);
      expect(result.eventType).toBe(eventType);
    }
  });

  it('throws RangeError with the exact message for an unknown type', () => {
    expect(() => validateEvent({}, 'Nope')).toThrow(new RangeError(`Unknown event type: 'Nope'. Known types: ${KNOWN_TYPES}`));
    let caught: unknown;
    try {
      validateEvent({}, 'UnknownEventType');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RangeError);
    expect(caught).not.toBeInstanceOf(SpecKittyEventsError);
    expect((caught as Error).message).toContain('Unknown event type');
  });

  it('renders the unknown type with pyRepr and checks it before the payload', () => {
    expect(() => validateEvent(null, "it's")).toThrow(/^Unknown event type: "it's"\. Known types: \[/);
    expect(() => validateEvent(undefined, 'event')).toThrow("Unknown event type: 'event'.");
    expect(() => validateEvent({}, 'LaneMapping')).toThrow("Unknown event type: 'LaneMapping'.");
    expect(() => validateEvent({}, 5 as unknown as string)).toThrow(/^Unknown event type: 5\. Known types/);
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('treats %s as an ordinary unknown type', (name) => {
    expect(() => validateEvent({}, name)).toThrow(RangeError);
  });

  it('never runs the payload check for Event.payload against the envelope event_type', () => {
    const result = validateEvent({ ...E0, event_type: 'WPStatusChanged', payload: { bad: 'data' } }, 'Event');
    expect(result.valid).toBe(true);
  });
});

describe('§5 pinned behaviours', () => {
  it('W0 without actor: invalid with a model violation on actor', () => {
    const { actor: _actor, ...payload } = W0;
    const result = validateEvent(payload, 'WPStatusChanged');
    expect(result.valid).toBe(false);
    expect(result.modelViolations.some((v) => v.field === 'actor')).toBe(true);
    expect(result.modelViolations[0]).toEqual(new ModelViolation('actor', 'Field required', 'missing', payload));
    expect(paths(result)).toEqual(['$ required']);
    expect(result.schemaViolations[0]!.message).toBe("'actor' is a required property");
  });

  it('W0 with an unknown lane has model violations', () => {
    const result = validateEvent({ ...W0, to_lane: 'invalid_lane' }, 'WPStatusChanged');
    expect(result.modelViolations.length).toBeGreaterThan(0);
    expect(fields(result)).toEqual(['to_lane enum']);
  });

  it('W0 with force and no reason: a model violation mentions reason', () => {
    const result = validateEvent({ ...W0, force: true }, 'WPStatusChanged');
    expect(result.valid).toBe(false);
    expect(result.modelViolations.some((v) => /reason/i.test(v.message))).toBe(true);
    expect(result.modelViolations[0]!.field).toBe('');
  });

  it('W0 with actor 42: schema violations with a json path and message', () => {
    const result = validateEvent({ ...W0, actor: 42 }, 'WPStatusChanged');
    expect(result.schemaViolations.length).toBeGreaterThan(0);
    const first = result.schemaViolations[0]!;
    expect(first.jsonPath).toBe('$.actor');
    expect(first.message).toBe("42 is not of type 'string'");
    expect(first.validator).toBe('type');
    expect(first.validatorValue).toBe('string');
    expect(first.schemaPath).toEqual(['properties', 'actor', 'type']);
  });

  it('strict has no observable effect: the schema layer always runs', () => {
    for (const strict of [true, false, undefined]) {
      const result = validateEvent({ ...W0, actor: 42 }, 'WPStatusChanged', strict === undefined ? undefined : { strict });
      expect(result.schemaCheckSkipped).toBe(false);
      expect(paths(result)).toEqual(['$.actor type']);
    }
  });
});

describe('result shape', () => {
  it('is a frozen ConformanceResult with frozen violation lists and violations', () => {
    const result = validateEvent({ ...W0, actor: 42 }, 'WPStatusChanged');
    expect(result).toBeInstanceOf(ConformanceResult);
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.modelViolations)).toBe(true);
    expect(Object.isFrozen(result.schemaViolations)).toBe(true);
    expect(result.modelViolations[0]).toBeInstanceOf(ModelViolation);
    expect(result.schemaViolations[0]).toBeInstanceOf(SchemaViolation);
    expect(Object.isFrozen(result.modelViolations[0])).toBe(true);
    expect(Object.isFrozen(result.schemaViolations[0])).toBe(true);
    expect(Object.isFrozen(result.schemaViolations[0]!.schemaPath)).toBe(true);
    expect(typeof result.schemaCheckSkipped).toBe('boolean');
    expect(Object.keys(result.modelViolations[0]!).sort()).toEqual(['field', 'inputValue', 'message', 'violationType']);
    expect(Object.keys(result.schemaViolations[0]!).sort()).toEqual(['jsonPath', 'message', 'schemaPath', 'validator', 'validatorValue']);
    expect(() => {
      (result as { valid: boolean }).valid = true;
    }).toThrow(TypeError);
  });

  it('valid = no model violations and no schema violations', () => {
    const ok = validateEvent({ ...W0 }, 'WPStatusChanged');
    expect(ok.valid).toBe(true);
    expect(ok.modelViolations).toEqual([]);
    expect(ok.schemaViolations).toEqual([]);
    expect(new ConformanceResult([], [], false, 'X').valid).toBe(true);
    expect(new ConformanceResult([], [new SchemaViolation('$', 'm', 'type', 'object', ['type'])], true, 'X').valid).toBe(true);
    expect(new ConformanceResult([], [new SchemaViolation('$', 'm', 'type', 'object', ['type'])], false, 'X').valid).toBe(false);
  });

  it('a cached validator is shared between calls and schema values cannot be changed through a result', () => {
    expect(schemaValidator('status_transition_payload', V2_SCHEMA_DIR)).toBe(schemaValidator('status_transition_payload', V2_SCHEMA_DIR));
    const value = validateEvent({ ...W0, to_lane: 'x' }, 'WPStatusChanged').schemaViolations[0]!.validatorValue as string[];
    expect(() => value.push('x')).toThrow(TypeError);
    expect(validateEvent({ ...W0, to_lane: 'x' }, 'WPStatusChanged').schemaViolations[0]!.validatorValue).toEqual([
      'planned',
      'claimed',
      'in_progress',
      'for_review',
      'done',
      'blocked',
      'canceled',
    ]);
  });

  it('an unknown schema name fails with the reference message', () => {
    expect(() => loadSchema('nonexistent', V2_SCHEMA_DIR)).toThrow(/No schema found for 'nonexistent'\. Available: \['auth_principal_binding'|No schema found for 'nonexistent'\. Available: \[/);
    expect(() => loadSchema("it's", V2_SCHEMA_DIR)).toThrow("No schema found for 'it's'. Available: [");
  });
});

describe('§2.5 model violations', () => {
  it('locates nested and list failures with dotted fields; missing reports the enclosing object', () => {
    const result = validateEvent({ ...F0, focus_target: { target_type: 'wp' } }, 'FocusChanged');
    expect(result.modelViolations).toEqual([new ModelViolation('focus_target.target_id', 'Field required', 'missing', { target_type: 'wp' })]);
    expect(paths(result)).toEqual(['$.focus_target required']);
    expect(result.schemaViolations[0]!.message).toBe("'target_id' is a required property");
    expect(result.schemaViolations[0]!.validatorValue).toEqual(['target_type', 'target_id']);
  });

  it('reports a non-object payload at the empty field, with the payload as input', () => {
    for (const payload of [null, [], 'x', 5, true, undefined]) {
      const result = validateEvent(payload, 'WPStatusChanged');
      expect(result.valid).toBe(false);
      expect(result.modelViolations).toEqual([
        new ModelViolation('', 'Input should be a valid dictionary or instance of StatusTransitionPayload', 'model_type', payload),
      ]);
      expect(paths(result)).toEqual(['$ type']);
      expect(result.schemaViolations[0]!.validatorValue).toBe('object');
    }
    expect(validateEvent(null, 'Event').schemaViolations[0]!.message).toBe("None is not of type 'object'");
  });

  it('reports Event.payload that is not an object as dict_type', () => {
    const result = validateEvent({ ...E0, payload: [1] }, 'Event');
    expect(fields(result)).toEqual(['payload dict_type']);
    expect(paths(result)).toEqual(['$.payload type']);
  });
});

describe('§2.6 schema violations', () => {
  it('sorts by json path as strings: [10] < [11] < [1] < [2]; model violations by ascending index', () => {
    const ids: unknown[] = ['a', 1, 2, 'd', 'e', 'f', 'g', 'h', 'i', 'j', 10, 11];
    const result = validateEvent({ ...C0, participant_ids: ids }, 'ConcurrentDriverWarning');
    expect(paths(result)).toEqual([
      '$.participant_ids[10] type',
      '$.participant_ids[11] type',
      '$.participant_ids[1] type',
      '$.participant_ids[2] type',
    ]);
    expect(fields(result)).toEqual([
      'participant_ids.1 string_type',
      'participant_ids.2 string_type',
      'participant_ids.10 string_type',
      'participant_ids.11 string_type',
    ]);
  });

  it('lists several required failures at one path in the schema order, after nothing', () => {
    const result = validateEvent({}, 'Event');
    expect(result.schemaViolations.map((v) => v.message)).toEqual([
      "'event_id' is a required property",
      "'event_type' is a required property",
      "'aggregate_id' is a required property",
      "'timestamp' is a required property",
      "'node_id' is a required property",
      "'lamport_clock' is a required property",
      "'project_uuid' is a required property",
      "'correlation_id' is a required property",
    ]);
    expect(result.schemaViolations.every((v) => v.jsonPath === '$' && v.validator === 'required')).toBe(true);
    expect(result.modelViolations.map((v) => v.field)).toEqual([
      'event_id',
      'event_type',
      'aggregate_id',
      'timestamp',
      'node_id',
      'lamport_clock',
      'project_uuid',
      'correlation_id',
    ]);
  });

  it('reports one anyOf violation for any failure inside a nullable field', () => {
    const result = validateEvent({ ...F0, previous_focus_target: { target_type: 'x' } }, 'FocusChanged');
    expect(paths(result)).toEqual(['$.previous_focus_target anyOf']);
    const violation = result.schemaViolations[0]!;
    expect(violation.message).toBe("{'target_type': 'x'} is not valid under any of the given schemas");
    expect(violation.validatorValue).toEqual([{ $ref: '#/$defs/FocusTarget' }, { type: 'null' }]);
    expect(fields(result)).toEqual(['previous_focus_target.target_type literal_error', 'previous_focus_target.target_id missing']);
  });

  it('hides failures deep inside evidence behind the one anyOf at $.evidence', () => {
    const evidence = { repos: [{ repo: 'r', branch: 'b', commit: 'c', files_touched: [1] }], review: { reviewer: '', verdict: 'ok' } };
    const result = validateEvent({ ...W0, to_lane: 'done', from_lane: 'for_review', evidence }, 'WPStatusChanged');
    expect(paths(result)).toEqual(['$.evidence anyOf']);
    expect(fields(result)).toEqual(['evidence.repos.0.files_touched.0 string_type', 'evidence.review.reviewer string_too_short']);
  });

  it('uses the limit-1 and limit-n templates for lengths and items', () => {
    const empty = validateEvent({ ...W0, actor: '' }, 'WPStatusChanged').schemaViolations[0]!;
    expect(empty.message).toBe("'' should be non-empty");
    expect(empty.validator).toBe('minLength');
    const short = validateEvent({ ...E0, event_id: 'short' }, 'Event').schemaViolations[0]!;
    expect(short.message).toBe("'short' is too short");
    const long = validateEvent({ ...E0, correlation_id: 'X'.repeat(27) }, 'Event').schemaViolations[0]!;
    expect(long.message).toBe(`'${'X'.repeat(27)}' is too long`);
    const items = validateEvent({ ...C0, participant_ids: ['a'] }, 'ConcurrentDriverWarning').schemaViolations[0]!;
    expect(items.message).toBe("['a'] is too short");
    expect(items.validator).toBe('minItems');
    const tier = validateEvent({ ...E0, data_tier: 5 }, 'Event').schemaViolations[0]!;
    expect(tier.message).toBe('5 is greater than the maximum of 4');
    const clock = validateEvent({ ...E0, lamport_clock: -1 }, 'Event').schemaViolations[0]!;
    expect(clock.message).toBe('-1 is less than the minimum of 0');
  });

  it('renders const and exclusiveMinimum messages', () => {
    const gate = minimalPayloads()['GatePassed']!;
    const constViolation = validateEvent({ ...gate, gate_type: 'cd' }, 'GatePassed').schemaViolations[0]!;
    expect(constViolation.message).toBe("'ci' was expected");
    expect(constViolation.validator).toBe('const');
    const exclusive = validateEvent({ ...gate, check_run_id: 0 }, 'GatePassed').schemaViolations[0]!;
    expect(exclusive.message).toBe('0 is less than or equal to the minimum of 0');
    expect(exclusive.validator).toBe('exclusiveMinimum');
  });

  it('counts code points (emoji) and accepts Unicode digits in schema_version', () => {
    expect(validateEvent({ ...E0, event_id: 'A'.repeat(25) + '\u{1F600}' }, 'Event').valid).toBe(true);
    expect(paths(validateEvent({ ...E0, event_id: 'A'.repeat(26) + '\u{1F600}' }, 'Event'))).toEqual(['$.event_id maxLength']);
    expect(validateEvent({ ...E0, schema_version: '\uFF11.0.0' }, 'Event').valid).toBe(true);
    expect(paths(validateEvent({ ...E0, schema_version: '\u00B2.0.0' }, 'Event'))).toEqual(['$.schema_version pattern']);
  });
});

describe('hostile input', () => {
  it('keeps a __proto__ key as data and never pollutes a prototype', () => {
    const payload = JSON.parse(`{"__proto__": {"polluted": 1}, "feature_slug": "f", "wp_id": "WP01", "to_lane": "claimed", "actor": "a", "execution_mode": "worktree"}`) as unknown;
    const result = validateEvent(payload, 'WPStatusChanged');
    expect(result.valid).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(payload)).toBe(Object.prototype);
    const asValue = validateEvent({ ...W0, to_lane: '__proto__' }, 'WPStatusChanged');
    expect(fields(asValue)).toEqual(['to_lane enum']);
    expect(paths(asValue)).toEqual(['$.to_lane enum']);
    const missing = JSON.parse('{"__proto__": "x", "constructor": 1, "toString": 2}') as unknown;
    expect(validateEvent(missing, 'Event').modelViolations).toHaveLength(8);
    expect(validateEvent(missing, 'Event').schemaViolations).toHaveLength(8);
  });

  it('reads only own properties on both layers', () => {
    const inherited = Object.create({ ...W0 }) as object;
    const result = validateEvent(inherited, 'WPStatusChanged');
    expect(result.valid).toBe(false);
    expect(result.schemaViolations.every((v) => v.validator === 'required')).toBe(true);
    const nullProto = Object.assign(Object.create(null) as object, W0);
    expect(validateEvent(nullProto, 'WPStatusChanged').valid).toBe(true);
    expect(validateEvent({ ...W0, actor: undefined }, 'WPStatusChanged').modelViolations.map((v) => v.field)).toEqual(['actor']);
    expect(paths(validateEvent({ ...W0, actor: undefined }, 'WPStatusChanged'))).toEqual(['$ required']);
  });

  it('handles huge strings, long arrays, deep values and cycles without throwing', () => {
    const huge = 'x'.repeat(2_000_000);
    expect(validateEvent({ ...W0, actor: huge }, 'WPStatusChanged').valid).toBe(true);
    expect(paths(validateEvent({ ...E0, event_id: huge }, 'Event'))).toEqual(['$.event_id maxLength']);
    const ids = Array.from({ length: 100_000 }, (_, i) => `p${i}`);
    expect(validateEvent({ ...C0, participant_ids: ids }, 'ConcurrentDriverWarning').valid).toBe(true);
    let deep: unknown = 'leaf';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(validateEvent({ ...W0, extra: deep }, 'WPStatusChanged').valid).toBe(true);
    const deepArray = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000)) as unknown;
    const deepActor = validateEvent({ ...W0, actor: deepArray }, 'WPStatusChanged');
    expect(paths(deepActor)).toEqual(['$.actor type']);
    expect(deepActor.schemaViolations[0]!.message).toBe("[...] is not of type 'string'");
    const deepObject = JSON.parse('{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000)) as unknown;
    const deepEvidence = validateEvent({ ...W0, evidence: deepObject }, 'WPStatusChanged');
    expect(paths(deepEvidence)).toEqual(['$.evidence anyOf']);
    expect(deepEvidence.schemaViolations[0]!.message).toBe('{...} is not valid under any of the given schemas');
    expect(validateEvent(deepArray, 'Event').valid).toBe(false);
    const cyclic: Record<string, unknown> = { ...W0 };
    cyclic['self'] = cyclic;
    expect(validateEvent(cyclic, 'WPStatusChanged').valid).toBe(true);
    const cyclicActor: Record<string, unknown> = { a: 1 };
    cyclicActor['me'] = cyclicActor;
    const bad = validateEvent({ ...W0, actor: cyclicActor }, 'WPStatusChanged');
    expect(paths(bad)).toEqual(['$.actor type']);
    expect(bad.schemaViolations[0]!.message).toBe("{'a': 1, 'me': {...}} is not of type 'string'");
  });

  it('never mutates the payload', () => {
    const payload = JSON.parse(JSON.stringify({ ...W0, to_lane: 'doing', extra: { nested: [1, 2] } })) as Record<string, unknown>;
    const before = JSON.stringify(payload);
    const frozen = Object.freeze(payload);
    validateEvent(frozen, 'WPStatusChanged');
    expect(JSON.stringify(payload)).toBe(before);
  });
});
