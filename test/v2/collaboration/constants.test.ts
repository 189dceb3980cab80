import * as collaboration from '../../../src/v2/collaboration';
import { COLLABORATION_EVENT_TYPES } from '../../../src/v2/collaboration';
import { classForEventType, entryForSchemaName } from '../../../src/v2/registry';

const EXPECTED: readonly (readonly [string, string])[] = [
  ['PARTICIPANT_INVITED', 'ParticipantInvited'],
  ['PARTICIPANT_JOINED', 'ParticipantJoined'],
  ['PARTICIPANT_LEFT', 'ParticipantLeft'],
  ['PRESENCE_HEARTBEAT', 'PresenceHeartbeat'],
  ['DRIVE_INTENT_SET', 'DriveIntentSet'],
  ['FOCUS_CHANGED', 'FocusChanged'],
  ['PROMPT_STEP_EXECUTION_STARTED', 'PromptStepExecutionStarted'],
  ['PROMPT_STEP_EXECUTION_COMPLETED', 'PromptStepExecutionCompleted'],
  ['CONCURRENT_DRIVER_WARNING', 'ConcurrentDriverWarning'],
  ['POTENTIAL_STEP_COLLISION_DETECTED', 'PotentialStepCollisionDetected'],
  ['WARNING_ACKNOWLEDGED', 'WarningAcknowledged'],
  ['COMMENT_POSTED', 'CommentPosted'],
  ['DECISION_CAPTURED', 'DecisionCaptured'],
  ['SESSION_LINKED', 'SessionLinked'],
];

describe('collaboration constants (§2)', () => {
  const exports = collaboration as unknown as Record<string, unknown>;

  it.each(EXPECTED)('%s is %s', (name, value) => {
    expect(exports[name]).toBe(value);
  });

  it('are 14 distinct non-empty strings', () => {
    const values = EXPECTED.map(([name]) => exports[name]);
    expect(new Set(values).size).toBe(14);
    for (const value of values) expect(typeof value === 'string' && value.length > 0).toBe(true);
  });

  it('COLLABORATION_EVENT_TYPES is exactly the 14 values, in declaration order', () => {
    expect(COLLABORATION_EVENT_TYPES.size).toBe(14);
    expect([...COLLABORATION_EVENT_TYPES]).toEqual(EXPECTED.map(([, value]) => value));
  });

  it('membership is exact and case-sensitive', () => {
    expect(COLLABORATION_EVENT_TYPES.has('ParticipantJoined')).toBe(true);
    expect(COLLABORATION_EVENT_TYPES.has('participantjoined')).toBe(false);
    expect(COLLABORATION_EVENT_TYPES.has('ParticipantJoined ')).toBe(false);
    expect(COLLABORATION_EVENT_TYPES.has('WPStatusChanged')).toBe(false);
  });

  it('COLLABORATION_EVENT_TYPES is immutable at run time', () => {
    const set = COLLABORATION_EVENT_TYPES as Set<string>;
    expect(() => set.add('Bogus')).toThrow(TypeError);
    expect(() => set.delete('ParticipantJoined')).toThrow(TypeError);
    expect(() => set.clear()).toThrow(TypeError);
    expect(Object.isFrozen(set)).toBe(true);
    expect(set.size).toBe(14);
    expect(set.has('Bogus')).toBe(false);
  });

  it('each type is registered with the payload class named <type>Payload', () => {
    for (const [, value] of EXPECTED) {
      const cls = classForEventType(value);
      expect(cls).toBe(exports[`${value}Payload`]);
      expect((cls as { name: string }).name).toBe(`${value}Payload`);
    }
  });

  it('the three identity models are registered under their schema names', () => {
    expect(entryForSchemaName('participant_identity')).toMatchObject({ kind: 'model', target: collaboration.ParticipantIdentity });
    expect(entryForSchemaName('auth_principal_binding')).toMatchObject({ kind: 'model', target: collaboration.AuthPrincipalBinding });
    expect(entryForSchemaName('focus_target')).toMatchObject({ kind: 'model', target: collaboration.FocusTarget });
  });

  it('the public face holds exactly the API rows 69–104 plus CollaborationReducer', () => {
    const names = Object.keys(collaboration).sort();
    const expected = [
      ...EXPECTED.map(([name]) => name),
      'COLLABORATION_EVENT_TYPES',
      'ParticipantIdentity',
      'AuthPrincipalBinding',
      'FocusTarget',
      ...EXPECTED.map(([, value]) => `${value}Payload`),
      'ReducedCollaborationState',
      'CollaborationAnomaly',
      'UnknownParticipantError',
      'reduceCollaborationEvents',
      'CollaborationReducer',
    ].sort();
    expect(names).toEqual(expected);
    expect(names).not.toContain('WarningEntry');
    expect(names).not.toContain('DecisionEntry');
    expect(names).not.toContain('CommentEntry');
  });
});
