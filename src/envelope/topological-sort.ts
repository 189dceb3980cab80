/**
 * Causal (topological) ordering of events by `causation_id` (ENVELOPE.md §6).
 */
import { CyclicDependencyError } from './errors';
import type { AnyEvent } from './any-event';

/**
 * Kahn's algorithm over the causation edges, breadth-first, ties broken by input order.
 * Parents outside the list are ignored (the child is a root). Throws `CyclicDependencyError`
 * when some events cannot be emitted (cycles, their descendants, duplicate ids).
 */
export function topologicalSort<E extends AnyEvent>(events: readonly E[]): E[] {
  if (events.length === 0) return [];

  const byId = new Map<string, E>();
  const inDegree = new Map<string, number>();
  const children = new Map<string, string[]>();
  for (const event of events) {
    byId.set(event.event_id, event);
    inDegree.set(event.event_id, 0);
    children.set(event.event_id, []);
  }

  for (const event of events) {
    const parent = event.causation_id;
    if (parent === null || parent === undefined) continue;
    const siblings = children.get(parent);
    if (siblings === undefined) continue; // external parent
    inDegree.set(event.event_id, (inDegree.get(event.event_id) as number) + 1);
    siblings.push(event.event_id);
  }

  const queue: string[] = [];
  for (const [id, degree] of inDegree) {
    if (degree === 0) queue.push(id);
  }

  const result: E[] = [];
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head];
    result.push(byId.get(id) as E);
    for (const child of children.get(id) as string[]) {
      const degree = (inDegree.get(child) as number) - 1;
      inDegree.set(child, degree);
      if (degree === 0) queue.push(child);
    }
  }

  if (result.length !== events.length) {
    const unsorted = events.length - result.length;
    throw new CyclicDependencyError(
      `Cyclic dependency detected: ${unsorted} events could not be sorted due to circular causation relationships`,
    );
  }
  return result;
}
