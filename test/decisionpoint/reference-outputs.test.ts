/** The reference's 9 DecisionPoint reducer outputs reproduced by reduceDecisionPointEvents and DecisionPointReducer. */
import 'reflect-metadata';
import { DecisionPointReducer, reduceDecisionPointEvents } from '../../src/decisionpoint';
import { compareOutput, outputFixtures, streamEvents } from '../support/reference-outputs';

const fixtures = outputFixtures('DecisionPointState');

describe('DecisionPoint reducer outputs of the reference', () => {
  it('finds the 9 fixtures', () => expect(fixtures).toHaveLength(9));

  it.each(fixtures.map((f) => [f.id, f] as const))('%s', (_id, fixture) => {
    const events = streamEvents(fixture.streamPath);
    const whole = compareOutput(fixture, reduceDecisionPointEvents(events));
    expect(whole.got).toEqual(whole.want);
    const reducer = new DecisionPointReducer();
    for (const event of [...events].reverse()) reducer.apply(event);
    expect(compareOutput(fixture, reducer.state).got).toEqual(whole.want);
  });
});
