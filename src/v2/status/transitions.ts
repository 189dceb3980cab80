/**
 * The transition rules (STATUS_AND_GATES.md §7–§8): `TransitionError`,
 * `TransitionValidationResult` and `validateTransition` with the full lane matrix.
 */
import { isBlank } from '../../conventions';
import { SpecKittyEventsError } from '../../envelope/errors';
import { LANE_VALUES, Lane, TERMINAL_LANES, laneText } from './lanes';
import type { StatusTransitionPayload } from './transition-payload';

/** A rejected transition (never thrown by the library itself). */
export class TransitionError extends SpecKittyEventsError {
  readonly violations: readonly string[];

  /**
   * `violations` is any iterable of strings, as Python's `'; '.join` takes any iterable (a
   * plain string is iterated by code point there and here: `'ab'` → `Invalid transition: a; b`).
   */
  constructor(violations: Iterable<string>) {
    const list = Object.freeze(Array.from(violations));
    super(`Invalid transition: ${list.join('; ')}`);
    this.violations = list;
  }
}

const NO_VIOLATIONS: readonly string[] = Object.freeze([]);

/** Outcome of `validateTransition` (a frozen dataclass in the reference: no input validation). */
export class TransitionValidationResult {
  readonly valid: boolean;
  readonly violations: readonly string[];

  constructor(valid: boolean, violations: readonly string[] = NO_VIOLATIONS) {
    this.valid = valid;
    this.violations = violations.length === 0 ? NO_VIOLATIONS : Object.freeze([...violations]);
    Object.freeze(this);
  }

  /** Python `==`: field-wise. */
  equals(other: unknown): boolean {
    return (
      other instanceof TransitionValidationResult &&
      other.valid === this.valid &&
      other.violations.length === this.violations.length &&
      other.violations.every((v, i) => v === this.violations[i])
    );
  }
}

/** Row index of a `from_lane` (null is row 0), column index of a `to_lane`. */
const INDEX: ReadonlyMap<Lane, number> = new Map(LANE_VALUES.map((lane, i) => [lane, i]));

/** The base set of allowed (from, to) pairs; null = initial. */
const BASE_PAIRS: readonly (readonly [Lane | null, Lane])[] = [
  [null, Lane.PLANNED],
  [Lane.PLANNED, Lane.CLAIMED],
  [Lane.CLAIMED, Lane.IN_PROGRESS],
  [Lane.IN_PROGRESS, Lane.FOR_REVIEW],
  [Lane.FOR_REVIEW, Lane.DONE],
  [Lane.FOR_REVIEW, Lane.IN_PROGRESS],
  [Lane.IN_PROGRESS, Lane.PLANNED],
  [Lane.BLOCKED, Lane.IN_PROGRESS],
];

function cell(from: Lane | null, to: Lane): number {
  return (from === null ? 0 : INDEX.get(from)! + 1) * LANE_VALUES.length + INDEX.get(to)!;
}

/**
 * `ALLOWED[cell(from, to)]`: the unforced matrix — the base set, plus any non-terminal,
 * non-null lane to blocked or canceled.
 */
const ALLOWED: readonly boolean[] = (() => {
  const allowed = new Array<boolean>((LANE_VALUES.length + 1) * LANE_VALUES.length).fill(false);
  for (const [from, to] of BASE_PAIRS) allowed[cell(from, to)] = true;
  for (const from of LANE_VALUES) {
    if (TERMINAL_LANES.has(from)) continue;
    allowed[cell(from, Lane.BLOCKED)] = true;
    allowed[cell(from, Lane.CANCELED)] = true;
  }
  return Object.freeze(allowed);
})();

/** The fields of a payload the transition rules read. */
export type TransitionFacts = Pick<StatusTransitionPayload, 'from_lane' | 'to_lane' | 'force' | 'reason' | 'review_ref'>;

/**
 * The violations of a transition, in rule order (terminal, matrix, review_ref guard, reason
 * guard); a shared empty array when there are none. The reducer's allocation-free core.
 */
export function transitionViolations(p: TransitionFacts): readonly string[] {
  const { from_lane: from, to_lane: to } = p;
  let out: string[] | null = null;
  if (!p.force) {
    if (from !== null && TERMINAL_LANES.has(from)) {
      out = [`${from} is terminal; requires force=True to exit`];
    }
    if (!ALLOWED[cell(from, to)]) {
      (out ??= []).push(`Transition ${laneText(from)} -> ${laneText(to)} is not allowed`);
    }
  }
  if (from === Lane.FOR_REVIEW && to === Lane.IN_PROGRESS && (p.review_ref === null || isBlank(p.review_ref))) {
    (out ??= []).push('for_review -> in_progress requires review_ref');
  }
  if (from === Lane.IN_PROGRESS && to === Lane.PLANNED && (p.reason === null || isBlank(p.reason))) {
    (out ??= []).push('in_progress -> planned requires reason');
  }
  return out ?? NO_VIOLATIONS;
}

/** Checks a payload against the transition rules (§8). Never throws. */
export function validateTransition(payload: StatusTransitionPayload): TransitionValidationResult {
  const violations = transitionViolations(payload);
  return new TransitionValidationResult(violations.length === 0, violations);
}
