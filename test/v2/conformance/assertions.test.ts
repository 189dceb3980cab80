/** §2.7 assertion helpers: exact messages, AssertionError, RangeError for unknown lanes. */
import { AssertionError } from 'node:assert';
import { assertLaneMapping, assertPayloadConforms, assertPayloadFails, ConformanceResult } from '../../../src/v2/conformance';
import { W0 } from './disagreement-table';

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}

describe('assertPayloadConforms', () => {
  it('returns the result for a valid payload', () => {
    const result = assertPayloadConforms({ ...W0 }, 'WPStatusChanged');
    expect(result).toBeInstanceOf(ConformanceResult);
    expect(result.valid).toBe(true);
    expect(result.eventType).toBe('WPStatusChanged');
  });

  it('throws an AssertionError listing model then schema violations', () => {
    const error = thrown(() => assertPayloadConforms({ bad: 'data' }, 'WPStatusChanged'));
    expect(error).toBeInstanceOf(AssertionError);
    expect(error.name).toBe('AssertionError');
    expect(error.message).toContain('failed conformance');
    expect(error.message).toContain('Model:');
    expect(error.message).toBe(
      [
        "Payload for 'WPStatusChanged' failed conformance:",
        '  Model: feature_slug \u2014 Field required',
        '  Model: wp_id \u2014 Field required',
        '  Model: to_lane \u2014 Field required',
        '  Model: actor \u2014 Field required',
        '  Model: execution_mode \u2014 Field required',
        "  Schema: $ \u2014 'feature_slug' is a required property",
        "  Schema: $ \u2014 'wp_id' is a required property",
        "  Schema: $ \u2014 'to_lane' is a required property",
        "  Schema: $ \u2014 'actor' is a required property",
        "  Schema: $ \u2014 'execution_mode' is a required property",
      ].join('\n'),
    );
  });

  it('renders the reference example for the doing alias and a model-level rule with an empty field', () => {
    expect(thrown(() => assertPayloadConforms({ ...W0, to_lane: 'doing' }, 'WPStatusChanged')).message).toBe(
      "Payload for 'WPStatusChanged' failed conformance:\n  Schema: $.to_lane \u2014 'doing' is not one of ['planned', 'claimed', 'in_progress', 'for_review', 'done', 'blocked', 'canceled']",
    );
    expect(thrown(() => assertPayloadConforms({ ...W0, force: true }, 'WPStatusChanged', { strict: true })).message).toBe(
      "Payload for 'WPStatusChanged' failed conformance:\n  Model:  \u2014 Value error, force=True requires a non-empty reason",
    );
  });

  it('propagates the unknown event type error unchanged', () => {
    expect(() => assertPayloadConforms({}, 'Nope')).toThrow(RangeError);
    expect(() => assertPayloadConforms({}, 'Nope')).toThrow(/^Unknown event type: 'Nope'\. Known types: \[/);
  });
});

describe('assertPayloadFails', () => {
  it('returns the result for an invalid payload', () => {
    const result = assertPayloadFails({ bad: 'data' }, 'WPStatusChanged');
    expect(result.valid).toBe(false);
    expect(result.modelViolations.length).toBeGreaterThan(0);
  });

  it('throws when the payload passes', () => {
    const error = thrown(() => assertPayloadFails({ ...W0 }, 'WPStatusChanged'));
    expect(error).toBeInstanceOf(AssertionError);
    expect(error.message).toBe("Payload for 'WPStatusChanged' was expected to fail but passed conformance.");
    expect(error.message).toContain('expected to fail but passed');
    expect(thrown(() => assertPayloadFails({ ...W0 }, "it's")).message).toMatch(/^Unknown event type: "it's"/);
  });
});

describe('assertLaneMapping', () => {
  it('passes for every canonical lane and its sync lane', () => {
    const table: [string, string][] = [
      ['planned', 'planned'],
      ['claimed', 'planned'],
      ['in_progress', 'doing'],
      ['for_review', 'for_review'],
      ['done', 'done'],
      ['blocked', 'doing'],
      ['canceled', 'planned'],
    ];
    for (const [canonical, sync] of table) expect(assertLaneMapping(canonical, sync)).toBeUndefined();
  });

  it('throws an AssertionError with the reference message on a mismatch', () => {
    const error = thrown(() => assertLaneMapping('planned', 'done'));
    expect(error).toBeInstanceOf(AssertionError);
    expect(error.message).toBe("Expected 'planned' \u2192 'done', got 'planned'");
    expect(error.message).toContain('Expected');
  });

  it('throws RangeError for values that are not lanes, canonical first, no aliases', () => {
    expect(() => assertLaneMapping('doing', 'doing')).toThrow(new RangeError("'doing' is not a valid Lane"));
    expect(() => assertLaneMapping('planned', 'bogus')).toThrow(new RangeError("'bogus' is not a valid SyncLaneV1"));
    expect(() => assertLaneMapping(5, 'bogus')).toThrow(new RangeError('5 is not a valid Lane'));
    expect(() => assertLaneMapping('__proto__', 'planned')).toThrow(new RangeError("'__proto__' is not a valid Lane"));
    expect(() => assertLaneMapping('in_progress', 'in_progress')).toThrow(new RangeError("'in_progress' is not a valid SyncLaneV1"));
    const error = thrown(() => assertLaneMapping('x', 'y'));
    expect(error).not.toBeInstanceOf(AssertionError);
  });
});
