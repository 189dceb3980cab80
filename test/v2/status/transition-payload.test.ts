import { ValidationError } from '../../../src/envelope/errors';
import { classForEventType, entryForSchemaName } from '../../../src/v2/registry';
import { DoneEvidence, ExecutionMode, Lane, StatusTransitionPayload } from '../../../src/v2/status';
import type { Violation } from '../../../src/validation';
import { EVIDENCE, EVIDENCE_DICT } from './helpers';

const BASE = Object.freeze({ feature_slug: 'f', wp_id: 'WP01', to_lane: 'claimed', from_lane: 'planned', actor: 'a', execution_mode: 'worktree' });

const LANE_MSG = "Input should be 'planned', 'claimed', 'in_progress', 'for_review', 'done', 'blocked' or 'canceled'";
const MODE_MSG = "Input should be 'worktree' or 'direct_repo'";
const UNICODE = 'Input should be a valid string, unable to parse raw data as a unicode string';
const BOOL_PARSING = 'Input should be a valid boolean, unable to interpret input';
const BOOL_TYPE = 'Input should be a valid boolean';

function parse(extra: Record<string, unknown>, base: Record<string, unknown> = BASE): StatusTransitionPayload {
  return StatusTransitionPayload.fromDict({ ...base, ...extra });
}

function violations(data: unknown): [string, string, string][] {
  try {
    StatusTransitionPayload.fromDict(data);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).violations.map((v: Violation) => [v.type, v.loc.join('.'), v.msg]);
  }
  throw new Error('expected a ValidationError');
}

describe('StatusTransitionPayload fields (§6)', () => {
  it('defaults and toDict key order', () => {
    const p = parse({});
    expect(p.toDict()).toEqual({
      feature_slug: 'f',
      wp_id: 'WP01',
      from_lane: 'planned',
      to_lane: 'claimed',
      actor: 'a',
      force: false,
      reason: null,
      execution_mode: 'worktree',
      review_ref: null,
      evidence: null,
    });
    expect(Object.keys(p.toDict())).toEqual([
      'feature_slug',
      'wp_id',
      'from_lane',
      'to_lane',
      'actor',
      'force',
      'reason',
      'execution_mode',
      'review_ref',
      'evidence',
    ]);
    expect(p.to_lane).toBe(Lane.CLAIMED);
    expect(p.execution_mode).toBe(ExecutionMode.WORKTREE);
  });

  it('from_lane missing or null is null (initial)', () => {
    const { from_lane: _omit, ...withoutFrom } = BASE;
    expect(StatusTransitionPayload.fromDict({ ...withoutFrom, to_lane: 'planned' }).from_lane).toBeNull();
    expect(parse({ from_lane: null, to_lane: 'planned' }).from_lane).toBeNull();
  });

  it('accepts the "doing" alias on either lane and emits the canonical value', () => {
    const p = parse({ from_lane: 'doing', to_lane: 'doing' });
    expect(p.from_lane).toBe(Lane.IN_PROGRESS);
    expect(p.to_lane).toBe(Lane.IN_PROGRESS);
    expect(p.toDict()['from_lane']).toBe('in_progress');
    expect(p.toDict()['to_lane']).toBe('in_progress');
  });

  it.each(['DOING', 'Doing', 'PLANNED', ' planned', '', 'bogus', 'constructor', '__proto__', 'toString'])(
    'rejects lane %p with the enum message (exact, case-sensitive, own keys only)',
    (lane) => {
      expect(violations({ ...BASE, to_lane: lane })).toEqual([['enum', 'to_lane', LANE_MSG]]);
      expect(violations({ ...BASE, from_lane: lane })).toEqual([['enum', 'from_lane', LANE_MSG]]);
    },
  );

  it('to_lane null / non-strings and execution_mode null fail with the enum messages', () => {
    expect(violations({ ...BASE, to_lane: null, execution_mode: null })).toEqual([
      ['enum', 'to_lane', LANE_MSG],
      ['enum', 'execution_mode', MODE_MSG],
    ]);
    expect(violations({ ...BASE, to_lane: 5, from_lane: [] })).toEqual([
      ['enum', 'from_lane', LANE_MSG],
      ['enum', 'to_lane', LANE_MSG],
    ]);
    expect(violations({ ...BASE, execution_mode: 'WORKTREE' })).toEqual([['enum', 'execution_mode', MODE_MSG]]);
    expect(parse({ execution_mode: 'direct_repo' }).execution_mode).toBe(ExecutionMode.DIRECT_REPO);
  });

  it('rejects empty feature_slug / wp_id / actor; whitespace-only passes', () => {
    expect(violations({ ...BASE, feature_slug: '', wp_id: '', actor: '' })).toEqual([
      ['string_too_short', 'feature_slug', 'String should have at least 1 character'],
      ['string_too_short', 'wp_id', 'String should have at least 1 character'],
      ['string_too_short', 'actor', 'String should have at least 1 character'],
    ]);
    expect(parse({ actor: ' ', wp_id: ' ' }).actor).toBe(' ');
  });

  it('strings are not coerced', () => {
    expect(violations({ ...BASE, actor: 42, reason: 1, review_ref: true })).toEqual([
      ['string_type', 'actor', 'Input should be a valid string'],
      ['string_type', 'reason', 'Input should be a valid string'],
      ['string_type', 'review_ref', 'Input should be a valid string'],
    ]);
  });

  it('collects every field error in declaration order when all required fields are missing', () => {
    expect(violations({})).toEqual([
      ['missing', 'feature_slug', 'Field required'],
      ['missing', 'wp_id', 'Field required'],
      ['missing', 'to_lane', 'Field required'],
      ['missing', 'actor', 'Field required'],
      ['missing', 'execution_mode', 'Field required'],
    ]);
  });

  it('a non-object payload is model_type', () => {
    expect(violations('x')).toEqual([
      ['model_type', '', 'Input should be a valid dictionary or instance of StatusTransitionPayload'],
    ]);
  });

  it('ignores unknown keys', () => {
    const p = parse({ unknown_key: 1, __proto__x: 2 });
    expect(Object.keys(p.toDict())).not.toContain('unknown_key');
  });

  it('defaults given explicitly as null are rejected (force)', () => {
    expect(violations({ ...BASE, force: null })).toEqual([['bool_type', 'force', BOOL_TYPE]]);
  });

  it('evidence must be a dict or DoneEvidence; nested errors carry their path', () => {
    expect(violations({ ...BASE, evidence: 'x' })).toEqual([
      ['model_type', 'evidence', 'Input should be a valid dictionary or instance of DoneEvidence'],
    ]);
    expect(violations({ ...BASE, evidence: { repos: [{ repo: '' }], review: { reviewer: 'r', verdict: 'v' } } })).toEqual([
      ['string_too_short', 'evidence.repos.0.repo', 'String should have at least 1 character'],
      ['missing', 'evidence.repos.0.branch', 'Field required'],
      ['missing', 'evidence.repos.0.commit', 'Field required'],
    ]);
    const instance = DoneEvidence.fromDict(EVIDENCE);
    expect(parse({ to_lane: 'done', from_lane: 'for_review', evidence: instance }).evidence).toBe(instance);
  });

  it('evidence on a non-done target is accepted and kept', () => {
    expect(parse({ evidence: EVIDENCE }).toDict()['evidence']).toEqual(EVIDENCE_DICT);
  });
});

