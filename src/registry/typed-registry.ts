/**
 * The typed face of the registries (issue 10 item 6): from an event type name to its payload
 * class, typed — `payloadClassFor('GatePassed')` is `typeof GatePassedPayload` — through the
 * generated maps of ./payload-types.ts (kept equal to the registries by
 * test/packaging/payload-types.test.ts), plus `WireShape<T>`, the JSON shape of a model's
 * `toDict()`.
 */
import '../all-models';
import type { ModelClass } from '../validation/model';
import { registryFor } from './registry';
import type { EventPayloadClasses, EventPayloadTypes, V2EventPayloadTypes } from './payload-types';

export type { EventPayloadClasses, EventPayloadTypes, V2EventPayloadClasses, V2EventPayloadTypes } from './payload-types';

/** The event type names contract 6.1.0 registers (`'Event'` names the envelope). */
export type KnownEventType = keyof EventPayloadTypes & string;

/** The event type names contract 2.1.0 (`spec-kitty-events/v2`) registers. */
export type KnownV2EventType = keyof V2EventPayloadTypes & string;

/**
 * A name parameter typed to the known names for completion and checking, still accepting any
 * string (an event type read from the wire); unknown names fail at run time, as in the reference.
 */
export type NameOr<Known extends string> = Known | (string & Record<never, never>);

/** The payload model of a known 6.1.0 event type. */
export type PayloadOf<T extends KnownEventType> = EventPayloadTypes[T];

/**
 * The payload class of a 6.1.0 event type: typed to the class for a known name
 * (`payloadClassFor('GatePassed').fromDict(data)` is a `GatePassedPayload`); for any other
 * string, the registered class or undefined.
 */
export function payloadClassFor<T extends KnownEventType>(eventType: T): EventPayloadClasses[T];
export function payloadClassFor(eventType: string): ModelClass<object> | undefined;
export function payloadClassFor(eventType: string): ModelClass<object> | undefined {
  return registryFor('6.1.0').classForEventType(eventType);
}

/** The event types contract 6.1.0 registers, sorted. */
export function knownEventTypes(): readonly KnownEventType[] {
  return registryFor('6.1.0').registeredEventTypes() as readonly KnownEventType[];
}

/** The JSON form of one field value in `toDict()`. */
export type WireValue<V> = V extends string | number | boolean | null | undefined
  ? V
  : V extends { toDict(): unknown }
    ? WireShape<V>
    : V extends ReadonlyMap<unknown, infer W>
      ? Readonly<Record<string, WireValue<W>>>
      : V extends ReadonlySet<infer W>
        ? readonly WireValue<W>[]
        : V extends readonly (infer W)[]
          ? readonly WireValue<W>[]
          : V extends { toJSON(): infer J }
            ? J
            : V extends object
              ? { readonly [K in keyof V]: WireValue<V[K]> }
              : unknown;

/**
 * The JSON shape of a model's `toDict()` (and `JSON.stringify`): its data fields, nested models
 * as their shapes, Maps as records, Sets as arrays, datetimes as strings. A field published
 * under an alias keeps its property name here: cast with care for aliased models.
 */
export type WireShape<T> = { readonly [K in keyof T as T[K] extends (...args: never[]) => unknown ? never : K]: WireValue<T[K]> };

/** `model.toDict()` typed as its `WireShape`. */
export function toWire<T extends { toDict(): Record<string, unknown> }>(model: T): WireShape<T> {
  return model.toDict() as WireShape<T>;
}
