/** The 6.1.0 transition matrix, the review-rejection family and the bootstrap predicate. */
import { Lane, StatusTransitionPayload, isBootstrapPlannedEvent, validateTransition } from '../../src/status';
import { ALLOWED_TRANSITIONS, REVIEW_REJECTION_FAMILY, isReviewRejectionPair } from '../../src/status/transitions';
import * as v2 from '../../src/v2/status';
import { EVIDENCE, transition } from './helpers';

const payload = (from: string | null, to: string, extra: Record<string, unknown> = {}): StatusTransitionPayload =>
  StatusTransitionPayload.fromDict(transition('WP01', from, to, { evidence: EVIDENCE, ...extra }));

describe('validateTransition 6.1.0', () => {
  it('allows exactly the 21 pairs (plus non-terminal → blocked / canceled) without force', () => {
    expect(ALLOWED_TRANSITIONS).toHaveLength(21);
    expect(new Set(ALLOWED_TRANSITIONS.map((p) => p.join('>'))).size).toBe(21);
    for (const from of [null, ...Object.values(Lane)]) {
      for (const to of Object.values(Lane)) {
        const listed = ALLOWED_TRANSITIONS.some(([f, t]) => f === from && t === to);
        const side = (to === Lane.BLOCKED || to === Lane.CANCELED) && from !== null && from !== Lane.DONE && from !== Lane.CANCELED;
        const result = validateTransition(payload(from, to, { review_ref: 'PR', reason: 'r' }));
        const matrixViolation = result.violations.some((v) => v.startsWith('Transition '));
        expect([from, to, matrixViolation]).toEqual([from, to, !(listed || side)]);
      }
    }
  });

  it('needs force for the review-rejection family and then no review_ref', () => {
    expect(REVIEW_REJECTION_FAMILY).toHaveLength(4);
    expect(isReviewRejectionPair(null, Lane.PLANNED)).toBe(false);
    expect(validateTransition(payload('in_review', 'planned', { review_ref: 'PR', reason: 'r' })).violations).toEqual([
      'review-rejection rollback in_review -> planned requires force=True',
    ]);
    expect(validateTransition(payload('approved', 'planned', { force: true, reason: 'backward rewind: approved -> planned' })).valid).toBe(true);
    expect(validateTransition(payload('approved', 'in_progress', { force: true, reason: 'r' })).violations).toEqual(['approved -> in_progress requires review_ref']);
    expect(validateTransition(payload('done', 'planned')).violations).toEqual(['done is terminal; requires force=True to exit', 'Transition Lane.DONE -> Lane.PLANNED is not allowed']);
  });

  it('reuses the 2.1.0 result and error classes', () => {
    expect(validateTransition(payload(null, 'planned'))).toBeInstanceOf(v2.TransitionValidationResult);
  });

  it('recognises bootstrap-planned events', () => {
    expect(isBootstrapPlannedEvent(payload(null, 'planned', { force: true, reason: 'seed' }))).toBe(true);
    expect(isBootstrapPlannedEvent(payload('planned', 'planned', { force: true, reason: 'seed' }))).toBe(true);
    expect(isBootstrapPlannedEvent(payload(null, 'planned'))).toBe(false);
    expect(isBootstrapPlannedEvent(payload('approved', 'planned', { force: true, reason: 'r' }))).toBe(false);
  });
});
