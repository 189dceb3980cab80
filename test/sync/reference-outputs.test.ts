/** The reference's sync reducer outputs (sync-ingest-lifecycle, mixed connector + sync) reproduced by reduceSyncEvents and SyncReducer. */
import 'reflect-metadata';
import { SyncReducer, reduceSyncEvents } from '../../src/sync';
import { compareOutput, outputFixtures, streamEvents } from '../support/reference-outputs';

const fixtures = outputFixtures('ReducedSyncState');

describe('sync reducer outputs of the reference', () => {
  it('finds both fixtures', () => expect(fixtures.map((f) => f.id).sort()).toEqual(['mixed-connector-sync-lifecycle-sync-output', 'sync-ingest-lifecycle-output']));

  it.each(fixtures.map((f) => [f.id, f] as const))('%s', (_id, fixture) => {
    const events = streamEvents(fixture.streamPath);
    const whole = compareOutput(fixture, reduceSyncEvents(events), ['seen_delivery_pairs']);
    expect(whole.got).toEqual(whole.want);
    const reducer = new SyncReducer();
    for (const event of [...events].reverse()) reducer.apply(event);
    expect(compareOutput(fixture, reducer.state, ['seen_delivery_pairs']).got).toEqual(whole.want);
  });
});
