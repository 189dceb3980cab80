/**
 * Issue 9 item 13: a sparse array is its real elements, as a JSON array would hold them
 * (holes are absent items, never `null`s or `undefined`s; conventions/json-walk.ts). Cost
 * follows the real elements, never `length`.
 */
import { arrayElements, jsonCopy, pyRepr, withoutHoles } from '../../src/conventions';
import { pyEquals } from '../../src/v2/collaboration/python-equality';
import { validateEvent } from '../../src/v2/conformance';
import { ConcurrentDriverWarningPayload, Event, reduceCollaborationEvents } from '../../src/v2';

/** One real element `item` at index `at` of an array whose length is 10,000,001. */
function huge(item: unknown, at = 10_000_000): unknown[] {
  const array: unknown[] = [];
  array[at] = item;
  return array;
}

const WARNING = {
  warning_id: 'w1',
  mission_id: 'm1',
  participant_ids: ['p1', 'p2'],
  focus_target: { target_type: 'wp', target_id: 'WP01' },
  severity: 'warning',
};

describe('arrayElements', () => {
  it('returns a dense array itself', () => {
    const dense = [1, undefined, 3];
    expect(arrayElements(dense)).toBe(dense);
  });

  it('drops holes, keeps order and own undefined elements', () => {
    // eslint-disable-next-line no-sparse-arrays
    const sparse = [1, , undefined, , 5];
    expect(arrayElements(sparse)).toEqual([1, undefined, 5]);
    expect(arrayElements(huge('x'))).toEqual(['x']);
    const mixed = huge('b', 9_999_999);
    mixed[0] = 'a';
    mixed[20_000_000] = 'c';
    expect(arrayElements(mixed)).toEqual(['a', 'b', 'c']);
  });

  it('ignores non-index own properties', () => {
    const sparse = huge('x') as unknown[] & { extra?: string };
    sparse.extra = 'no';
    expect(arrayElements(sparse)).toEqual(['x']);
  });
});

describe('every reader sees the real elements', () => {
  it('pyRepr, pyEquals, jsonCopy', () => {
    expect(pyRepr(huge('x'))).toBe("['x']");
    expect(pyEquals(huge('x'), ['x'])).toBe(true);
    expect(jsonCopy({ a: huge(1) })).toEqual({ a: [1] });
  });

  it('withoutHoles copies only when something is sparse', () => {
    const dense = { a: [1, [2]] };
    expect(withoutHoles(dense)).toBe(dense);
    expect(withoutHoles({ a: [1, huge(2)] })).toEqual({ a: [1, [2]] });
  });

  it('withoutHoles past its quick scan: cycles, a container shared many times, a hole after thousands of containers', () => {
    const cyclic: unknown[] = [1];
    cyclic.push(cyclic);
    expect(withoutHoles(cyclic)).toBe(cyclic);
    const shared = { k: [1, 2] };
    const wide = Array.from({ length: 5000 }, () => shared);
    expect(withoutHoles(wide)).toBe(wide);
    const late = { many: Array.from({ length: 3000 }, (_, i) => ({ i })), last: huge('x') };
    const copy = withoutHoles(late) as { many: unknown[]; last: unknown[] };
    expect(copy).not.toBe(late);
    expect(copy.last).toEqual(['x']);
    expect(copy.many).toHaveLength(3000);
    const cyclicSparse: unknown[] = [];
    cyclicSparse[3] = cyclicSparse;
    const compact = withoutHoles(cyclicSparse) as unknown[];
    expect(compact).toHaveLength(1);
    expect(compact[0]).toBe(compact);
  });

  it('a list field parses the real elements (one violation, index in the JSON list)', () => {
    const outcome = ConcurrentDriverWarningPayload.safeFromDict({ ...WARNING, participant_ids: huge(5) });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.violations.map((v) => [v.type, v.loc.join('.')])).toEqual([['string_type', 'participant_ids.0']]);
  });

  it('a list field keeps the real elements when valid', () => {
    const ids = huge('p2');
    ids[5] = 'p1';
    const payload = ConcurrentDriverWarningPayload.fromDict({ ...WARNING, participant_ids: ids });
    expect(payload.participant_ids).toEqual(['p1', 'p2']);
  });

  it('validateEvent: both layers see one element', () => {
    const result = validateEvent({ ...WARNING, participant_ids: huge(5) }, 'ConcurrentDriverWarning');
    expect(result.modelViolations).toHaveLength(1);
    // minItems 2 (one real element) and the item's type.
    expect(result.schemaViolations.map((v) => v.jsonPath)).toEqual(['$.participant_ids', '$.participant_ids[0]']);
  });

  it('Event.toDict renders the real elements', () => {
    const event = Event.fromDict({
      event_id: '01ARZ3NDEKTSV4RRFFQ69G5FAV',
      event_type: 'T',
      aggregate_id: 'a',
      timestamp: '2026-01-01T00:00:00Z',
      node_id: 'n',
      lamport_clock: 1,
      project_uuid: '12345678-1234-1234-1234-123456789abc',
      correlation_id: '01ARZ3NDEKTSV4RRFFQ69G5FAV',
      payload: { ids: huge('p1') },
    });
    expect(event.toDict()['payload']).toEqual({ ids: ['p1'] });
  });

  it('the collaboration reducer reads warning participant ids as their real elements', () => {
    const base = {
      aggregate_id: 'a',
      timestamp: '2026-01-01T00:00:00Z',
      node_id: 'n',
      project_uuid: '12345678-1234-1234-1234-123456789abc',
      correlation_id: '01ARZ3NDEKTSV4RRFFQ69G5FAV',
    };
    const state = reduceCollaborationEvents(
      [
        Event.fromDict({ ...base, event_id: '01ARZ3NDEKTSV4RRFFQ69G5FA1', lamport_clock: 1, event_type: 'ConcurrentDriverWarning', payload: { ...WARNING, participant_ids: huge('ghost') } }),
      ],
      { mode: 'permissive' },
    );
    expect(state.anomalies.map((a) => a.reason)).toEqual(["Unknown participant 'ghost'"]);
    expect([...state.warnings.map((w) => w.participant_ids)]).toEqual([['ghost']]);
  });
});
