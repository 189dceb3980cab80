/** The reference's mission-audit reducer outputs (pass, fail, decision checkpoint) reproduced by reduceMissionAuditEvents and MissionAuditReducer. */
import 'reflect-metadata';
import { MissionAuditReducer, reduceMissionAuditEvents } from '../../src/mission-audit';
import { compareOutput, outputFixtures, streamEvents } from '../support/reference-outputs';

const fixtures = outputFixtures('MissionAuditState');

describe('mission-audit reducer outputs of the reference', () => {
  it('finds the three fixtures', () =>
    expect(fixtures.map((f) => f.id).sort()).toEqual(['mission-audit-replay-decision-checkpoint-output', 'mission-audit-replay-fail-output', 'mission-audit-replay-pass-output']));

  it.each(fixtures.map((f) => [f.id, f] as const))('%s', (_id, fixture) => {
    const events = streamEvents(fixture.streamPath);
    const whole = compareOutput(fixture, reduceMissionAuditEvents(events));
    expect(whole.got).toEqual(whole.want);
    const reducer = new MissionAuditReducer();
    for (const event of [...events].reverse()) reducer.apply(event);
    expect(compareOutput(fixture, reducer.state).got).toEqual(whole.want);
  });
});
