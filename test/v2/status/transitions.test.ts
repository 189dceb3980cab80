import { SpecKittyEventsError } from '../../../src/envelope/errors';
import {
  Lane,
  StatusTransitionPayload,
  TransitionError,
  TransitionValidationResult,
  validateTransition,
} from '../../../src/v2/status';
import { EVIDENCE } from './helpers';

const LANES = Object.values(Lane);
const FROMS: (Lane | null)[] = [null, ...LANES];

function payload(from: Lane | null, to: Lane, extra: Record<string, unknown> = {}): StatusTransitionPayload {
  return StatusTransitionPayload.fromDict({
    feature_slug: 'f',
    wp_id: 'WP01',
    from_lane: from,
    to_lane: to,
    actor: 'a',
    execution_mode: 'worktree',
    ...(to === Lane.DONE ? { evidence: EVIDENCE } : {}),
    ...extra,
  });
}

const text = (lane: Lane | null): string => (lane === null ? 'None' : `Lane.${lane.toUpperCase()}`);
const matrixMsg = (from: Lane | null, to: Lane): string => `Transition ${text(from)} -> ${text(to)} is not allowed`;

/** The §8 table verbatim, rows = from (null first), columns = to in Lane order. */
const TABLE: Record<string, string[]> = {
  null: ['A', 'X', 'X', 'X', 'X', 'X', 'X'],
  planned: ['X', 'A', 'X', 'X', 'X', 'B', 'B'],
  claimed: ['X', 'X', 'A', 'X', 'X', 'B', 'B'],
  in_progress: ['G:r', 'X', 'X', 'A', 'X', 'B', 'B'],
  for_review: ['X', 'X', 'G:rr', 'X', 'A', 'B', 'B'],
  done: ['T', 'T', 'T', 'T', 'T', 'T', 'T'],
  blocked: ['X', 'X', 'A', 'X', 'X', 'B', 'B'],
  canceled: ['T', 'T', 'T', 'T', 'T', 'T', 'T'],
};

const CELLS = FROMS.flatMap((from) => LANES.map((to, col) => [from, to, TABLE[String(from)]![col]!] as const));

