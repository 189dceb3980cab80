/** reduceMissionDossier / MissionDossierReducer: error class and message, step_id normalisation, frozen results. */
import 'reflect-metadata';
import { Event } from '../../src/envelope/event';
import { SpecKittyEventsError } from '../../src/envelope/errors';
import { MissionDossierReducer, MissionDossierState, NamespaceMixedStreamError, reduceMissionDossier } from '../../src/dossier';

const NS = { project_uuid: 'p', mission_slug: 'm', target_branch: 'main', mission_type: 'sd', manifest_version: '1' };

function event(k: number, namespace: Record<string, unknown>, path = 'a.md'): Event {
  return Event.fromDict({
    event_id: `01HV000000000000000000000${k}`,
    event_type: 'MissionDossierArtifactIndexed',
    aggregate_id: 'mission-1',
    payload: { namespace, artifact_id: { mission_type: 'sd', path, artifact_class: 'input' }, content_ref: { hash: 'h', algorithm: 'sha256' }, indexed_at: 't' },
    timestamp: '2026-01-01T00:00:00+00:00',
    build_id: 'b',
    node_id: 'n',
    lamport_clock: k,
    project_uuid: '12345678-1234-5678-1234-567812345678',
    correlation_id: '01HV00000000000000000000CR',
  });
}

describe('reduceMissionDossier', () => {
  it('is the empty state for no dossier events', () => {
    expect(reduceMissionDossier([]).toDict()).toEqual(new MissionDossierState().toDict());
    expect(new MissionDossierState().parity_status).toBe('unknown');
  });

  it('throws NamespaceMixedStreamError (a library error) with both namespaces in Python repr', () => {
    const events = [event(1, NS), event(2, { ...NS, mission_slug: 'other' })];
    expect(() => reduceMissionDossier(events)).toThrow(NamespaceMixedStreamError);
    expect(() => reduceMissionDossier(events)).toThrow(SpecKittyEventsError);
    expect(() => reduceMissionDossier(events)).toThrow(
      "Namespace mismatch in dossier event stream. Expected: LocalNamespaceTuple(project_uuid='p', mission_slug='m', target_branch='main', mission_type='sd', manifest_version='1', step_id=None). Got: LocalNamespaceTuple(project_uuid='p', mission_slug='other', target_branch='main', mission_type='sd', manifest_version='1', step_id=None).",
    );
    const reducer = new MissionDossierReducer().apply(events[1]!).apply(events[0]!);
    expect(() => reducer.state).toThrow(NamespaceMixedStreamError);
  });

  it('keeps one step_id and drops it when several differ', () => {
    expect(reduceMissionDossier([event(1, { ...NS, step_id: 's1' }), event(2, NS)]).namespace?.step_id).toBe('s1');
    expect(reduceMissionDossier([event(1, { ...NS, step_id: 's1' }), event(2, { ...NS, step_id: 's2' })]).namespace?.step_id).toBeNull();
  });

  it('returns a frozen state whose toJSON is toDict', () => {
    const state = reduceMissionDossier([event(1, NS), event(2, NS, 'b.md')]);
    expect(Object.isFrozen(state)).toBe(true);
    expect(state.toJSON()).toEqual(state.toDict());
    expect(Object.keys((state.toDict() as { artifacts: object }).artifacts)).toEqual(['a.md', 'b.md']);
    expect(state.event_count).toBe(2);
  });
});
