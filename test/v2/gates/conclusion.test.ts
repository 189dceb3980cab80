import { SpecKittyEventsError } from '../../../src/envelope/errors';
import { UnknownConclusionError, mapCheckRunConclusion } from '../../../src/v2/gates';
import { setConclusionLogger } from '../../../src/v2/gates/conclusion';

const KNOWN = 'Known values: success, failure, timed_out, cancelled, action_required, neutral, skipped, stale';

describe('mapCheckRunConclusion (§14 table)', () => {
  it.each([
    ['success', 'GatePassed'],
    ['failure', 'GateFailed'],
    ['timed_out', 'GateFailed'],
    ['cancelled', 'GateFailed'],
    ['action_required', 'GateFailed'],
  ])('%s → %s without calling the callback', (conclusion, eventType) => {
    const onIgnored = jest.fn();
    expect(mapCheckRunConclusion(conclusion, onIgnored)).toBe(eventType);
    expect(mapCheckRunConclusion(conclusion)).toBe(eventType);
    expect(mapCheckRunConclusion(conclusion, null)).toBe(eventType);
    expect(onIgnored).not.toHaveBeenCalled();
  });

  it.each(['neutral', 'skipped', 'stale'])('%s → null, callback called once with (value, "non_blocking")', (conclusion) => {
    const onIgnored = jest.fn(() => 'ignored return value');
    expect(mapCheckRunConclusion(conclusion, onIgnored)).toBeNull();
    expect(onIgnored).toHaveBeenCalledTimes(1);
    expect(onIgnored).toHaveBeenCalledWith(conclusion, 'non_blocking');
    expect(mapCheckRunConclusion(conclusion)).toBeNull();
    expect(mapCheckRunConclusion(conclusion, null)).toBeNull();
  });

  it('an error thrown by the callback propagates', () => {
    expect(() =>
      mapCheckRunConclusion('stale', () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
  });

  it.each(['SUCCESS', 'Failure', 'TIMED_OUT', 'Neutral', '', ' success', 'success ', 'unknown', 'constructor', '__proto__', 'toString', "it's"])(
    '%p is unknown: UnknownConclusionError with .conclusion and the exact message; callback not called',
    (conclusion) => {
      const onIgnored = jest.fn();
      let caught: unknown;
      try {
        mapCheckRunConclusion(conclusion, onIgnored);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(UnknownConclusionError);
      expect(caught).toBeInstanceOf(SpecKittyEventsError);
      const error = caught as UnknownConclusionError;
      expect(error.conclusion).toBe(conclusion);
      expect(error.name).toBe('UnknownConclusionError');
      const repr = conclusion === "it's" ? `"it's"` : `'${conclusion}'`;
      expect(error.message).toBe(`Unknown check_run conclusion: ${repr}. ${KNOWN}`);
      expect(error.message).toContain('Known values');
      expect(onIgnored).not.toHaveBeenCalled();
    },
  );

  it('the contract message examples', () => {
    expect(() => mapCheckRunConclusion('SUCCESS')).toThrow(`Unknown check_run conclusion: 'SUCCESS'. ${KNOWN}`);
    expect(() => mapCheckRunConclusion('')).toThrow(`Unknown check_run conclusion: ''. ${KNOWN}`);
  });

  it('exactly 8 known values: 1 passed, 4 failed, 3 ignored; same input, same output', () => {
    const known = ['success', 'failure', 'timed_out', 'cancelled', 'action_required', 'neutral', 'skipped', 'stale'];
    const results = known.map((c) => mapCheckRunConclusion(c));
    expect(results.filter((r) => r === 'GatePassed')).toHaveLength(1);
    expect(results.filter((r) => r === 'GateFailed')).toHaveLength(4);
    expect(results.filter((r) => r === null)).toHaveLength(3);
    expect(known.map((c) => mapCheckRunConclusion(c))).toEqual(results);
  });

  it('the optional logger hook receives the INFO text for ignored values only', () => {
    const lines: string[] = [];
    setConclusionLogger((line) => lines.push(line));
    try {
      mapCheckRunConclusion('skipped');
      mapCheckRunConclusion('success');
    } finally {
      setConclusionLogger(null);
    }
    mapCheckRunConclusion('stale');
    expect(lines).toEqual(['Ignored non-blocking check_run conclusion: skipped']);
  });

  it('the UnknownConclusionError constructor can be used directly', () => {
    const error = new UnknownConclusionError('x');
    expect(error.conclusion).toBe('x');
    expect(error.message).toBe(`Unknown check_run conclusion: 'x'. ${KNOWN}`);
  });
});
