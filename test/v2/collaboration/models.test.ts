import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import {
  AuthPrincipalBinding,
  CollaborationAnomaly,
  CommentPostedPayload,
  ConcurrentDriverWarningPayload,
  DecisionCapturedPayload,
  DriveIntentSetPayload,
  FocusChangedPayload,
  FocusTarget,
  ParticipantIdentity,
  ParticipantInvitedPayload,
  ParticipantJoinedPayload,
  ParticipantLeftPayload,
  PotentialStepCollisionDetectedPayload,
  PresenceHeartbeatPayload,
  PromptStepExecutionCompletedPayload,
  PromptStepExecutionStartedPayload,
  ReducedCollaborationState,
  SessionLinkedPayload,
  UnknownParticipantError,
  WarningAcknowledgedPayload,
} from '../../../src/v2/collaboration';
import { CommentEntry, DecisionEntry, WarningEntry } from '../../../src/v2/collaboration/state';
import { SpecKittyEventsError, ValidationError } from '../../../src/envelope/errors';
import { thrown } from './helpers';

interface ModelClass {
  name: string;
  fromDict(data: unknown): { toDict(): Record<string, unknown> };
  safeFromDict(data: unknown): { ok: boolean; violations?: readonly { type: string; loc: readonly (string | number)[] }[] };
}

function violationsOf(cls: ModelClass, data: unknown): { type: string; loc: readonly (string | number)[] }[] {
  const result = cls.safeFromDict(data);
  expect(result.ok).toBe(false);
  return [...(result.violations ?? [])];
}

const IDENTITY = { participant_id: 'p1', participant_type: 'human', display_name: 'P One', session_id: 's1' };
const TARGET = { target_type: 'wp', target_id: 'WP03' };

interface PayloadCase {
  readonly cls: ModelClass;
  readonly valid: Record<string, unknown>;
  readonly nonEmpty: readonly string[];
  readonly literals: Readonly<Record<string, readonly string[]>>;
  readonly optional: readonly string[];
}

