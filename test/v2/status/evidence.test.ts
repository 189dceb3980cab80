import { ValidationError } from '../../../src/envelope/errors';
import { DoneEvidence, ForceMetadata, RepoEvidence, ReviewVerdict, VerificationEntry } from '../../../src/v2/status';
import type { Violation } from '../../../src/validation';

/** `[type, loc joined, msg]` of each violation `fromDict` reports. */
function violations(parse: () => unknown): [string, string, string][] {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).violations.map((v: Violation) => [v.type, v.loc.join('.'), v.msg]);
  }
  throw new Error('expected a ValidationError');
}

const UNICODE = 'Input should be a valid string, unable to parse raw data as a unicode string';

describe('RepoEvidence', () => {
  it('defaults files_touched to null and round-trips', () => {
    const repo = RepoEvidence.fromDict({ repo: 'org/app', branch: 'main', commit: 'abc', extra: 1 });
    expect(repo.files_touched).toBeNull();
    expect(repo.toDict()).toEqual({ repo: 'org/app', branch: 'main', commit: 'abc', files_touched: null });
    expect(Object.keys(repo.toDict())).toEqual(['repo', 'branch', 'commit', 'files_touched']);
    expect(RepoEvidence.fromDict(repo.toDict()).toDict()).toEqual(repo.toDict());
  });

  it('accepts [] and string items, keeps lone surrogates in items (unconstrained)', () => {
    expect(RepoEvidence.fromDict({ repo: 'r', branch: 'b', commit: 'c', files_touched: [] }).files_touched).toEqual([]);
    const withItems = RepoEvidence.fromDict({ repo: 'r', branch: 'b', commit: 'c', files_touched: ['a.ts', '\udc00'] });
    expect(withItems.files_touched).toEqual(['a.ts', '\udc00']);
  });

  it('rejects empty required strings, non-strings, and bad items with their paths', () => {
    expect(violations(() => RepoEvidence.fromDict({ repo: '', branch: 5, files_touched: ['ok', 3] }))).toEqual([
      ['string_too_short', 'repo', 'String should have at least 1 character'],
      ['string_type', 'branch', 'Input should be a valid string'],
      ['missing', 'commit', 'Field required'],
      ['string_type', 'files_touched.1', 'Input should be a valid string'],
    ]);
  });

  it('whitespace-only strings pass; lone surrogates fail constrained fields', () => {
    expect(RepoEvidence.fromDict({ repo: ' ', branch: ' ', commit: ' ' }).repo).toBe(' ');
    expect(violations(() => RepoEvidence.fromDict({ repo: '\udc00', branch: 'b', commit: 'c' }))).toEqual([
      ['string_unicode', 'repo', UNICODE],
    ]);
  });

  it('is frozen', () => {
    const repo = RepoEvidence.fromDict({ repo: 'r', branch: 'b', commit: 'c' });
    expect(Object.isFrozen(repo)).toBe(true);
    expect(() => {
      (repo as { repo: string }).repo = 'x';
    }).toThrow(TypeError);
  });
});

describe('VerificationEntry and ReviewVerdict', () => {
  it('optional fields default to null; round trip equal', () => {
    const entry = VerificationEntry.fromDict({ command: 'npm test', result: 'pass' });
    expect(entry.toDict()).toEqual({ command: 'npm test', result: 'pass', summary: null });
    expect(VerificationEntry.fromDict(entry.toDict()).toDict()).toEqual(entry.toDict());
    const verdict = ReviewVerdict.fromDict({ reviewer: 'alice', verdict: 'approved' });
    expect(verdict.toDict()).toEqual({ reviewer: 'alice', verdict: 'approved', reference: null });
    expect(ReviewVerdict.fromDict(verdict.toDict()).toDict()).toEqual(verdict.toDict());
  });

  it('reject empty required strings', () => {
    expect(violations(() => VerificationEntry.fromDict({ command: '', result: '' }))).toEqual([
      ['string_too_short', 'command', 'String should have at least 1 character'],
      ['string_too_short', 'result', 'String should have at least 1 character'],
    ]);
    expect(violations(() => ReviewVerdict.fromDict({ reviewer: '', verdict: '' }))).toEqual([
      ['string_too_short', 'reviewer', 'String should have at least 1 character'],
      ['string_too_short', 'verdict', 'String should have at least 1 character'],
    ]);
  });

  it('unconstrained optional strings keep lone surrogates; null is allowed', () => {
    expect(VerificationEntry.fromDict({ command: 'c', result: 'r', summary: '\udc00' }).summary).toBe('\udc00');
    expect(ReviewVerdict.fromDict({ reviewer: 'a', verdict: 'v', reference: null }).reference).toBeNull();
    expect(violations(() => ReviewVerdict.fromDict({ reviewer: 'a', verdict: 'v', reference: 7 }))).toEqual([
      ['string_type', 'reference', 'Input should be a valid string'],
    ]);
  });

  it('are frozen', () => {
    expect(Object.isFrozen(VerificationEntry.fromDict({ command: 'c', result: 'r' }))).toBe(true);
    expect(Object.isFrozen(ReviewVerdict.fromDict({ reviewer: 'a', verdict: 'v' }))).toBe(true);
  });
});

