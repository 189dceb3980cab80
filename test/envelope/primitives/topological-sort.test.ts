import fc from 'fast-check';
import { CyclicDependencyError, SpecKittyEventsError } from '../../../src/envelope/errors';
import type { Event } from '../../../src/v2/envelope/event';
import { topologicalSort } from '../../../src/envelope/topological-sort';
import { ids, makeEvent, ulid } from './helpers';

/** Named events with given parents (by name); a parent name not in `names` is external. */
function build(names: string[], parents: Record<string, string> = {}): Record<string, Event> {
  const idOf = (name: string): string => ulid(name.split('').reduce((acc, ch) => acc * 131 + ch.charCodeAt(0), 7) % 1_000_000_007);
  const out: Record<string, Event> = {};
  for (const name of names) {
    const parent = Object.hasOwn(parents, name) ? idOf(parents[name]) : null;
    out[name] = makeEvent({ event_id: idOf(name), causation_id: parent, node_id: `node-${name}` });
  }
  return out;
}

function cycleMessage(n: number): string {
  return `Cyclic dependency detected: ${n} events could not be sorted due to circular causation relationships`;
}

describe('topologicalSort table (ENVELOPE.md §6)', () => {
  it('[e3, e2, e1], e2←e1, e3←e2 → [e1, e2, e3] (reversed chain: parent first)', () => {
    const ev = build(['e1', 'e2', 'e3'], { e2: 'e1', e3: 'e2' });
    const result = topologicalSort([ev.e3, ev.e2, ev.e1]);
    expect(result).toHaveLength(3);
    expect(result[0]).toBe(ev.e1);
    expect(result[1]).toBe(ev.e2);
    expect(result[2]).toBe(ev.e3);
  });

  const edges = { C: 'A', D: 'B', F: 'C' };

  it('[F, D, C, B, A], C←A, D←B, F←C → [B, A, D, C, F]', () => {
    const ev = build(['A', 'B', 'C', 'D', 'F'], edges);
    expect(topologicalSort([ev.F, ev.D, ev.C, ev.B, ev.A])).toEqual([ev.B, ev.A, ev.D, ev.C, ev.F]);
  });

  it('[A, B, C, D, F], same edges → [A, B, C, D, F]', () => {
    const ev = build(['A', 'B', 'C', 'D', 'F'], edges);
    expect(topologicalSort([ev.A, ev.B, ev.C, ev.D, ev.F])).toEqual([ev.A, ev.B, ev.C, ev.D, ev.F]);
  });

  it('[Z, Y2, Y1, X], Y1←X, Y2←X, Z←Y2 → [X, Y2, Y1, Z]', () => {
    const ev = build(['X', 'Y1', 'Y2', 'Z'], { Y1: 'X', Y2: 'X', Z: 'Y2' });
    expect(topologicalSort([ev.Z, ev.Y2, ev.Y1, ev.X])).toEqual([ev.X, ev.Y2, ev.Y1, ev.Z]);
  });

  it('[K, J], K←(id not in list) → [K, J] (external parent treated as root)', () => {
    const ev = build(['K', 'J'], { K: 'OUTSIDE' });
    expect(ev.K.causation_id).not.toBeNull();
    expect(topologicalSort([ev.K, ev.J])).toEqual([ev.K, ev.J]);
  });

  it('two roots are both present, in input order', () => {
    const ev = build(['R1', 'R2', 'C1'], { C1: 'R2' });
    expect(topologicalSort([ev.C1, ev.R2, ev.R1])).toEqual([ev.R2, ev.R1, ev.C1]);
  });

  it('order is breadth-first layering by input order, not clock or node', () => {
    const root = makeEvent({ event_id: ulid(1), lamport_clock: 9, node_id: 'z' });
    const child = makeEvent({ event_id: ulid(2), lamport_clock: 1, node_id: 'a', causation_id: ulid(1) });
    const other = makeEvent({ event_id: ulid(3), lamport_clock: 50, node_id: 'm' });
    expect(topologicalSort([child, root, other])).toEqual([root, other, child]);
  });

  it('[e1, e2, e3], e1←e3, e2←e1, e3←e2 throws, 3 events', () => {
    const ev = build(['e1', 'e2', 'e3'], { e1: 'e3', e2: 'e1', e3: 'e2' });
    const run = () => topologicalSort([ev.e1, ev.e2, ev.e3]);
    expect(run).toThrow(CyclicDependencyError);
    expect(run).toThrow('Cyclic dependency detected');
    expect(run).toThrow(new CyclicDependencyError(cycleMessage(3)));
  });

  it('the error is a SpecKittyEventsError with the exact message', () => {
    const ev = build(['a', 'b'], { a: 'b', b: 'a' });
    let caught: unknown;
    try {
      topologicalSort([ev.a, ev.b]);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(CyclicDependencyError);
    expect(caught).toBeInstanceOf(SpecKittyEventsError);
    expect((caught as Error).name).toBe('CyclicDependencyError');
    expect((caught as Error).message).toBe(cycleMessage(2));
  });

  it('[A, P, Q, R], P←Q, Q←P, R←P throws, 3 events (descendants of a cycle counted)', () => {
    const ev = build(['A', 'P', 'Q', 'R'], { P: 'Q', Q: 'P', R: 'P' });
    expect(() => topologicalSort([ev.A, ev.P, ev.Q, ev.R])).toThrow(new CyclicDependencyError(cycleMessage(3)));
  });

  it('[S, A], S←S throws, 1 events (self-parent is a cycle)', () => {
    const ev = build(['S', 'A'], { S: 'S' });
    expect(() => topologicalSort([ev.S, ev.A])).toThrow(new CyclicDependencyError(cycleMessage(1)));
  });

  it('[A, A] throws, 1 events (duplicate event_id)', () => {
    const ev = build(['A']);
    expect(() => topologicalSort([ev.A, ev.A])).toThrow(new CyclicDependencyError(cycleMessage(1)));
  });

  it('a duplicate id with different content also throws', () => {
    const a1 = makeEvent({ event_id: ulid(5), node_id: 'one' });
    const a2 = makeEvent({ event_id: ulid(5), node_id: 'two' });
    const b = makeEvent({ event_id: ulid(6), causation_id: ulid(5) });
    expect(() => topologicalSort([a1, b, a2])).toThrow(new CyclicDependencyError(cycleMessage(1)));
  });

  it('[] → [] (a new array)', () => {
    const input: Event[] = [];
    const result = topologicalSort(input);
    expect(result).toEqual([]);
    expect(result).not.toBe(input);
  });

  it('returns a new array and leaves the input untouched', () => {
    const ev = build(['e1', 'e2'], { e2: 'e1' });
    const input = [ev.e2, ev.e1];
    const result = topologicalSort(input);
    expect(result).not.toBe(input);
    expect(input).toEqual([ev.e2, ev.e1]);
    expect(result).toEqual([ev.e1, ev.e2]);
  });
});

describe('topologicalSort properties', () => {
  /** Random DAG: node i's parent is null, an earlier node, or an external id. */
  const dagArb = fc
    .integer({ min: 0, max: 40 })
    .chain((n) =>
      fc.tuple(
        fc.constant(n),
        fc.array(fc.oneof(fc.constant(-1), fc.constant(-2), fc.nat()), { minLength: n, maxLength: n }),
        fc.array(fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }), { minLength: n, maxLength: n }),
        fc.array(fc.nat({ max: 5 }), { minLength: n, maxLength: n }),
      ),
    )
    .chain(([n, parentPicks, nodes, clocks]) => {
      const events: Event[] = [];
      for (let i = 0; i < n; i++) {
        const pick = parentPicks[i];
        let parent: string | null;
        if (pick === -1 || (i === 0 && pick >= 0)) parent = null;
        else if (pick === -2) parent = ulid(900_000 + i); // external
        else parent = ulid(pick % i);
        events.push(makeEvent({ event_id: ulid(i), causation_id: parent, node_id: nodes[i], lamport_clock: clocks[i] }));
      }
      return fc.shuffledSubarray(events, { minLength: n, maxLength: n });
    });

  it('puts every parent before its child and returns a permutation of the input', () => {
    fc.assert(
      fc.property(dagArb, (input) => {
        const result = topologicalSort(input);
        expect(result).toHaveLength(input.length);
        expect(new Set(result)).toEqual(new Set(input));
        const position = new Map(result.map((e, i) => [e.event_id, i] as const));
        for (const event of result) {
          if (event.causation_id !== null && position.has(event.causation_id)) {
            expect(position.get(event.causation_id) as number).toBeLessThan(position.get(event.event_id) as number);
          }
        }
        // Roots (parent null or external) come first, in input order.
        const isRoot = (e: Event) => e.causation_id === null || !position.has(e.causation_id);
        const roots = input.filter(isRoot);
        expect(result.slice(0, roots.length)).toEqual(roots);
      }),
    );
  });

  it('random cycles throw CyclicDependencyError counting the cycle and its descendants', () => {
    const cycleArb = fc.record({
      cycleLength: fc.integer({ min: 1, max: 6 }),
      roots: fc.nat({ max: 5 }),
      descendantParents: fc.array(fc.nat(), { maxLength: 6 }),
      order: fc.array(fc.nat({ max: 1000 }), { minLength: 20, maxLength: 20 }),
    });
    fc.assert(
      fc.property(cycleArb, ({ cycleLength, roots, descendantParents, order }) => {
        const events: Event[] = [];
        // Cycle: c_i ← c_{(i+1) mod k}
        for (let i = 0; i < cycleLength; i++) {
          events.push(makeEvent({ event_id: ulid(i), causation_id: ulid((i + 1) % cycleLength) }));
        }
        for (let r = 0; r < roots; r++) events.push(makeEvent({ event_id: ulid(100 + r) }));
        descendantParents.forEach((pick, d) => {
          const pool = cycleLength + d; // cycle members 0..k-1 and earlier descendants 200..
          const p = pick % pool;
          const parent = p < cycleLength ? ulid(p) : ulid(200 + (p - cycleLength));
          events.push(makeEvent({ event_id: ulid(200 + d), causation_id: parent }));
        });
        const shuffled = events
          .map((e, i) => [order[i % order.length], e] as const)
          .sort((a, b) => a[0] - b[0])
          .map(([, e]) => e);
        const expected = cycleLength + descendantParents.length;
        let caught: unknown;
        try {
          topologicalSort(shuffled);
        } catch (err) {
          caught = err;
        }
        expect(caught).toBeInstanceOf(CyclicDependencyError);
        expect((caught as Error).message).toBe(cycleMessage(expected));
      }),
    );
  });

  it('is deterministic for the same input', () => {
    fc.assert(
      fc.property(dagArb, (input) => {
        expect(ids(topologicalSort(input))).toEqual(ids(topologicalSort(input)));
      }),
    );
  });
});
