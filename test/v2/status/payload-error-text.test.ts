import { ValidationError } from '../../../src/envelope/errors';
import { StatusTransitionPayload } from '../../../src/v2/status';
import {
  pyTypeName,
  renderPayloadValidationError,
  renderValidationErrorText,
  truncateInputText,
} from '../../../src/v2/status/payload-error-text';
import type { Violation } from '../../../src/validation';

const W0 = { feature_slug: 'f', wp_id: 'WP01', from_lane: 'planned', to_lane: 'claimed', actor: 'a', execution_mode: 'worktree' };

function failure(data: unknown): ValidationError {
  try {
    StatusTransitionPayload.fromDict(data);
  } catch (error) {
    return error as ValidationError;
  }
  throw new Error('expected a ValidationError');
}

describe('§12 rendering', () => {
  it('reproduces the contract example exactly (one business-rule error)', () => {
    const error = failure({ ...W0, force: true });
    expect(renderPayloadValidationError(error)).toBe(
      "1 validation error for StatusTransitionPayload\n  Value error, force=True requires a non-empty reason [type=value_error, input_value={'feature_slug': 'f', 'wp...orktree', 'force': True}, input_type=dict]\n    For further information visit https://errors.pydantic.dev/2.13/v/value_error",
    );
    // Same text from the violations alone.
    expect(renderPayloadValidationError(error.violations)).toBe(renderPayloadValidationError(error));
  });

  it('reproduces example 3 of §13 (three errors, plural, truncated dict input)', () => {
    const error = failure({ feature_slug: 'feat', wp_id: 'WP01', from_lane: 'doing', to_lane: 'bogus' });
    expect(renderPayloadValidationError(error)).toBe(
      "3 validation errors for StatusTransitionPayload\nto_lane\n  Input should be 'planned', 'claimed', 'in_progress', 'for_review', 'done', 'blocked' or 'canceled' [type=enum, input_value='bogus', input_type=str]\n    For further information visit https://errors.pydantic.dev/2.13/v/enum\nactor\n  Field required [type=missing, input_value={'feature_slug': 'feat', ...ng', 'to_lane': 'bogus'}, input_type=dict]\n    For further information visit https://errors.pydantic.dev/2.13/v/missing\nexecution_mode\n  Field required [type=missing, input_value={'feature_slug': 'feat', ...ng', 'to_lane': 'bogus'}, input_type=dict]\n    For further information visit https://errors.pydantic.dev/2.13/v/missing",
    );
  });

  it('renders nested locations as dotted paths with list indices', () => {
    const error = failure({ ...W0, evidence: { repos: [{ repo: '', branch: 'b', commit: 'c' }], review: { reviewer: 'r', verdict: 'v' } } });
    expect(renderPayloadValidationError(error)).toBe(
      "1 validation error for StatusTransitionPayload\nevidence.repos.0.repo\n  String should have at least 1 character [type=string_too_short, input_value='', input_type=str]\n    For further information visit https://errors.pydantic.dev/2.13/v/string_too_short",
    );
  });

  it('shows input types of every JSON kind', () => {
    const error = failure({ ...W0, actor: 5, feature_slug: 1.5, wp_id: null, reason: true, review_ref: [1, 'a'], evidence: 'x', force: { k: 'v', k2: null } });
    const text = renderPayloadValidationError(error);
    expect(text.split('\n')[0]).toBe('7 validation errors for StatusTransitionPayload');
    expect(text).toContain('feature_slug\n  Input should be a valid string [type=string_type, input_value=1.5, input_type=float]');
    expect(text).toContain('wp_id\n  Input should be a valid string [type=string_type, input_value=None, input_type=NoneType]');
    expect(text).toContain('actor\n  Input should be a valid string [type=string_type, input_value=5, input_type=int]');
    expect(text).toContain("force\n  Input should be a valid boolean [type=bool_type, input_value={'k': 'v', 'k2': None}, input_type=dict]");
    expect(text).toContain('reason\n  Input should be a valid string [type=string_type, input_value=True, input_type=bool]');
    expect(text).toContain("review_ref\n  Input should be a valid string [type=string_type, input_value=[1, 'a'], input_type=list]");
    expect(text).toContain(
      "evidence\n  Input should be a valid dictionary or instance of DoneEvidence [type=model_type, input_value='x', input_type=str]",
    );
  });

  it('a model-level error without location has no loc line (non-object payload)', () => {
    const error = failure(7);
    expect(renderPayloadValidationError(error)).toBe(
      '1 validation error for StatusTransitionPayload\n  Input should be a valid dictionary or instance of StatusTransitionPayload [type=model_type, input_value=7, input_type=int]\n    For further information visit https://errors.pydantic.dev/2.13/v/model_type',
    );
  });

  it('escapes lone surrogates in input values (string_unicode)', () => {
    const error = failure({ ...W0, wp_id: '\udc00' });
    expect(renderPayloadValidationError(error)).toBe(
      "1 validation error for StatusTransitionPayload\nwp_id\n  Input should be a valid string, unable to parse raw data as a unicode string [type=string_unicode, input_value='\\udc00', input_type=str]\n    For further information visit https://errors.pydantic.dev/2.13/v/string_unicode",
    );
  });

  it('renders any model name and list of violations', () => {
    const v: Violation = { type: 'missing', loc: ['a', 0, 'b'], msg: 'Field required', input: {} };
    expect(renderValidationErrorText('Thing', [v])).toBe(
      '1 validation error for Thing\na.0.b\n  Field required [type=missing, input_value={}, input_type=dict]\n    For further information visit https://errors.pydantic.dev/2.13/v/missing',
    );
  });
});