const PAYLOADS: readonly PayloadCase[] = [
  {
    cls: ParticipantInvitedPayload,
    valid: { participant_id: 'p1', participant_identity: IDENTITY, invited_by: 'p0', mission_id: 'M1' },
    nonEmpty: ['participant_id', 'invited_by', 'mission_id'],
    literals: {},
    optional: [],
  },
  {
    cls: ParticipantJoinedPayload,
    valid: { participant_id: 'p1', participant_identity: IDENTITY, mission_id: 'M1', auth_principal_id: 'auth:p1' },
    nonEmpty: ['participant_id', 'mission_id'],
    literals: {},
    optional: ['auth_principal_id'],
  },
  {
    cls: ParticipantLeftPayload,
    valid: { participant_id: 'p1', mission_id: 'M1', reason: 'explicit' },
    nonEmpty: ['participant_id', 'mission_id'],
    literals: {},
    optional: ['reason'],
  },
  {
    cls: PresenceHeartbeatPayload,
    valid: { participant_id: 'p1', mission_id: 'M1', session_id: 's1' },
    nonEmpty: ['participant_id', 'mission_id'],
    literals: {},
    optional: ['session_id'],
  },
  {
    cls: DriveIntentSetPayload,
    valid: { participant_id: 'p1', mission_id: 'M1', intent: 'active' },
    nonEmpty: ['participant_id', 'mission_id'],
    literals: { intent: ['active', 'inactive'] },
    optional: [],
  },
  {
    cls: FocusChangedPayload,
    valid: { participant_id: 'p1', mission_id: 'M1', focus_target: TARGET, previous_focus_target: { target_type: 'file', target_id: 'README.md' } },
    nonEmpty: ['participant_id', 'mission_id'],
    literals: {},
    optional: ['previous_focus_target'],
  },
  {
    cls: PromptStepExecutionStartedPayload,
    valid: { participant_id: 'p1', mission_id: 'M1', step_id: 's1', wp_id: 'WP01', step_description: 'do it' },
    nonEmpty: ['participant_id', 'mission_id', 'step_id'],
    literals: {},
    optional: ['wp_id', 'step_description'],
  },
  {
    cls: PromptStepExecutionCompletedPayload,
    valid: { participant_id: 'p1', mission_id: 'M1', step_id: 's1', wp_id: 'WP01', outcome: 'success' },
    nonEmpty: ['participant_id', 'mission_id', 'step_id'],
    literals: { outcome: ['success', 'failure', 'skipped'] },
    optional: ['wp_id'],
  },
  {
    cls: ConcurrentDriverWarningPayload,
    valid: { warning_id: 'w1', mission_id: 'M1', participant_ids: ['p1', 'p2'], focus_target: TARGET, severity: 'warning' },
    nonEmpty: ['warning_id', 'mission_id'],
    literals: { severity: ['info', 'warning'] },
    optional: [],
  },
  {
    cls: PotentialStepCollisionDetectedPayload,
    valid: { warning_id: 'w1', mission_id: 'M1', participant_ids: ['p1', 'p2'], step_id: 's1', wp_id: 'WP01', severity: 'info' },
    nonEmpty: ['warning_id', 'mission_id', 'step_id'],
    literals: { severity: ['info', 'warning'] },
    optional: ['wp_id'],
  },
  {
    cls: WarningAcknowledgedPayload,
    valid: { participant_id: 'p1', mission_id: 'M1', warning_id: 'w1', acknowledgement: 'hold' },
    nonEmpty: ['participant_id', 'mission_id', 'warning_id'],
    literals: { acknowledgement: ['continue', 'hold', 'reassign', 'defer'] },
    optional: [],
  },
  {
    cls: CommentPostedPayload,
    valid: { participant_id: 'p1', mission_id: 'M1', comment_id: 'c1', content: 'hi', reply_to: 'c0' },
    nonEmpty: ['participant_id', 'mission_id', 'comment_id', 'content'],
    literals: {},
    optional: ['reply_to'],
  },
  {
    cls: DecisionCapturedPayload,
    valid: { participant_id: 'p1', mission_id: 'M1', decision_id: 'd1', topic: 't', chosen_option: 'o', rationale: 'r', referenced_warning_id: 'w1' },
    nonEmpty: ['participant_id', 'mission_id', 'decision_id', 'topic', 'chosen_option'],
    literals: {},
    optional: ['rationale', 'referenced_warning_id'],
  },
  {
    cls: SessionLinkedPayload,
    valid: { participant_id: 'p1', mission_id: 'M1', primary_session_id: 'cli-1', linked_session_id: 'saas-1', link_type: 'saas_to_cli' },
    nonEmpty: ['participant_id', 'mission_id', 'primary_session_id', 'linked_session_id'],
    literals: { link_type: ['cli_to_saas', 'saas_to_cli'] },
    optional: [],
  },
];

describe('ParticipantIdentity (§4.1)', () => {
  it.each(['human', 'llm_context'])('builds with type %s; display_name and session_id default to null', (type) => {
    const identity = ParticipantIdentity.fromDict({ participant_id: 'p1', participant_type: type });
    expect(identity.participant_type).toBe(type);
    expect(identity.display_name).toBeNull();
    expect(identity.session_id).toBeNull();
    expect(identity.toDict()).toEqual({ participant_id: 'p1', participant_type: type, display_name: null, session_id: null });
  });

  it('rejects "" and unknown types; " " passes', () => {
    expect(violationsOf(ParticipantIdentity, { participant_id: '', participant_type: 'human' })).toEqual([
      expect.objectContaining({ type: 'string_too_short', loc: ['participant_id'] }),
    ]);
    expect(violationsOf(ParticipantIdentity, { participant_id: 'p1', participant_type: 'robot' })).toEqual([
      expect.objectContaining({ type: 'literal_error', loc: ['participant_type'] }),
    ]);
    expect(violationsOf(ParticipantIdentity, { participant_id: 'p1', participant_type: 'Human' })[0]!.type).toBe('literal_error');
    expect(ParticipantIdentity.fromDict({ participant_id: ' ', participant_type: 'human' }).participant_id).toBe(' ');
  });

  it('strings are never coerced', () => {
    for (const bad of [5, true, [], {}, null]) {
      expect(violationsOf(ParticipantIdentity, { participant_id: bad, participant_type: 'human' })[0]!.type).toBe('string_type');
    }
    expect(violationsOf(ParticipantIdentity, { participant_id: 'p', participant_type: 'human', display_name: 5 })[0]!.loc).toEqual(['display_name']);
  });

  it('ignores extra keys, is frozen and round-trips', () => {
    const identity = ParticipantIdentity.fromDict({ ...IDENTITY, extra: 'x' });
    expect(identity.toDict()).toEqual(IDENTITY);
    expect(Object.isFrozen(identity)).toBe(true);
    expect(() => {
      (identity as { participant_id: string }).participant_id = 'other';
    }).toThrow(TypeError);
    expect(ParticipantIdentity.fromDict(identity.toDict())).toEqual(identity);
  });
});