describe('force: lax boolean (§6 table)', () => {
  it.each([
    [true, true],
    [false, false],
    [1, true],
    [1.0, true],
    [0, false],
    [0.0, false],
    [-0.0, false],
    ['1', true],
    ['on', true],
    ['t', true],
    ['true', true],
    ['y', true],
    ['yes', true],
    ['TRUE', true],
    ['Yes', true],
    ['oN', true],
    ['0', false],
    ['off', false],
    ['f', false],
    ['false', false],
    ['n', false],
    ['no', false],
    ['FALSE', false],
    ['No', false],
  ])('%p → %p', (input, expected) => {
    expect(parse({ force: input, reason: 'r' }).force).toBe(expected);
  });

  it.each(['', ' true', 'true ', '1.0', '2', 'maybe', 'yess'])('string %p → bool_parsing', (input) => {
    expect(violations({ ...BASE, force: input })).toEqual([['bool_parsing', 'force', BOOL_PARSING]]);
  });

  it.each([2, -1, 2.0, 1e15])('integral number %p → bool_parsing', (input) => {
    expect(violations({ ...BASE, force: input })).toEqual([['bool_parsing', 'force', BOOL_PARSING]]);
  });

  it.each([0.5, 2 ** 63, -(2 ** 63), 1e300, null, [], {}, [true]])('%p → bool_type', (input) => {
    expect(violations({ ...BASE, force: input })).toEqual([['bool_type', 'force', BOOL_TYPE]]);
  });
});