describe('TransitionError (§7)', () => {
  it('keeps violations; message joins them; is a SpecKittyEventsError', () => {
    const error = new TransitionError(['a is bad', 'b is worse']);
    expect(error.violations).toEqual(['a is bad', 'b is worse']);
    expect(error.message).toBe('Invalid transition: a is bad; b is worse');
    expect(error.message).toContain('Invalid transition');
    expect(error).toBeInstanceOf(SpecKittyEventsError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('TransitionError');
    expect(Object.isFrozen(error.violations)).toBe(true);
  });

  it('an empty list gives "Invalid transition: "', () => {
    expect(new TransitionError([]).message).toBe('Invalid transition: ');
  });

  it('copies the given list', () => {
    const list = ['x'];
    const error = new TransitionError(list);
    list.push('y');
    expect(error.violations).toEqual(['x']);
  });
});

describe('TransitionValidationResult (§7)', () => {
  it('violations default to empty; fields are independent; instance and array frozen', () => {
    const ok = new TransitionValidationResult(true);
    expect(ok.valid).toBe(true);
    expect(ok.violations).toEqual([]);
    const odd = new TransitionValidationResult(true, ['but listed']);
    expect(odd.valid).toBe(true);
    expect(odd.violations).toEqual(['but listed']);
    expect(Object.isFrozen(odd)).toBe(true);
    expect(Object.isFrozen(odd.violations)).toBe(true);
    expect(() => {
      (ok as { valid: boolean }).valid = false;
    }).toThrow(TypeError);
    expect(() => {
      (odd.violations as string[]).push('x');
    }).toThrow(TypeError);
  });

  it('equality is field-wise', () => {
    expect(new TransitionValidationResult(false, ['a']).equals(new TransitionValidationResult(false, ['a']))).toBe(true);
    expect(new TransitionValidationResult(false, ['a']).equals(new TransitionValidationResult(true, ['a']))).toBe(false);
    expect(new TransitionValidationResult(false, ['a']).equals(new TransitionValidationResult(false, ['b']))).toBe(false);
    expect(new TransitionValidationResult(true).equals({ valid: true, violations: [] })).toBe(false);
  });
});

describe('validateTransition: the full unforced matrix (§8)', () => {
  it.each(CELLS)('%p -> %p is %s', (from, to, kind) => {
    switch (kind) {
      case 'A':
      case 'B': {
        const result = validateTransition(payload(from, to));
        expect(result).toBeInstanceOf(TransitionValidationResult);
        expect(result.valid).toBe(true);
        expect(result.violations).toEqual([]);
        break;
      }
      case 'X':
        expect(validateTransition(payload(from, to)).violations).toEqual([matrixMsg(from, to)]);
        expect(validateTransition(payload(from, to)).valid).toBe(false);
        break;
      case 'T':
        expect(validateTransition(payload(from, to)).violations).toEqual([
          `${from} is terminal; requires force=True to exit`,
          matrixMsg(from, to),
        ]);
        break;
      case 'G:r':
        expect(validateTransition(payload(from, to, { reason: 'why' })).valid).toBe(true);
        for (const reason of [undefined, null, '', '   ', '\u3000']) {
          const extra = reason === undefined ? {} : { reason };
          expect(validateTransition(payload(from, to, extra)).violations).toEqual(['in_progress -> planned requires reason']);
        }
        break;
      case 'G:rr':
        expect(validateTransition(payload(from, to, { review_ref: 'PR#7' })).valid).toBe(true);
        for (const review_ref of [undefined, null, '', ' \t']) {
          const extra = review_ref === undefined ? {} : { review_ref };
          expect(validateTransition(payload(from, to, extra)).violations).toEqual(['for_review -> in_progress requires review_ref']);
        }
        break;
      default:
        throw new Error(`unknown table kind ${kind}`);
    }
  });

  it('the table has the expected shape (8 rows × 7 columns: 6 A, 2 G, 10 B, 24 X, 14 T)', () => {
    const counts = new Map<string, number>();
    for (const [, , kind] of CELLS) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    expect(CELLS).toHaveLength(56);
    expect(Object.fromEntries(counts)).toEqual({ A: 6, 'G:r': 1, 'G:rr': 1, B: 10, X: 24, T: 14 });
  });

  it('every pair outside base ∪ {non-terminal → blocked/canceled} is invalid', () => {
    const base = new Set(['null>planned', 'planned>claimed', 'claimed>in_progress', 'in_progress>for_review', 'for_review>done', 'for_review>in_progress', 'in_progress>planned', 'blocked>in_progress']);
    for (const from of FROMS) {
      for (const to of LANES) {
        const nonTerminal = from !== null && from !== Lane.DONE && from !== Lane.CANCELED;
        const allowed = base.has(`${from}>${to}`) || (nonTerminal && (to === Lane.BLOCKED || to === Lane.CANCELED));
        const result = validateTransition(payload(from, to, { reason: 'r', review_ref: 'ref' }));
        expect([from, to, result.valid]).toEqual([from, to, allowed]);
      }
    }
  });

  it('the contract examples', () => {
    expect(validateTransition(payload(null, Lane.CLAIMED)).violations).toEqual(['Transition None -> Lane.CLAIMED is not allowed']);
    expect(validateTransition(payload(Lane.PLANNED, Lane.FOR_REVIEW)).violations).toEqual([
      'Transition Lane.PLANNED -> Lane.FOR_REVIEW is not allowed',
    ]);
    expect(validateTransition(payload(Lane.DONE, Lane.IN_PROGRESS)).violations).toEqual([
      'done is terminal; requires force=True to exit',
      'Transition Lane.DONE -> Lane.IN_PROGRESS is not allowed',
    ]);
    expect(validateTransition(payload(Lane.CANCELED, Lane.PLANNED)).violations).toEqual([
      'canceled is terminal; requires force=True to exit',
      'Transition Lane.CANCELED -> Lane.PLANNED is not allowed',
    ]);
  });

  it('self-transitions are rejected except blocked → blocked', () => {
    for (const lane of LANES) {
      expect([lane, validateTransition(payload(lane, lane)).valid]).toEqual([lane, lane === Lane.BLOCKED]);
    }
  });

  it('§15 legal unforced transitions', () => {
    expect(validateTransition(payload(null, Lane.PLANNED)).valid).toBe(true);
    expect(validateTransition(payload(Lane.PLANNED, Lane.CLAIMED)).valid).toBe(true);
    expect(validateTransition(payload(Lane.CLAIMED, Lane.IN_PROGRESS)).valid).toBe(true);
    expect(validateTransition(payload(Lane.IN_PROGRESS, Lane.FOR_REVIEW)).valid).toBe(true);
    expect(validateTransition(payload(Lane.FOR_REVIEW, Lane.DONE)).valid).toBe(true);
    expect(validateTransition(payload(Lane.FOR_REVIEW, Lane.IN_PROGRESS, { review_ref: 'PR#1' })).valid).toBe(true);
    expect(validateTransition(payload(Lane.IN_PROGRESS, Lane.PLANNED, { reason: 'reassign' })).valid).toBe(true);
    expect(validateTransition(payload(Lane.BLOCKED, Lane.IN_PROGRESS)).valid).toBe(true);
    expect(validateTransition(payload(Lane.PLANNED, Lane.BLOCKED)).valid).toBe(true);
    expect(validateTransition(payload(Lane.IN_PROGRESS, Lane.CANCELED)).valid).toBe(true);
  });

  it('§15 guard messages mention review_ref / reason; unforced done exit has >1 violation incl. terminal', () => {
    expect(validateTransition(payload(Lane.FOR_REVIEW, Lane.IN_PROGRESS)).violations.join()).toContain('review_ref');
    expect(validateTransition(payload(Lane.IN_PROGRESS, Lane.PLANNED)).violations.join()).toContain('reason');
    const exit = validateTransition(payload(Lane.DONE, Lane.IN_PROGRESS));
    expect(exit.violations.length).toBeGreaterThan(1);
    expect(exit.violations.some((v) => v.includes('terminal'))).toBe(true);
    expect(validateTransition(payload(Lane.PLANNED, Lane.PLANNED)).valid).toBe(false);
  });
});

describe('validateTransition: forced (§8)', () => {
  it.each(CELLS)('forced %p -> %p is valid (except for_review → in_progress without review_ref)', (from, to) => {
    const result = validateTransition(payload(from, to, { force: true, reason: 'forced' }));
    if (from === Lane.FOR_REVIEW && to === Lane.IN_PROGRESS) {
      expect(result.violations).toEqual(['for_review -> in_progress requires review_ref']);
      expect(validateTransition(payload(from, to, { force: true, reason: 'r', review_ref: '  ' })).valid).toBe(false);
      expect(validateTransition(payload(from, to, { force: true, reason: 'r', review_ref: 'PR' })).valid).toBe(true);
    } else {
      expect(result.valid).toBe(true);
      expect(result.violations).toEqual([]);
    }
  });

  it('§15: forced done → in_progress, canceled → planned, planned → for_review are valid', () => {
    expect(validateTransition(payload(Lane.DONE, Lane.IN_PROGRESS, { force: true, reason: 'reopen' })).valid).toBe(true);
    expect(validateTransition(payload(Lane.CANCELED, Lane.PLANNED, { force: true, reason: 'revive' })).valid).toBe(true);
    expect(validateTransition(payload(Lane.PLANNED, Lane.FOR_REVIEW, { force: true, reason: 'skip' })).valid).toBe(true);
  });
});

describe('TransitionError with other iterables', () => {
  it('joins any iterable of strings, like Python (a string is iterated by code point)', () => {
    expect(new TransitionError('m').message).toBe('Invalid transition: m');
    expect(new TransitionError('ab').message).toBe('Invalid transition: a; b');
    expect(new TransitionError(new Set(['x', 'y'])).violations).toEqual(['x', 'y']);
  });
});
