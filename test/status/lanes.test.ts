/** 6.1.0 lanes, sync lanes and their constants. */
import {
  CANONICAL_TO_SYNC_V1,
  CANONICAL_TO_SYNC_V2,
  DISPLAY_LANES,
  ExecutionMode,
  LANE_ALIASES,
  Lane,
  NON_DISPLAY_LANES,
  SyncLaneV1,
  SyncLaneV2,
  TERMINAL_LANES,
  canonicalToSyncV1,
  canonicalToSyncV2,
  normalizeLane,
} from '../../src/status';
import * as v2 from '../../src/v2/status';
import { ValidationError } from '../../src/envelope/errors';

describe('6.1.0 lanes', () => {
  it('has the ten lanes in the reference order', () => {
    expect(Object.values(Lane)).toEqual(['genesis', 'planned', 'claimed', 'in_progress', 'for_review', 'in_review', 'approved', 'done', 'blocked', 'canceled']);
    expect(Object.values(SyncLaneV2)).toEqual(['planned', 'doing', 'for_review', 'approved', 'done']);
  });

  it('shares the unchanged enums with 2.1.0', () => {
    expect(SyncLaneV1).toBe(v2.SyncLaneV1);
    expect(ExecutionMode).toBe(v2.ExecutionMode);
  });

  it('display lanes are every lane but genesis, in order', () => {
    expect([...NON_DISPLAY_LANES]).toEqual([Lane.GENESIS]);
    expect(DISPLAY_LANES).toEqual(Object.values(Lane).filter((l) => l !== Lane.GENESIS));
    expect(Object.isFrozen(DISPLAY_LANES)).toBe(true);
    expect([...TERMINAL_LANES].sort()).toEqual(['canceled', 'done']);
    expect(Object.isFrozen(LANE_ALIASES)).toBe(true);
  });

  it('maps every lane to a v1 and a v2 sync lane (v2 keeps approved)', () => {
    expect(CANONICAL_TO_SYNC_V1.size).toBe(10);
    expect(CANONICAL_TO_SYNC_V2.size).toBe(10);
    expect(canonicalToSyncV1(Lane.APPROVED)).toBe(SyncLaneV1.DONE);
    expect(canonicalToSyncV2(Lane.APPROVED)).toBe(SyncLaneV2.APPROVED);
    expect(canonicalToSyncV1(Lane.IN_REVIEW)).toBe(SyncLaneV1.FOR_REVIEW);
    expect(canonicalToSyncV2(Lane.GENESIS)).toBe(SyncLaneV2.PLANNED);
    for (const lane of Object.values(Lane)) {
      const v1 = canonicalToSyncV1(lane);
      const v2lane = canonicalToSyncV2(lane);
      // v2 differs from v1 only where it keeps the approved outcome.
      expect(v2lane === SyncLaneV2.APPROVED ? v1 === SyncLaneV1.DONE : v2lane === (v1 as string)).toBe(true);
    }
    expect(() => canonicalToSyncV2('doing' as Lane)).toThrow(new RangeError("'doing'"));
    expect(() => (CANONICAL_TO_SYNC_V2 as Map<Lane, SyncLaneV2>).set(Lane.DONE, SyncLaneV2.PLANNED)).toThrow();
  });

  it('normalizeLane resolves aliases and names the valid values otherwise', () => {
    expect(normalizeLane('doing')).toBe(Lane.IN_PROGRESS);
    expect(normalizeLane('genesis')).toBe(Lane.GENESIS);
    expect(() => normalizeLane('x')).toThrow(ValidationError);
    expect(() => normalizeLane('x')).toThrow(
      "Unknown lane value: 'x'. Valid values: ['genesis', 'planned', 'claimed', 'in_progress', 'for_review', 'in_review', 'approved', 'done', 'blocked', 'canceled']. Aliases: ['doing']",
    );
    expect(() => normalizeLane('toString')).toThrow(ValidationError);
  });
});