describe('lone surrogates (§3)', () => {
  it('are string_unicode in constrained strings, lane/mode enums and force', () => {
    const s = '\udc00';
    expect(
      violations({ feature_slug: s, wp_id: s, from_lane: s, to_lane: s, actor: s, force: s, execution_mode: s }),
    ).toEqual([
      ['string_unicode', 'feature_slug', UNICODE],
      ['string_unicode', 'wp_id', UNICODE],
      ['string_unicode', 'from_lane', UNICODE],
      ['string_unicode', 'to_lane', UNICODE],
      ['string_unicode', 'actor', UNICODE],
      ['string_unicode', 'force', UNICODE],
      ['string_unicode', 'execution_mode', UNICODE],
    ]);
  });

  it('are kept in the unconstrained reason and review_ref', () => {
    const p = parse({ reason: '\udc00', review_ref: 'x\ud800' });
    expect(p.reason).toBe('\udc00');
    expect(p.review_ref).toBe('x\ud800');
  });
});

describe('business rules (§6)', () => {
  const FORCE_MSG = 'Value error, force=True requires a non-empty reason';
  const DONE_MSG = "Value error, to_lane='done' requires evidence";

  it.each([undefined, null, '', '  ', '\t\n', '\u3000', '\u001c'])('force without a non-blank reason (%p) fails', (reason) => {
    const data: Record<string, unknown> = { ...BASE, force: true };
    if (reason !== undefined) data['reason'] = reason;
    const found = violations(data);
    expect(found).toEqual([['value_error', '', FORCE_MSG]]);
    expect(found[0]![2]).toContain('force=True requires');
  });

  it('reasons that are not blank by the pyStripSet pass (\\ufeff, \\u200b)', () => {
    expect(parse({ force: true, reason: '\ufeff' }).reason).toBe('\ufeff');
    expect(parse({ force: true, reason: '\u200b' }).force).toBe(true);
  });

  it('to_lane done without evidence fails, also when forced and from null', () => {
    expect(violations({ ...BASE, from_lane: 'for_review', to_lane: 'done' })).toEqual([['value_error', '', DONE_MSG]]);
    expect(violations({ ...BASE, from_lane: null, to_lane: 'done', force: true, reason: 'r' })).toEqual([
      ['value_error', '', DONE_MSG],
    ]);
    expect(violations({ ...BASE, to_lane: 'done' })[0]![2]).toContain('requires evidence');
  });

  it('force without reason and done without evidence reports only the first rule', () => {
    expect(violations({ ...BASE, to_lane: 'done', force: true })).toEqual([['value_error', '', FORCE_MSG]]);
  });

  it('"true" is coerced to true, then the reason rule fires', () => {
    expect(violations({ ...BASE, force: 'true' })).toEqual([['value_error', '', FORCE_MSG]]);
  });

  it('rules run only when every field is valid', () => {
    expect(violations({ ...BASE, force: true, actor: '' })).toEqual([
      ['string_too_short', 'actor', 'String should have at least 1 character'],
    ]);
  });

  it('the value_error input is the raw payload as received', () => {
    const raw = { ...BASE, from_lane: 'doing', force: true, extra: 1 };
    try {
      StatusTransitionPayload.fromDict(raw);
      throw new Error('expected failure');
    } catch (error) {
      const v = (error as ValidationError).violations[0]!;
      expect(v.loc).toEqual([]);
      expect(v.input).toEqual(raw);
    }
  });

  it('a blank reason without force is valid and stored as is; forced done with evidence is valid', () => {
    expect(parse({ reason: '   ' }).reason).toBe('   ');
    const p = parse({ from_lane: 'done', to_lane: 'done', force: true, reason: 'redo', evidence: EVIDENCE });
    expect(p.force).toBe(true);
    expect(p.evidence).toBeInstanceOf(DoneEvidence);
  });
});

describe('round trip, immutability, registration', () => {
  it('round trip reproduces an equal payload', () => {
    const p = parse({ from_lane: 'for_review', to_lane: 'done', evidence: EVIDENCE, review_ref: 'PR#1', force: 'yes', reason: 'r' });
    const again = StatusTransitionPayload.fromDict(p.toDict());
    expect(again.toDict()).toEqual(p.toDict());
    expect(again.force).toBe(true);
  });

  it('is frozen', () => {
    const p = parse({});
    expect(Object.isFrozen(p)).toBe(true);
    expect(() => {
      (p as { to_lane: Lane }).to_lane = Lane.DONE;
    }).toThrow(TypeError);
  });

  it('is the registered payload of WPStatusChanged / status_transition_payload', () => {
    expect(classForEventType('WPStatusChanged')).toBe(StatusTransitionPayload);
    expect(entryForSchemaName('status_transition_payload')).toMatchObject({
      kind: 'model',
      eventType: 'WPStatusChanged',
      target: StatusTransitionPayload,
    });
  });
});
