/** The 6.1 reducer rules on small logs. */
import { Lane, reduceStatusEvents } from '../../src/status';
import { EVIDENCE, numId, statusEvent, transition } from './helpers';

let n = 0;
const ev = (lamport: number, payload: Record<string, unknown>) => statusEvent({ event_id: numId(n++), lamport_clock: lamport, payload });

describe('reduceStatusEvents 6.1.0', () => {
  it('ignores a bootstrap-planned event once the WP has a lane', () => {
    const r = reduceStatusEvents([
      ev(1, transition('WP01', null, 'planned')),
      ev(2, transition('WP01', 'planned', 'claimed')),
      ev(3, transition('WP01', null, 'planned', { force: true, reason: 'seed' })),
    ]);
    expect(r.wp_states.get('WP01')!.current_lane).toBe(Lane.CLAIMED);
    expect(r.anomalies.map((a) => a.reason)).toEqual(['bootstrap planned ignored: WP already initialized at claimed']);
  });

  it('applies a forced transition whose from_lane does not match, and keeps evidence for done only', () => {
    const r = reduceStatusEvents([
      ev(1, transition('WP01', null, 'planned')),
      ev(2, transition('WP01', 'in_review', 'approved', { force: true, reason: 'backfill', evidence: EVIDENCE })),
      ev(1, transition('WP02', null, 'planned')),
      ev(2, transition('WP02', 'for_review', 'done', { force: true, reason: 'backfill', evidence: EVIDENCE })),
    ]);
    expect(r.anomalies).toEqual([]);
    expect(r.wp_states.get('WP01')!.toDict()).toMatchObject({ current_lane: 'approved', evidence: null });
    expect(r.wp_states.get('WP02')!.toDict()['evidence']).not.toBeNull();
  });

  it('applies in_review rollbacks after the other members of a concurrent group', () => {
    const r = reduceStatusEvents([
      ev(1, transition('WP01', null, 'planned')),
      ev(2, transition('WP01', 'planned', 'claimed')),
      ev(3, transition('WP01', 'claimed', 'in_progress')),
      ev(4, transition('WP01', 'in_progress', 'for_review')),
      ev(5, transition('WP01', 'for_review', 'in_review')),
      ev(6, transition('WP01', 'in_review', 'in_progress', { review_ref: 'PR#1' })),
      ev(6, transition('WP01', 'in_review', 'approved', { evidence: EVIDENCE })),
    ]);
    expect(r.wp_states.get('WP01')!.current_lane).toBe(Lane.IN_PROGRESS);
  });

  it('reports unknown keys and lanes as parse anomalies with the salvaged lanes', () => {
    const r = reduceStatusEvents([ev(1, { ...transition('WP01', 'doing', 'bogus'), feature_slug: 'old' })]);
    expect(r.anomalies[0]!.toDict()).toMatchObject({ wp_id: 'WP01', from_lane: 'in_progress', to_lane: null });
    expect(r.anomalies[0]!.reason).toMatch(/^payload validation failed: 2 validation errors for StatusTransitionPayload\nto_lane\n/);
    expect(r.anomalies[0]!.reason).toContain('feature_slug\n  Extra inputs are not permitted [type=extra_forbidden');
  });
});