describe('AuthPrincipalBinding (§4.2)', () => {
  const dict = { auth_principal_id: 'auth:alice', participant_id: 'p-alice', bound_at: '2026-01-26T10:00:00.5+05:30' };

  it('keeps bound_at (offset and fraction) and round-trips', () => {
    const binding = AuthPrincipalBinding.fromDict(dict);
    expect(binding.bound_at.isoText()).toBe('2026-01-26T10:00:00.500000+05:30');
    expect(binding.toDict()).toEqual({ ...dict, bound_at: '2026-01-26T10:00:00.500000+05:30' });
    expect(AuthPrincipalBinding.fromDict(binding.toDict()).toDict()).toEqual(binding.toDict());
  });

  it('writes a zero offset as Z', () => {
    expect(AuthPrincipalBinding.fromDict({ ...dict, bound_at: '2026-01-26T10:00:00+00:00' }).toDict()['bound_at']).toBe('2026-01-26T10:00:00Z');
  });

  it('rejects "" for either id and is frozen', () => {
    expect(violationsOf(AuthPrincipalBinding, { ...dict, auth_principal_id: '' })[0]!.loc).toEqual(['auth_principal_id']);
    expect(violationsOf(AuthPrincipalBinding, { ...dict, participant_id: '' })[0]!.loc).toEqual(['participant_id']);
    expect(violationsOf(AuthPrincipalBinding, { ...dict, bound_at: 'not a date' })[0]!.loc).toEqual(['bound_at']);
    expect(Object.isFrozen(AuthPrincipalBinding.fromDict(dict))).toBe(true);
  });
});

describe('FocusTarget (§4.3)', () => {
  it.each(['wp', 'step', 'file'])('accepts %s', (type) => {
    expect(FocusTarget.fromDict({ target_type: type, target_id: 'x' }).target_type).toBe(type);
  });

  it('rejects "" ids and other types', () => {
    expect(violationsOf(FocusTarget, { target_type: 'wp', target_id: '' })[0]!.type).toBe('string_too_short');
    expect(violationsOf(FocusTarget, { target_type: 'dir', target_id: 'x' })[0]!.type).toBe('literal_error');
    expect(violationsOf(FocusTarget, { target_type: 'WP', target_id: 'x' })[0]!.type).toBe('literal_error');
  });

  it('has value equality and is frozen', () => {
    const a = FocusTarget.fromDict(TARGET);
    const b = FocusTarget.fromDict({ ...TARGET });
    const c = FocusTarget.fromDict({ target_type: 'wp', target_id: 'WP04' });
    expect(a).not.toBe(b);
    expect(a.equals(b)).toBe(true);
    expect(a).toEqual(b);
    expect(a.equals(c)).toBe(false);
    expect(a.equals({ target_type: 'wp', target_id: 'WP03' })).toBe(false);
    expect(Object.isFrozen(a)).toBe(true);
  });
});

