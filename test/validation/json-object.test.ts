/**
 * `Dict[str, Any]` fields copy the input's own enumerable keys, symbols included (as object
 * spread does), on the compiled fast path and on the generic path alike.
 */
import { Event } from '../../src/envelope/event';
import { shallowCopyRecord } from '../../src/validation/constraints/is-json-object';

const tag = Symbol('tag');
const hidden = Symbol('hidden');

function envelope(payload: object): Record<string, unknown> {
  return {
    event_id: '01ARZ3NDEKTSV4RRFFQ69G5FAV',
    event_type: 'WPStatusChanged',
    aggregate_id: 'WP01',
    payload,
    timestamp: '2026-01-01T00:00:00+00:00',
    build_id: 'b',
    node_id: 'n',
    lamport_clock: 1,
    project_uuid: '12345678-1234-5678-1234-567812345678',
    correlation_id: '01ARZ3NDEKTSV4RRFFQ69G5FAW',
  };
}

function withSymbols(): Record<string, unknown> {
  const payload: Record<PropertyKey, unknown> = { wp_id: 'WP01', [tag]: 1 };
  Object.defineProperty(payload, hidden, { value: 2, enumerable: false });
  Object.defineProperty(payload, '__proto__', { value: 3, enumerable: true, configurable: true, writable: true });
  return payload as Record<string, unknown>;
}

test('shallowCopyRecord keeps enumerable symbol keys and a __proto__ key, not non-enumerable ones', () => {
  const copy = shallowCopyRecord(withSymbols());
  expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
  expect(Object.keys(copy)).toEqual(['wp_id', '__proto__']);
  expect(Object.getOwnPropertySymbols(copy)).toEqual([tag]);
  expect((copy as Record<symbol, unknown>)[tag]).toBe(1);
});

test('Event.fromDict copies a payload with symbol keys the same way on either path', () => {
  const fast = Event.fromDict(envelope(withSymbols()));
  // A Proxy payload takes the generic path.
  const generic = Event.fromDict(envelope(new Proxy(withSymbols(), {})));
  for (const event of [fast, generic]) {
    expect(Object.keys(event.payload)).toEqual(['wp_id', '__proto__']);
    expect(Object.getOwnPropertySymbols(event.payload)).toEqual([tag]);
    expect(event.toDict()['payload']).toEqual({ wp_id: 'WP01', ['__proto__']: 3 });
  }
});
