/**
 * Issue 9 item 8: values nested thousands deep never overflow the stack. Every walk over a
 * user value is iterative; where the reference produces output for a deep value the port
 * produces the same (golden data from scripts/golden/deep-values.py), where the reference
 * fails the port gives its own error (`toDict`) or an ordinary result (reducers).
 */
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { jsonCopy, JSON_DUMP_MAX_DEPTH, nestingDepth, pyRepr, REPR_MAX_DEPTH } from '../../src/conventions';
import { pyEquals } from '../../src/v2/collaboration/python-equality';
import { Event, reduceCollaborationEvents, reduceStatusEvents, ValidationError } from '../../src/v2';

interface DumpCase {
  readonly lists: number;
  readonly leaf: number | [];
  readonly ok: boolean;
  readonly error?: string;
}
interface Golden {
  readonly dump: readonly DumpCase[];
  readonly status_reasons: readonly { readonly lists: number; readonly reason: string }[];
}
const golden = JSON.parse(fs.readFileSync(path.join(__dirname, '../golden/deep-values.json'), 'utf8')) as Golden;

/** `n` nested arrays around `leaf`. */
function nested(n: number, leaf: unknown = 1): unknown {
  let value = leaf;
  for (let i = 0; i < n; i++) value = [value];
  return value;
}

const BASE = {
  event_id: '01ARZ3NDEKTSV4RRFFQ69G5FAV',
  event_type: 'T',
  aggregate_id: 'a',
  timestamp: '2026-01-01T00:00:00Z',
  node_id: 'n',
  lamport_clock: 1,
  project_uuid: '12345678-1234-1234-1234-123456789abc',
  correlation_id: '01ARZ3NDEKTSV4RRFFQ69G5FAV',
};
let seq = 0;
function event(eventType: string, payload: Record<string, unknown>): Event {
  seq++;
  return Event.fromDict({ ...BASE, event_id: `01ARZ3NDEKTSV4RRFF${String(seq).padStart(8, '0')}`, lamport_clock: seq, event_type: eventType, payload });
}

const DEEP = 100_000;

describe('the shared walks are iterative', () => {
  it('pyRepr renders any depth', () => {
    expect(pyRepr(nested(DEEP))).toBe('['.repeat(DEEP) + '1' + ']'.repeat(DEEP));
    expect(pyRepr({ a: nested(3, {}) })).toBe("{'a': [[[{}]]]}");
  });

  it('pyEquals compares any depth', () => {
    expect(pyEquals(nested(DEEP), nested(DEEP, true))).toBe(true);
    expect(pyEquals(nested(DEEP), nested(DEEP, 2))).toBe(false);
    expect(pyEquals(nested(DEEP), nested(DEEP + 1))).toBe(false);
  });

  it('pyEquals terminates on cycles', () => {
    const a: unknown[] = [1];
    a.push(a);
    const b: unknown[] = [1];
    b.push(b);
    expect(pyEquals(a, b)).toBe(true);
    const c: unknown[] = [2];
    c.push(c);
    expect(pyEquals(a, c)).toBe(false);
  });

  it('jsonCopy copies any depth without a limit and refuses past maxDepth', () => {
    const copy = jsonCopy(nested(DEEP));
    expect(copy).not.toBe(nested(DEEP));
    expect(pyRepr(copy)).toBe('['.repeat(DEEP) + '1' + ']'.repeat(DEEP)); // JSON.stringify itself would overflow
    expect(() => jsonCopy(nested(4), { maxDepth: 3 })).toThrow(RangeError);
    expect(jsonCopy(nested(3, []), { maxDepth: 3 })).toEqual(nested(3, []));
  });

  it('nestingDepth counts non-empty containers and stops at its limit', () => {
    expect(nestingDepth(1)).toBe(0);
    expect(nestingDepth([])).toBe(0);
    expect(nestingDepth(nested(3))).toBe(3);
    expect(nestingDepth(nested(3, []))).toBe(3);
    expect(nestingDepth({ a: [], b: [[1]] })).toBe(3);
    expect(nestingDepth(nested(DEEP), 10)).toBe(11);
  });

  it('jsonCopy equals the JSON text round trip on JSON values (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(jsonCopy(value)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('pyEquals is reflexive and symmetric on JSON values (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(pyEquals(a, JSON.parse(JSON.stringify(a)))).toBe(true);
        expect(pyEquals(a, b)).toBe(pyEquals(b, a));
      }),
    );
  });
});

describe('Event.toDict follows the reference serializer limit', () => {
  it.each(golden.dump.map((c) => [c.lists, JSON.stringify(c.leaf), c]))('payload {x: %i lists around %s}', (_n, _leaf, c) => {
    const model = Event.fromDict({ ...BASE, payload: { x: nested(c.lists, c.leaf) } });
    if (c.ok) {
      expect(model.toDict()['payload']).toEqual({ x: nested(c.lists, c.leaf) });
      expect(JSON.parse(JSON.stringify(model))).toEqual(model.toDict());
    } else {
      expect(() => model.toDict()).toThrow(ValidationError);
      expect(() => model.toDict()).toThrow(/Event: cannot serialize field payload: value nested deeper than 255 levels/);
      expect(() => model.toDict()).toThrow(/Circular reference detected \(depth exceeded\)/);
    }
  });

  it('uses the published limit', () => {
    expect(JSON_DUMP_MAX_DEPTH).toBe(255);
  });

  it('accepts a deep payload in fromDict, as the reference does', () => {
    expect(Event.safeFromDict({ ...BASE, payload: { x: nested(DEEP) } }).ok).toBe(true);
  });
});

describe('reducers never overflow on deep payload values', () => {
  it.each(golden.status_reasons.map((c) => [c.lists, c]))('status anomaly text for a wp_id %i lists deep', (_n, c) => {
    const state = reduceStatusEvents([
      event('WPStatusChanged', { wp_id: nested(c.lists), from_lane: 'planned', to_lane: 'claimed', actor: 'a', execution_mode: 'worktree' }),
    ]);
    expect(state.anomalies[0]!.reason).toBe(c.reason);
  });

  it('REPR_MAX_DEPTH is where the golden texts switch to <unprintable ...>', () => {
    const printable = golden.status_reasons.filter((c) => !c.reason.includes('<unprintable list object>'));
    expect(Math.max(...printable.map((c) => c.lists))).toBe(REPR_MAX_DEPTH - 1);
  });

  it('collaboration: deep step ids match by Python equality and render in anomalies', () => {
    const identity = { participant_id: 'p1', participant_type: 'human' };
    const state = reduceCollaborationEvents([
      event('ParticipantJoined', { participant_id: 'p1', participant_identity: identity, mission_id: 'm' }),
      event('PromptStepExecutionStarted', { participant_id: 'p1', step_id: nested(DEEP) }),
      event('PromptStepExecutionCompleted', { participant_id: 'p1', step_id: nested(DEEP) }),
      event('PromptStepExecutionCompleted', { participant_id: 'p1', step_id: nested(3000) }),
    ]);
    expect(state.anomalies).toHaveLength(1);
    expect(state.anomalies[0]!.reason).toBe(
      `No matching PromptStepExecutionStarted for step ${'['.repeat(3000)}1${']'.repeat(3000)} by participant 'p1'`,
    );
  });
});
