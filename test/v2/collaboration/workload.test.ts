/** The reference benchmark workload generator (COLLABORATION.md §10, "Benchmark"). No timing here. */
import { CollaborationReducer, reduceCollaborationEvents } from '../../../src/v2/collaboration';
import { buildReferenceWorkload, referenceParticipantId, referenceRoster } from '../../../src/v2/collaboration/workload';

describe('buildReferenceWorkload', () => {
  const events = buildReferenceWorkload(10_000, { participants: 50, seed: 42 });

  it('gives exactly count valid events with strictly increasing clocks and timestamps base + clock seconds', () => {
    expect(events).toHaveLength(10_000);
    expect(new Set(events.map((e) => e.event_id)).size).toBe(10_000);
    events.forEach((event, i) => {
      expect(event.lamport_clock).toBe(i + 1);
      expect(event.event_id).toHaveLength(26);
    });
    expect(events[0]!.timestamp.isoText()).toBe('2026-01-01T00:00:01+00:00');
    expect(events[59]!.timestamp.isoText()).toBe('2026-01-01T00:01:00+00:00');
    expect(events[9_999]!.timestamp.isoText()).toBe('2026-01-01T02:46:40+00:00');
  });

  it('starts with one join per participant agent-000…agent-049 (clocks 1–50)', () => {
    const joins = events.slice(0, 50);
    expect(joins.every((e) => e.event_type === 'ParticipantJoined')).toBe(true);
    expect(joins.map((e) => e.payload['participant_id'])).toEqual(Array.from({ length: 50 }, (_, i) => referenceParticipantId(i)));
    expect(referenceParticipantId(7)).toBe('agent-007');
    expect(events.slice(50).some((e) => e.event_type === 'ParticipantJoined')).toBe(false);
  });

  it('draws with the documented weights and no invites, leaves or collision warnings', () => {
    const counts = new Map<string, number>();
    for (const event of events.slice(50)) counts.set(event.event_type, (counts.get(event.event_type) ?? 0) + 1);
    for (const absent of ['ParticipantInvited', 'ParticipantLeft', 'PotentialStepCollisionDetected']) expect(counts.has(absent)).toBe(false);
    const share = (type: string): number => (counts.get(type) ?? 0) / (events.length - 50);
    // Weights 30/10/10/8/7/5/5/10/5/10 of 100; inserted starts and warnings shift a little.
    expect(share('PresenceHeartbeat')).toBeGreaterThan(0.27);
    expect(share('PresenceHeartbeat')).toBeLessThan(0.33);
    for (const type of ['DriveIntentSet', 'FocusChanged', 'CommentPosted', 'SessionLinked']) {
      expect(share(type)).toBeGreaterThan(0.08);
      expect(share(type)).toBeLessThan(0.12);
    }
    for (const type of ['ConcurrentDriverWarning', 'WarningAcknowledged', 'DecisionCaptured']) {
      expect(share(type)).toBeGreaterThan(0.035);
      expect(share(type)).toBeLessThan(0.065);
    }
    expect(share('PromptStepExecutionStarted')).toBeGreaterThan(share('PromptStepExecutionCompleted'));
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const again = buildReferenceWorkload(2_000, { participants: 50, seed: 42 });
    expect(again.map((e) => e.toDict())).toEqual(events.slice(0, 2_000).map((e) => e.toDict()));
    const other = buildReferenceWorkload(2_000, { participants: 50, seed: 7 });
    expect(other.map((e) => e.toDict())).not.toEqual(again.map((e) => e.toDict()));
  });

  it('reduces like the reference: permissive with the roster gives count events and exactly 50 Duplicate join anomalies', () => {
    const roster = referenceRoster(50);
    expect(roster.size).toBe(50);
    expect([...roster.values()].every((identity) => identity.participant_type === 'llm_context')).toBe(true);
    const state = reduceCollaborationEvents(events, { mode: 'permissive', roster });
    expect(state.event_count).toBe(10_000);
    expect(state.anomalies).toHaveLength(50);
    expect(state.anomalies.every((a) => a.reason.startsWith('Duplicate join for participant '))).toBe(true);
    expect(state.warnings.length).toBeGreaterThan(0);
    expect(state.warnings.some((w) => w.acknowledgements.size > 0)).toBe(true);
    // Every completion matched an open step, so strict mode gives the same state.
    expect(reduceCollaborationEvents(events, { mode: 'strict', roster }).toDict()).toEqual(state.toDict());
    // And the incremental reducer agrees.
    const reducer = new CollaborationReducer({ mode: 'permissive', roster });
    for (const event of events) reducer.apply(event);
    expect(reducer.state.toDict()).toEqual(state.toDict());
  });

  it('cuts short workloads exactly and validates its arguments', () => {
    expect(buildReferenceWorkload(0)).toEqual([]);
    expect(buildReferenceWorkload(3, { participants: 5 }).map((e) => e.event_type)).toEqual(['ParticipantJoined', 'ParticipantJoined', 'ParticipantJoined']);
    expect(buildReferenceWorkload(120, { participants: 3, seed: 1 })).toHaveLength(120);
    expect(() => buildReferenceWorkload(-1)).toThrow(RangeError);
    expect(() => buildReferenceWorkload(10, { participants: 1 })).toThrow(RangeError);
  });
});