describe('DoneEvidence', () => {
  const minimal = { repos: [{ repo: 'org/app', branch: 'main', commit: 'abc123' }], review: { reviewer: 'alice', verdict: 'approved' } };

  it('verification defaults to []; toDict nests the defaults', () => {
    const evidence = DoneEvidence.fromDict(minimal);
    expect(evidence.verification).toEqual([]);
    expect(evidence.toDict()).toEqual({
      repos: [{ repo: 'org/app', branch: 'main', commit: 'abc123', files_touched: null }],
      verification: [],
      review: { reviewer: 'alice', verdict: 'approved', reference: null },
    });
    expect(Object.keys(evidence.toDict())).toEqual(['repos', 'verification', 'review']);
    expect(DoneEvidence.fromDict(evidence.toDict()).toDict()).toEqual(evidence.toDict());
  });

  it('nested values become model instances; instances are accepted too', () => {
    const evidence = DoneEvidence.fromDict({ ...minimal, verification: [{ command: 'c', result: 'r' }] });
    expect(evidence.repos[0]).toBeInstanceOf(RepoEvidence);
    expect(evidence.verification[0]).toBeInstanceOf(VerificationEntry);
    expect(evidence.review).toBeInstanceOf(ReviewVerdict);
    const again = DoneEvidence.fromDict({ repos: evidence.repos, review: evidence.review });
    expect(again.review).toBe(evidence.review);
    expect(Object.isFrozen(evidence.repos)).toBe(true);
  });

  it('repos: [] is too_short; verification: null is list_type; review must be a dict', () => {
    expect(violations(() => DoneEvidence.fromDict({ repos: [], verification: null, review: 'ok' }))).toEqual([
      ['too_short', 'repos', 'List should have at least 1 item after validation, not 0'],
      ['list_type', 'verification', 'Input should be a valid list'],
      ['model_type', 'review', 'Input should be a valid dictionary or instance of ReviewVerdict'],
    ]);
  });

  it('reports nested paths depth-first', () => {
    expect(
      violations(() => DoneEvidence.fromDict({ repos: [{ repo: '', branch: 'b' }, 'x'], review: { reviewer: 'a' } })),
    ).toEqual([
      ['string_too_short', 'repos.0.repo', 'String should have at least 1 character'],
      ['missing', 'repos.0.commit', 'Field required'],
      ['model_type', 'repos.1', 'Input should be a valid dictionary or instance of RepoEvidence'],
      ['missing', 'review.verdict', 'Field required'],
    ]);
  });

  it('is frozen', () => {
    const evidence = DoneEvidence.fromDict(minimal);
    expect(Object.isFrozen(evidence)).toBe(true);
    expect(Object.isFrozen(evidence.verification)).toBe(true);
  });
});

describe('ForceMetadata (§5)', () => {
  it('force defaults to true; toDict emits it as true', () => {
    const meta = ForceMetadata.fromDict({ actor: 'alice', reason: 'hotfix' });
    expect(meta.force).toBe(true);
    expect(meta.toDict()).toEqual({ force: true, actor: 'alice', reason: 'hotfix' });
  });

  it.each([true, 1, 1.0])('accepts force %p as true', (force) => {
    expect(ForceMetadata.fromDict({ force, actor: 'a', reason: 'r' }).force).toBe(true);
  });

  it.each([false, 0, null, 'true', 'True', '1', 'yes', '\udc00'])('rejects force %p with literal_error', (force) => {
    expect(violations(() => ForceMetadata.fromDict({ force, actor: 'a', reason: 'r' }))).toEqual([
      ['literal_error', 'force', 'Input should be True'],
    ]);
  });

  it('rejects empty actor and reason; a blank reason is allowed', () => {
    expect(violations(() => ForceMetadata.fromDict({ actor: '', reason: '' }))).toEqual([
      ['string_too_short', 'actor', 'String should have at least 1 character'],
      ['string_too_short', 'reason', 'String should have at least 1 character'],
    ]);
    expect(ForceMetadata.fromDict({ actor: 'a', reason: '   ' }).reason).toBe('   ');
  });

  it('is frozen', () => {
    const meta = ForceMetadata.fromDict({ actor: 'a', reason: 'r' });
    expect(() => {
      (meta as { actor: string }).actor = 'b';
    }).toThrow(TypeError);
  });
});
