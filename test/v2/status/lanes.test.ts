import { SpecKittyEventsError, ValidationError } from '../../../src/envelope/errors';
import { entryForSchemaName } from '../../../src/v2/registry';
import {
  CANONICAL_TO_SYNC_V1,
  ExecutionMode,
  LANE_ALIASES,
  Lane,
  SyncLaneV1,
  TERMINAL_LANES,
  WP_STATUS_CHANGED,
  canonicalToSyncV1,
  normalizeLane,
} from '../../../src/v2/status';
import { LANE_ENUM, LANE_ENUM_WITH_ALIASES, EXECUTION_MODE_ENUM, laneText } from '../../../src/v2/status/lanes';

const VALID_SUFFIX =
  ". Valid values: ['planned', 'claimed', 'in_progress', 'for_review', 'done', 'blocked', 'canceled']. Aliases: ['doing']";

describe('enums (§1)', () => {
  it('Lane has the 7 members in declaration order', () => {
    expect(Object.entries(Lane)).toEqual([
      ['PLANNED', 'planned'],
      ['CLAIMED', 'claimed'],
      ['IN_PROGRESS', 'in_progress'],
      ['FOR_REVIEW', 'for_review'],
      ['DONE', 'done'],
      ['BLOCKED', 'blocked'],
      ['CANCELED', 'canceled'],
    ]);
  });

  it('SyncLaneV1 has 4 members, ExecutionMode 2', () => {
    expect(Object.entries(SyncLaneV1)).toEqual([
      ['PLANNED', 'planned'],
      ['DOING', 'doing'],
      ['FOR_REVIEW', 'for_review'],
      ['DONE', 'done'],
    ]);
    expect(Object.entries(ExecutionMode)).toEqual([
      ['WORKTREE', 'worktree'],
      ['DIRECT_REPO', 'direct_repo'],
    ]);
  });

  it('Lane("planned")-style lookup works by value; unknown values fail', () => {
    expect(normalizeLane('planned')).toBe(Lane.PLANNED);
    expect(Object.values(Lane)).toContain('planned');
    expect(Object.values(Lane)).not.toContain('doing');
  });

  it('WP_STATUS_CHANGED is "WPStatusChanged"', () => {
    expect(WP_STATUS_CHANGED).toBe('WPStatusChanged');
  });
});

describe('TERMINAL_LANES', () => {
  it('is exactly {done, canceled}', () => {
    expect(TERMINAL_LANES.size).toBe(2);
    expect([...TERMINAL_LANES]).toEqual([Lane.DONE, Lane.CANCELED]);
    for (const lane of Object.values(Lane)) {
      expect(TERMINAL_LANES.has(lane)).toBe(lane === Lane.DONE || lane === Lane.CANCELED);
    }
  });

  it('is immutable at run time', () => {
    const mutable = TERMINAL_LANES as Set<Lane>;
    expect(() => mutable.add(Lane.PLANNED)).toThrow(TypeError);
    expect(() => mutable.delete(Lane.DONE)).toThrow(TypeError);
    expect(() => mutable.clear()).toThrow(TypeError);
    expect(TERMINAL_LANES.size).toBe(2);
    expect(TERMINAL_LANES.has(Lane.PLANNED)).toBe(false);
  });
});

describe('LANE_ALIASES', () => {
  it('maps only "doing" to in_progress, and is frozen', () => {
    expect(Object.keys(LANE_ALIASES)).toEqual(['doing']);
    expect(LANE_ALIASES['doing']).toBe(Lane.IN_PROGRESS);
    expect(Object.isFrozen(LANE_ALIASES)).toBe(true);
    expect(() => {
      (LANE_ALIASES as Record<string, Lane>)['x'] = Lane.DONE;
    }).toThrow(TypeError);
  });
});