describe('truncateInputText (byte rule)', () => {
  it('leaves texts of at most 50 UTF-8 bytes whole', () => {
    expect(truncateInputText('x'.repeat(50))).toBe('x'.repeat(50));
    expect(truncateInputText('é'.repeat(25))).toBe('é'.repeat(25)); // 50 bytes
  });

  it('cuts texts above 50 bytes to 25 + "..." + 24 bytes', () => {
    const text = 'abcdefghijklmnopqrstuvwxyz'.repeat(2); // 52 bytes
    expect(truncateInputText(text)).toBe('abcdefghijklmnopqrstuvwxy...cdefghijklmnopqrstuvwxyz');
  });

  it('cuts the head back and the tail forward to character boundaries', () => {
    // 'a'×24 + 'é' (bytes 24–25) ...: byte 25 is inside 'é' → head = 24 bytes.
    const text = 'a'.repeat(24) + 'é'.repeat(10) + 'b'.repeat(23);
    // tail: last 24 bytes = second byte of the last 'é' + 23 'b' → cut forward to 23 'b'.
    expect(truncateInputText(text)).toBe(`${'a'.repeat(24)}...${'b'.repeat(23)}`);
    // 4-byte characters: 'x' + '😀'×20: head 25 bytes = 'x' + 6 emoji (25 bytes) exactly.
    const emoji = 'x' + '😀'.repeat(20);
    expect(truncateInputText(emoji)).toBe(`x${'😀'.repeat(6)}...${'😀'.repeat(6)}`);
  });

  it('counts bytes, not characters (multi-byte text of 20 characters can be cut)', () => {
    const text = '€'.repeat(20); // 60 bytes, 3 each → head 24 bytes (8), tail 24 bytes (8)
    expect(truncateInputText(text)).toBe(`${'€'.repeat(8)}...${'€'.repeat(8)}`);
  });
});

describe('pyTypeName', () => {
  it.each([
    ['x', 'str'],
    [5, 'int'],
    [-0, 'int'],
    [1e300, 'int'],
    [1.5, 'float'],
    [true, 'bool'],
    [null, 'NoneType'],
    [[], 'list'],
    [{}, 'dict'],
    [Object.create(null), 'dict'],
  ])('%p → %s', (value, name) => {
    expect(pyTypeName(value)).toBe(name);
  });
});
