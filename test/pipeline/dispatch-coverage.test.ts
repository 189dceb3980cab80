/**
 * The connector and sync reducers dispatch on private tables (payload model per event type);
 * these tests tie each table to the published type set through the public API: every member
 * of CONNECTOR_EVENT_TYPES / SYNC_EVENT_TYPES is parsed (an empty payload becomes one
 * malformed-payload anomaly naming the type), and no other type is (the same log with a type
 * outside the set folds to no anomaly, though it still counts as an event).
 */
import 'reflect-metadata';
import { CONNECTOR_EVENT_TYPES, reduceConnectorEvents } from '../../src/connector';
import { Event } from '../../src/envelope/event';
import { EXTERNAL_REFERENCE_LINKED, SYNC_EVENT_TYPES, reduceSyncEvents } from '../../src/sync';

function eventOf(eventType: string): Event {
  return Event.fromDict({
    event_id: '01HV0000000000000000000000',
    event_type: eventType,
    aggregate_id: 'dispatch',
    payload: {},
    timestamp: '2026-01-02T00:00:00+00:00',
    build_id: 'dispatch-build',
    node_id: 'node-1',
    lamport_clock: 1,
    project_uuid: '12345678-1234-5678-1234-567812345678',
    correlation_id: '01HV00000000000000000000CR',
  });
}

/** Types outside both families, including near misses of members. */
const OUTSIDERS = ['ConnectorProvisionedX', 'connectorprovisioned', 'SyncIngestAccepted ', EXTERNAL_REFERENCE_LINKED, 'WPStatusChanged'];

describe.each([
  ['connector', CONNECTOR_EVENT_TYPES, reduceConnectorEvents],
  ['sync', SYNC_EVENT_TYPES, reduceSyncEvents],
] as const)('the %s reducer dispatch', (_name, types, reduce) => {
  it.each([...types])('parses the payload of %s', (type) => {
    const state = reduce([eventOf(type)]);
    expect(state.event_count).toBe(1);
    expect(state.anomalies.map((a) => a.kind)).toEqual(['malformed_payload']);
    expect(state.anomalies[0]!.message).toContain(`Payload validation failed for '${type}'`);
  });

  it.each(OUTSIDERS.filter((type) => !types.has(type)))('skips %j', (type) => {
    const state = reduce([eventOf(type)]);
    expect(state.event_count).toBe(1);
    expect(state.anomalies).toEqual([]);
  });
});