describe('CANONICAL_TO_SYNC_V1 / canonicalToSyncV1', () => {
  const TABLE: [Lane, SyncLaneV1][] = [
    [Lane.PLANNED, SyncLaneV1.PLANNED],
    [Lane.CLAIMED, SyncLaneV1.PLANNED],
    [Lane.IN_PROGRESS, SyncLaneV1.DOING],
    [Lane.FOR_REVIEW, SyncLaneV1.FOR_REVIEW],
    [Lane.DONE, SyncLaneV1.DONE],
    [Lane.BLOCKED, SyncLaneV1.DOING],
    [Lane.CANCELED, SyncLaneV1.PLANNED],
  ];

  it('is the §1 table, total over Lane, in declaration order', () => {
    expect([...CANONICAL_TO_SYNC_V1.entries()]).toEqual(TABLE);
  });

  it('values are all SyncLaneV1 and every SyncLaneV1 is reached', () => {
    const values = new Set(CANONICAL_TO_SYNC_V1.values());
    expect([...values].sort()).toEqual(Object.values(SyncLaneV1).sort());
  });

  it('rejects mutation', () => {
    const mutable = CANONICAL_TO_SYNC_V1 as Map<Lane, SyncLaneV1>;
    expect(() => mutable.set(Lane.PLANNED, SyncLaneV1.DONE)).toThrow(TypeError);
    expect(() => mutable.delete(Lane.PLANNED)).toThrow(TypeError);
    expect(() => mutable.clear()).toThrow(TypeError);
    expect(CANONICAL_TO_SYNC_V1.get(Lane.PLANNED)).toBe(SyncLaneV1.PLANNED);
    expect(CANONICAL_TO_SYNC_V1.size).toBe(7);
  });

  it('canonicalToSyncV1 agrees with the map for every lane, deterministically', () => {
    for (const [lane, sync] of TABLE) {
      expect(canonicalToSyncV1(lane)).toBe(sync);
      expect(canonicalToSyncV1(lane)).toBe(canonicalToSyncV1(lane));
      expect(canonicalToSyncV1(lane)).toBe(CANONICAL_TO_SYNC_V1.get(lane));
    }
    expect(canonicalToSyncV1(Lane.IN_PROGRESS)).toBe(SyncLaneV1.DOING);
    expect(canonicalToSyncV1(Lane.CANCELED)).toBe(SyncLaneV1.PLANNED);
  });

  it('accepts raw value strings', () => {
    expect(canonicalToSyncV1('planned' as Lane)).toBe(SyncLaneV1.PLANNED);
    expect(canonicalToSyncV1('blocked' as Lane)).toBe(SyncLaneV1.DOING);
  });

  it.each([
    ['doing', "'doing'"],
    ['in_review', "'in_review'"],
    ['', "''"],
    [null, 'None'],
    ['PLANNED', "'PLANNED'"],
    ['constructor', "'constructor'"],
    ['__proto__', "'__proto__'"],
  ])('a non-Lane key %p throws RangeError(%s) (KeyError), not a library error', (key, message) => {
    let caught: unknown;
    try {
      canonicalToSyncV1(key as Lane);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RangeError);
    expect(caught).not.toBeInstanceOf(SpecKittyEventsError);
    expect((caught as Error).message).toBe(message);
  });
});

describe('normalizeLane (§2)', () => {
  it('returns each canonical lane for its value', () => {
    for (const lane of Object.values(Lane)) expect(normalizeLane(lane)).toBe(lane);
  });

  it('resolves the alias "doing" to in_progress', () => {
    expect(normalizeLane('doing')).toBe(Lane.IN_PROGRESS);
  });

  it.each(['nonexistent', 'bogus', '', 'PLANNED', 'Planned', 'DOING', ' planned', 'planned ', 'constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    '%p throws the library ValidationError with the exact message',
    (value) => {
      let caught: unknown;
      try {
        normalizeLane(value);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ValidationError);
      expect(caught).toBeInstanceOf(SpecKittyEventsError);
      expect((caught as Error).message).toContain('Unknown lane value');
      expect((caught as Error).message).toBe(`Unknown lane value: '${value}'${VALID_SUFFIX}`);
    },
  );

  it('renders null and odd strings with pyRepr', () => {
    expect(() => normalizeLane(null as unknown as string)).toThrow(`Unknown lane value: None${VALID_SUFFIX}`);
    expect(() => normalizeLane("it's")).toThrow(`Unknown lane value: "it's"${VALID_SUFFIX}`);
    expect(() => normalizeLane('x')).toThrow(`Unknown lane value: 'x'${VALID_SUFFIX}`);
  });
});

describe('laneText (§0)', () => {
  it('renders Lane.X and None', () => {
    expect(Object.values(Lane).map(laneText)).toEqual([
      'Lane.PLANNED',
      'Lane.CLAIMED',
      'Lane.IN_PROGRESS',
      'Lane.FOR_REVIEW',
      'Lane.DONE',
      'Lane.BLOCKED',
      'Lane.CANCELED',
    ]);
    expect(laneText(null)).toBe('None');
  });
});

describe('enum descriptors and registered enum schemas', () => {
  it('registers lane and sync_lane_v1 with the published descriptions', () => {
    const lane = entryForSchemaName('lane');
    const sync = entryForSchemaName('sync_lane_v1');
    expect(lane).toMatchObject({
      kind: 'enum',
      schemaName: 'lane',
      descriptor: { name: 'Lane', description: 'Work-package lifecycle lanes.', values: Object.values(Lane) },
    });
    expect(sync).toMatchObject({
      kind: 'enum',
      schemaName: 'sync_lane_v1',
      descriptor: {
        name: 'SyncLaneV1',
        description: 'V1 compatibility sync lanes for downstream consumers.',
        values: ['planned', 'doing', 'for_review', 'done'],
      },
    });
  });

  it('only the payload descriptor maps the alias', () => {
    expect(LANE_ENUM.before).toBeUndefined();
    const before = LANE_ENUM_WITH_ALIASES.before!;
    expect(before('doing')).toBe('in_progress');
    expect(before('DOING')).toBe('DOING');
    expect(before('constructor')).toBe('constructor');
    expect(before(null)).toBeNull();
    expect(before(5)).toBe(5);
    expect(EXECUTION_MODE_ENUM).toMatchObject({ name: 'ExecutionMode', description: 'How a work-package is being executed.', values: ['worktree', 'direct_repo'] });
  });
});
