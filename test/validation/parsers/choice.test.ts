/**
 * Enum / string-literal fields: STATUS_AND_GATES.md §3, §6, §14; COLLABORATION.md §3;
 * LIFECYCLE.md §2; SCHEMAS_AND_CONFORMANCE.md §2.5 message shapes.
 */
import { expectedChoices, parseChoice } from '../../../src/validation/parsers';
import { expectFail, expectOk } from './helpers';

const LANES = ['planned', 'claimed', 'in_progress', 'for_review', 'done', 'blocked', 'canceled'] as const;
const LANE_MSG = "Input should be 'planned', 'claimed', 'in_progress', 'for_review', 'done', 'blocked' or 'canceled'";
const MODES = ['worktree', 'direct_repo'] as const;
const FAILED = ['failure', 'timed_out', 'cancelled', 'action_required'] as const;

describe('enum (Lane, ExecutionMode)', () => {
  test.each([...LANES])('%j ✓', (v) => {
    expect(expectOk(parseChoice(v, LANES, 'enum'))).toBe(v);
  });

  test.each<[string, unknown]>([
    ['"PLANNED"', 'PLANNED'],
    ['"Planned"', 'Planned'],
    ['"doing" (aliases are the model\'s job)', 'doing'],
    ['"DOING"', 'DOING'],
    ['" planned"', ' planned'],
    ['""', ''],
    ['null', null],
    ['5', 5],
    ['true', true],
    ['[]', []],
    ['{}', {}],
  ])('%s → enum', (_label, input) => {
    expectFail(parseChoice(input, LANES, 'enum'), 'enum', LANE_MSG, { expected: LANE_MSG.slice('Input should be '.length) });
  });

  test('execution_mode message; null fails with the same enum message', () => {
    const msg = "Input should be 'worktree' or 'direct_repo'";
    expectFail(parseChoice(null, MODES, 'enum'), 'enum', msg, { expected: "'worktree' or 'direct_repo'" });
    expectFail(parseChoice('WORKTREE', MODES, 'enum'), 'enum', msg, { expected: "'worktree' or 'direct_repo'" });
    expect(expectOk(parseChoice('direct_repo', MODES, 'enum'))).toBe('direct_repo');
  });
});

describe('literal_error (gate_type, external_provider, conclusion)', () => {
  test.each<[readonly string[], unknown, string]>([
    [['ci'], 'not_ci', "Input should be 'ci'"],
    [['ci'], 'CI', "Input should be 'ci'"],
    [['github'], 'gitlab', "Input should be 'github'"],
    [['success'], 'failure', "Input should be 'success'"],
    [['success'], '', "Input should be 'success'"],
    [['success'], 'SUCCESS', "Input should be 'success'"],
    [FAILED, 'success', "Input should be 'failure', 'timed_out', 'cancelled' or 'action_required'"],
    [FAILED, 'neutral', "Input should be 'failure', 'timed_out', 'cancelled' or 'action_required'"],
    [['wp', 'step', 'file'], 'x', "Input should be 'wp', 'step' or 'file'"],
    [['ci'], null, "Input should be 'ci'"],
    [['ci'], 1, "Input should be 'ci'"],
  ])('%j with %j → %s', (values, input, msg) => {
    expectFail(parseChoice(input, values, 'literal_error'), 'literal_error', msg, {
      expected: msg.slice('Input should be '.length),
    });
  });

  test.each([...FAILED])('GateFailed accepts %j', (v) => {
    expect(expectOk(parseChoice(v, FAILED, 'literal_error'))).toBe(v);
  });
});

describe('lone surrogates and repr', () => {
  test.each(['\udc00', 'planned\ud800'])('%j → string_unicode (enum and literal)', (input) => {
    for (const kind of ['enum', 'literal_error'] as const) {
      expectFail(
        parseChoice(input, LANES, kind),
        'string_unicode',
        'Input should be a valid string, unable to parse raw data as a unicode string',
      );
    }
  });

  test('expected text uses Python repr of each value', () => {
    expect(expectedChoices(['a'])).toBe("'a'");
    expect(expectedChoices(['a', 'b'])).toBe("'a' or 'b'");
    expect(expectedChoices(['a', 'b', 'c'])).toBe("'a', 'b' or 'c'");
    expect(expectedChoices(["it's"])).toBe('"it\'s"');
    expect(expectedChoices(['x\\y', 'tab\t'])).toBe("'x\\\\y' or 'tab\\t'");
  });
});
