/**
 * The 6.1.0 transition rules: the 21 allowed `(from, to)` pairs, the force-required
 * review-rejection family, and `validateTransition`. `TransitionError` and
 * `TransitionValidationResult` are the 2.1.0 classes (identical).
 */
import { isBlank } from '../conventions';
import { TransitionError, TransitionValidationResult } from '../v2/status/transitions';
import { FrozenSet } from '../validation';
import { LANE_VALUES, Lane, TERMINAL_LANES, laneText } from './lanes';
import type { StatusTransitionPayload } from './transition-payload';

export { TransitionError, TransitionValidationResult };

/** A `(from_lane, to_lane)` pair; null = the initial transition. */
export type LanePair = readonly [Lane | null, Lane];

/** The 21 pairs allowed without `force` (besides any non-terminal lane → blocked / canceled). */
export const ALLOWED_TRANSITIONS: readonly LanePair[] = Object.freeze([
  // Initial, and the genesis seed
  [null, Lane.PLANNED],
  [Lane.GENESIS, Lane.PLANNED],
  // Happy path
  [Lane.PLANNED, Lane.CLAIMED],
  [Lane.CLAIMED, Lane.IN_PROGRESS],
  [Lane.IN_PROGRESS, Lane.FOR_REVIEW],
  [Lane.IN_PROGRESS, Lane.APPROVED],
  [Lane.FOR_REVIEW, Lane.IN_REVIEW],
  [Lane.FOR_REVIEW, Lane.APPROVED],
  [Lane.FOR_REVIEW, Lane.DONE],
  [Lane.IN_REVIEW, Lane.APPROVED],
  [Lane.IN_REVIEW, Lane.DONE],
  [Lane.APPROVED, Lane.DONE],
  // Review rollback
  [Lane.FOR_REVIEW, Lane.IN_PROGRESS],
  [Lane.FOR_REVIEW, Lane.PLANNED],
  [Lane.IN_REVIEW, Lane.IN_PROGRESS],
  [Lane.IN_REVIEW, Lane.FOR_REVIEW],
  [Lane.IN_REVIEW, Lane.PLANNED],
  [Lane.APPROVED, Lane.IN_PROGRESS],
  [Lane.APPROVED, Lane.PLANNED],
  // Abandon / reassign, unblock
  [Lane.IN_PROGRESS, Lane.PLANNED],
  [Lane.BLOCKED, Lane.IN_PROGRESS],
] as const satisfies readonly LanePair[]);

/**
 * The review-rejection family: backward rewinds to `planned` that need `force=True` (with a
 * reason, by the payload rule) and then need no `review_ref`.
 */
export const REVIEW_REJECTION_FAMILY: readonly LanePair[] = Object.freeze([
  [Lane.IN_PROGRESS, Lane.PLANNED],
  [Lane.FOR_REVIEW, Lane.PLANNED],
  [Lane.IN_REVIEW, Lane.PLANNED],
  [Lane.APPROVED, Lane.PLANNED],
] as const satisfies readonly LanePair[]);

/** Lanes whose backward moves to in_progress / planned need a `review_ref` (outside the forced family). */
const REVIEW_LANES: ReadonlySet<Lane | null> = new FrozenSet<Lane | null>([Lane.FOR_REVIEW, Lane.IN_REVIEW, Lane.APPROVED]);
const REWORK_LANES: ReadonlySet<Lane> = new FrozenSet([Lane.IN_PROGRESS, Lane.PLANNED]);

/** Row index of a `from_lane` (null is row 0), column index of a `to_lane`. */
const INDEX: ReadonlyMap<Lane, number> = new Map(LANE_VALUES.map((lane, i) => [lane, i]));

function cell(from: Lane | null, to: Lane): number {
  return (from === null ? 0 : INDEX.get(from)! + 1) * LANE_VALUES.length + INDEX.get(to)!;
}

function pairTable(pairs: readonly LanePair[]): readonly boolean[] {
  const table = new Array<boolean>((LANE_VALUES.length + 1) * LANE_VALUES.length).fill(false);
  for (const [from, to] of pairs) table[cell(from, to)] = true;
  return table;
}

/** The unforced matrix: the 21 pairs plus any non-terminal, non-null lane to blocked or canceled. */
const ALLOWED: readonly boolean[] = (() => {
  const allowed = pairTable(ALLOWED_TRANSITIONS) as boolean[];
  for (const from of LANE_VALUES) {
    if (TERMINAL_LANES.has(from)) continue;
    allowed[cell(from, Lane.BLOCKED)] = true;
    allowed[cell(from, Lane.CANCELED)] = true;
  }
  return Object.freeze(allowed);
})();

const REJECTION: readonly boolean[] = Object.freeze(pairTable(REVIEW_REJECTION_FAMILY));

/** True iff `(from, to)` is in the review-rejection family (never for the initial `from = null`). */
export function isReviewRejectionPair(from: Lane | null, to: Lane): boolean {
  return from !== null && REJECTION[cell(from, to)] === true;
}

/** The fields of a payload the transition rules read. */
export type TransitionFacts = Pick<StatusTransitionPayload, 'from_lane' | 'to_lane' | 'force' | 'reason' | 'review_ref'>;

const NO_VIOLATIONS: readonly string[] = Object.freeze([]);

function missing(text: string | null): boolean {
  return text === null || isBlank(text);
}

/**
 * The violations of a transition, in rule order: terminal exit, review-rejection family
 * without force, matrix (unforced only), review_ref guard, reason guard. A shared empty array
 * when there are none.
 */
export function transitionViolations(p: TransitionFacts): readonly string[] {
  const { from_lane: from, to_lane: to, force } = p;
  let out: string[] | null = null;
  if (!force) {
    if (from !== null && TERMINAL_LANES.has(from)) out = [`${from} is terminal; requires force=True to exit`];
    if (isReviewRejectionPair(from, to)) (out ??= []).push(`review-rejection rollback ${from} -> ${to} requires force=True`);
    if (!ALLOWED[cell(from, to)]) (out ??= []).push(`Transition ${laneText(from)} -> ${laneText(to)} is not allowed`);
  }
  const reviewRefRequired = REVIEW_LANES.has(from) && REWORK_LANES.has(to) && !(force && isReviewRejectionPair(from, to));
  if (reviewRefRequired && missing(p.review_ref)) (out ??= []).push(`${from} -> ${to} requires review_ref`);
  if (from === Lane.IN_PROGRESS && to === Lane.PLANNED && missing(p.reason)) (out ??= []).push('in_progress -> planned requires reason');
  return out ?? NO_VIOLATIONS;
}

/** Checks a payload against the 6.1.0 transition rules. Never throws. */
export function validateTransition(payload: StatusTransitionPayload): TransitionValidationResult {
  const violations = transitionViolations(payload);
  return new TransitionValidationResult(violations.length === 0, violations);
}

/**
 * A forced bootstrap-planned event: `force`, `to_lane = planned`, `from_lane` null or planned.
 * Initialize-only: the reducer ignores one once the WP has a state.
 */
export function isBootstrapPlannedEvent(payload: Pick<StatusTransitionPayload, 'force' | 'from_lane' | 'to_lane'>): boolean {
  return payload.force && payload.to_lane === Lane.PLANNED && (payload.from_lane === null || payload.from_lane === Lane.PLANNED);
}
