/**
 * An envelope of either contract. The primitives shared by both entry points (storage,
 * ordering, topological sort, merges) accept either `Event`; those returning events are
 * generic, so a 6.1.0 caller gets 6.1.0 `Event`s back (e.g. `new InMemoryEventStore<Event>()`).
 */
import type { Event as Event21 } from '../v2/envelope/event';
import type { Event as Event61 } from './event';

export type AnyEvent = Event21 | Event61;
