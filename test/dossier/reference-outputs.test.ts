/** The reference's dossier reducer output (canonical_output_snapshot from dossier_happy_path) reproduced by reduceMissionDossier and MissionDossierReducer. */
import 'reflect-metadata';
import { MissionDossierReducer, reduceMissionDossier } from '../../src/dossier';
import { readManifest } from '../../src/conformance/fixtures';
import { compareOutput, streamEvents, type OutputFixture } from '../support/reference-outputs';

/** The reference pairs the snapshot with the happy-path stream (test_dossier_conformance.py). */
const fixture: OutputFixture = { id: 'dossier-canonical-output-snapshot', outputPath: 'dossier/replay/canonical_output_snapshot.json', streamPath: 'dossier/replay/dossier_happy_path.jsonl' };

describe('dossier reducer output of the reference', () => {
  it('is the only MissionDossierState output in the manifest', () => {
    const ids = readManifest().filter((e) => e.fixture_type === 'reducer_output' && e.event_type === 'MissionDossierState').map((e) => e.id);
    expect(ids).toEqual([fixture.id]);
  });

  it('reproduces the snapshot, whole log and reversed incremental', () => {
    const events = streamEvents(fixture.streamPath);
    const whole = compareOutput(fixture, reduceMissionDossier(events));
    expect(whole.got).toEqual(whole.want);
    const reducer = new MissionDossierReducer();
    for (const event of [...events].reverse()) reducer.apply(event);
    expect(compareOutput(fixture, reducer.state).got).toEqual(whole.want);
  });
});