describe('UnknownParticipantError (§6)', () => {
  it('is a SpecKittyEventsError with the three properties and the exact message', () => {
    const error = new UnknownParticipantError('p-mallory', '01JQ0000000000000000000002', 'CommentPosted');
    expect(error).toBeInstanceOf(UnknownParticipantError);
    expect(error).toBeInstanceOf(SpecKittyEventsError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('UnknownParticipantError');
    expect(error.participantId).toBe('p-mallory');
    expect(error.eventId).toBe('01JQ0000000000000000000002');
    expect(error.eventType).toBe('CommentPosted');
    expect(error.message).toBe(
      "Unknown participant 'p-mallory' in event 01JQ0000000000000000000002 (type=CommentPosted). Not in mission roster.",
    );
  });

  it('quotes only the participant id, with pyRepr', () => {
    expect(new UnknownParticipantError(`it's "x"`, 'E1', 'PresenceHeartbeat').message).toBe(
      `Unknown participant 'it\\'s "x"' in event E1 (type=PresenceHeartbeat). Not in mission roster.`,
    );
    expect(new UnknownParticipantError("gh'ost", "E'1", 'T').message).toBe(
      `Unknown participant "gh'ost" in event E'1 (type=T). Not in mission roster.`,
    );
  });

  it('holds non-string ids raw and renders them as Python does', () => {
    expect(new UnknownParticipantError(5, 'E', 'T').message).toBe('Unknown participant 5 in event E (type=T). Not in mission roster.');
    expect(new UnknownParticipantError(null, 'E', 'T').message).toBe('Unknown participant None in event E (type=T). Not in mission roster.');
    expect(new UnknownParticipantError(true, 'E', 'T').participantId).toBe(true);
  });
});

describe('payload models (§5)', () => {
  describe.each(PAYLOADS.map((c) => [c.cls.name, c] as const))('%s', (_name, c) => {
    it('accepts the valid payload, ignores extra keys, is frozen and round-trips', () => {
      const model = c.cls.fromDict({ ...c.valid, unexpected: 1 });
      const dict = model.toDict();
      expect(dict).not.toHaveProperty('unexpected');
      expect(Object.isFrozen(model)).toBe(true);
      expect(c.cls.fromDict(dict).toDict()).toEqual(dict);
      expect(c.cls.fromDict(dict)).toEqual(model);
    });

    it('rejects "" in every min_length=1 field', () => {
      for (const field of c.nonEmpty) {
        expect(violationsOf(c.cls, { ...c.valid, [field]: '' })).toEqual([
          expect.objectContaining({ type: 'string_too_short', loc: [field] }),
        ]);
      }
    });

    it('requires mission_id and rejects non-strings', () => {
      const { mission_id: _omit, ...rest } = c.valid;
      expect(violationsOf(c.cls, rest)).toEqual([expect.objectContaining({ type: 'missing', loc: ['mission_id'] })]);
      expect(violationsOf(c.cls, { ...c.valid, mission_id: 42 })[0]!.type).toBe('string_type');
    });

    it('accepts every literal value and rejects others', () => {
      for (const [field, values] of Object.entries(c.literals)) {
        for (const value of values) expect(c.cls.safeFromDict({ ...c.valid, [field]: value }).ok).toBe(true);
        for (const bad of [values[0]!.toUpperCase(), 'banana', '', null]) {
          expect(violationsOf(c.cls, { ...c.valid, [field]: bad })[0]!.loc).toEqual([field]);
        }
      }
    });

    it('optional fields default to null and are emitted as null', () => {
      const stripped = { ...c.valid };
      for (const field of c.optional) delete stripped[field];
      const dict = c.cls.fromDict(stripped).toDict();
      for (const field of c.optional) expect(dict[field]).toBeNull();
      const explicit = { ...c.valid };
      for (const field of c.optional) explicit[field] = null;
      for (const field of c.optional) expect(c.cls.fromDict(explicit).toDict()[field]).toBeNull();
    });

    it('works as a class-validator / class-transformer DTO', () => {
      const good = plainToInstance(c.cls as unknown as new () => object, { ...c.valid });
      expect(validateSync(good)).toEqual([]);
      const bad = plainToInstance(c.cls as unknown as new () => object, { ...c.valid, [c.nonEmpty[0]!]: '' });
      const errors = validateSync(bad);
      expect(errors.map((e) => e.property)).toEqual([c.nonEmpty[0]]);
    });
  });

  it('ParticipantJoined without auth_principal_id emits "auth_principal_id": null', () => {
    const dict = ParticipantJoinedPayload.fromDict({ participant_id: 'p1', participant_identity: IDENTITY, mission_id: 'M1' }).toDict();
    expect(dict).toEqual({ participant_id: 'p1', participant_identity: IDENTITY, mission_id: 'M1', auth_principal_id: null });
  });

  it('ParticipantInvited validates the nested identity', () => {
    expect(
      violationsOf(ParticipantInvitedPayload, {
        participant_id: 'p1',
        participant_identity: { participant_id: 'p1', participant_type: 'alien' },
        invited_by: 'p0',
        mission_id: 'M1',
      }),
    ).toEqual([expect.objectContaining({ type: 'literal_error', loc: ['participant_identity', 'participant_type'] })]);
  });

  it('FocusChanged nests both targets as plain objects', () => {
    const model = FocusChangedPayload.fromDict({
      participant_id: 'p1',
      mission_id: 'M1',
      focus_target: { target_type: 'file', target_id: 'README.md' },
      previous_focus_target: { target_type: 'wp', target_id: 'WP01' },
    });
    expect(model.focus_target).toBeInstanceOf(FocusTarget);
    const dict = model.toDict();
    expect(dict['focus_target']).toEqual({ target_type: 'file', target_id: 'README.md' });
    expect(Object.getPrototypeOf(dict['focus_target'])).toBe(Object.prototype);
    expect(dict['previous_focus_target']).toEqual({ target_type: 'wp', target_id: 'WP01' });
  });

  it.each([
    ['ConcurrentDriverWarningPayload', ConcurrentDriverWarningPayload as unknown as ModelClass],
    ['PotentialStepCollisionDetectedPayload', PotentialStepCollisionDetectedPayload as unknown as ModelClass],
  ])('%s rejects 0 or 1 participant_ids and accepts 2 or 3 (order and duplicates kept)', (_name, cls) => {
    const base = PAYLOADS.find((c) => c.cls === cls)!.valid;
    const ids = (data: unknown): unknown => (cls.fromDict(data) as unknown as { participant_ids: unknown }).participant_ids;
    expect(violationsOf(cls, { ...base, participant_ids: [] })[0]!.type).toBe('too_short');
    expect(violationsOf(cls, { ...base, participant_ids: ['p1'] })[0]!.type).toBe('too_short');
    expect(ids({ ...base, participant_ids: ['p1', 'p2'] })).toEqual(['p1', 'p2']);
    expect(ids({ ...base, participant_ids: ['p3', 'p1', 'p3'] })).toEqual(['p3', 'p1', 'p3']);
    expect(violationsOf(cls, { ...base, participant_ids: ['p1', 2] })[0]!.loc).toEqual(['participant_ids', 1]);
    expect(violationsOf(cls, { ...base, participant_ids: 'p1,p2' })[0]!.type).toBe('list_type');
  });
});

describe('reducer output models (§7)', () => {
  it('ReducedCollaborationState(mission_id) has empty defaults; mission_id is required', () => {
    const state = ReducedCollaborationState.fromDict({ mission_id: '' });
    expect(state.toDict()).toEqual({
      mission_id: '',
      participants: {},
      departed_participants: {},
      presence: {},
      active_drivers: [],
      focus_by_participant: {},
      participants_by_focus: {},
      warnings: [],
      decisions: [],
      comments: [],
      active_executions: {},
      linked_sessions: {},
      anomalies: [],
      event_count: 0,
      last_processed_event_id: null,
    });
    expect(state.participants.size).toBe(0);
    expect(state.active_drivers.size).toBe(0);
    expect(violationsOf(ReducedCollaborationState, {})).toEqual([expect.objectContaining({ type: 'missing', loc: ['mission_id'] })]);
  });

  it('is frozen, with immutable maps and sets, and round-trips', () => {
    const dict = {
      mission_id: 'M1',
      participants: { p1: IDENTITY, __proto__x: IDENTITY },
      departed_participants: {},
      presence: { p1: '2026-01-01T00:00:00+00:00' },
      active_drivers: ['p2', 'p1', 'p2'],
      focus_by_participant: { p1: TARGET },
      participants_by_focus: { 'wp:WP03': ['p1', 'B', 'a'] },
      warnings: [{ warning_id: 'w', event_id: 'e', warning_type: 'X', participant_ids: ['p1'], acknowledgements: { p1: 'proceed' } }],
      decisions: [],
      comments: [],
      active_executions: { p1: ['s1', 's1'] },
      linked_sessions: { p1: [] },
      anomalies: [{ event_id: 'e', event_type: 't', reason: 'r' }],
      event_count: '5',
      last_processed_event_id: 'e',
    };
    const state = ReducedCollaborationState.fromDict(dict);
    expect(Object.isFrozen(state)).toBe(true);
    expect(() => (state.participants as Map<string, unknown>).set('x', null)).toThrow(TypeError);
    expect(() => (state.active_drivers as Set<string>).add('x')).toThrow(TypeError);
    expect(() => (state.warnings as unknown[]).push(null)).toThrow(TypeError);
    expect(state.event_count).toBe(5);
    const out = state.toDict();
    expect(out['active_drivers']).toEqual(['p1', 'p2']);
    expect(out['participants_by_focus']).toEqual({ 'wp:WP03': ['B', 'a', 'p1'] });
    expect(out['presence']).toEqual({ p1: '2026-01-01T00:00:00Z' });
    expect(out['warnings']).toEqual([dict.warnings[0]]);
    // FrozenMap/FrozenSet are read-only views, not Map/Set: jest compares them as ordered
    // iterables, and toDict() renders sets sorted, so compare the canonical forms.
    const back = ReducedCollaborationState.fromDict(out);
    expect(back).toBeInstanceOf(ReducedCollaborationState);
    expect(back.toDict()).toEqual(state.toDict());
  });

  it('event_count follows the lax integer rules', () => {
    for (const good of ['5', 5, true]) expect(ReducedCollaborationState.safeFromDict({ mission_id: '', event_count: good }).ok).toBe(true);
    expect(ReducedCollaborationState.fromDict({ mission_id: '', event_count: true }).event_count).toBe(1);
    for (const bad of [5.5, null, 'five']) expect(ReducedCollaborationState.safeFromDict({ mission_id: '', event_count: bad }).ok).toBe(false);
  });

  it('map keys are arbitrary strings, __proto__ included', () => {
    const input = JSON.parse('{"mission_id": "", "participants": {"__proto__": {"participant_id": "x", "participant_type": "human"}}}');
    const state = ReducedCollaborationState.fromDict(input);
    expect([...state.participants.keys()]).toEqual(['__proto__']);
    const out = state.toDict()['participants'] as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });

  it('WarningEntry: acknowledgements default to empty and accept any string; participant_ids keep order; a bare string is rejected', () => {
    const entry = WarningEntry.fromDict({ warning_id: 'w', event_id: 'e', warning_type: 'T', participant_ids: ['b', 'a', 'b'] });
    expect(entry.acknowledgements.size).toBe(0);
    expect(entry.participant_ids).toEqual(['b', 'a', 'b']);
    expect(WarningEntry.fromDict({ warning_id: 'w', event_id: 'e', warning_type: 'T', participant_ids: [], acknowledgements: { p1: 'proceed' } }).acknowledgements.get('p1')).toBe('proceed');
    expect(violationsOf(WarningEntry, { warning_id: 'w', event_id: 'e', warning_type: 'T', participant_ids: 'ab' })).toEqual([
      expect.objectContaining({ type: 'tuple_type', loc: ['participant_ids'] }),
    ]);
  });

  it('entries accept "" everywhere and are frozen', () => {
    const comment = CommentEntry.fromDict({ comment_id: '', event_id: '', participant_id: '', content: '' });
    expect(comment.reply_to).toBeNull();
    expect(Object.isFrozen(comment)).toBe(true);
    const decision = DecisionEntry.fromDict({ decision_id: '', event_id: '', participant_id: '', topic: '', chosen_option: '', rationale: 'dropped' });
    expect(decision.toDict()).toEqual({ decision_id: '', event_id: '', participant_id: '', topic: '', chosen_option: '', referenced_warning_id: null });
    expect(CollaborationAnomaly.fromDict({ event_id: '', event_type: '', reason: '' }).toDict()).toEqual({ event_id: '', event_type: '', reason: '' });
  });

  it('a validation failure is the library ValidationError', () => {
    const error = thrown(() => CommentEntry.fromDict({ comment_id: null, event_id: 'e', participant_id: 'p', content: 'c' }));
    expect(error).toBeInstanceOf(ValidationError);
  });
});
