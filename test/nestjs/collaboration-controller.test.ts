/**
 * The model classes as NestJS DTOs, for real: a NestJS application on the Express adapter
 * with `ValidationPipe({ transform: true })`, a controller taking collaboration payloads as
 * `@Body()` DTOs, and a route answering with `validateEvent`'s result for any envelope.
 */
import 'reflect-metadata';
import { Body, Controller, HttpCode, Post, ValidationPipe, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { FocusChangedPayload, FocusTarget, ParticipantIdentity, ParticipantJoinedPayload } from '../../src/v2';
import { validateEvent, type ConformanceResult } from '../../src/v2/conformance';

/** What the handlers saw, so the tests can check the instances themselves. */
const received: unknown[] = [];

@Controller('missions/:missionId')
class CollaborationController {
  @Post('focus')
  changeFocus(@Body() payload: FocusChangedPayload) {
    received.push(payload);
    return {
      dto: payload.constructor.name,
      isFocusChangedPayload: payload instanceof FocusChangedPayload,
      targetIsFocusTarget: payload.focus_target instanceof FocusTarget,
      payload: payload.toDict(),
    };
  }

  @Post('participants')
  join(@Body() payload: ParticipantJoinedPayload) {
    received.push(payload);
    return {
      dto: payload.constructor.name,
      isParticipantJoinedPayload: payload instanceof ParticipantJoinedPayload,
      identityIsParticipantIdentity: payload.participant_identity instanceof ParticipantIdentity,
      payload: payload.toDict(),
    };
  }
}

@Controller('events')
class ConformanceController {
  /** Any envelope: the envelope's check, and its payload's when the type is known. */
  @Post('validate')
  @HttpCode(200)
  validate(@Body() envelope: Record<string, unknown>) {
    const type = typeof envelope.event_type === 'string' && envelope.event_type !== 'Event' ? envelope.event_type : null;
    let payload: ConformanceResult | null = null;
    try {
      if (type !== null) payload = validateEvent(envelope.payload ?? {}, type);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error; // an event type without a payload contract
    }
    return { envelope: validateEvent(envelope, 'Event'), payload, knownEventType: payload !== null };
  }
}

const FOCUS = {
  participant_id: 'p-ana',
  mission_id: 'M042',
  focus_target: { target_type: 'wp', target_id: 'WP03' },
};

const JOINED = {
  participant_id: 'p-claude',
  participant_identity: { participant_id: 'p-claude', participant_type: 'llm_context', display_name: 'Claude' },
  mission_id: 'M042',
};

const ENVELOPE = {
  event_id: '01JQ0000000000000000000001',
  event_type: 'FocusChanged',
  aggregate_id: 'mission/M042',
  payload: FOCUS,
  timestamp: '2026-03-01T09:00:01Z',
  node_id: 'saas-node-1',
  lamport_clock: 1,
  project_uuid: '12345678-1234-5678-1234-567812345678',
  correlation_id: '01JQRUN0000000000000000042',
};

interface BadRequestBody {
  statusCode: number;
  error: string;
  message: string[];
}

describe('NestJS: collaboration payloads as @Body() DTOs (Express adapter, ValidationPipe transform)', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ controllers: [CollaborationController, ConformanceController] }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.useGlobalPipes(new ValidationPipe({ transform: true }));
    await app.init();
  });

  afterAll(async () => {
    await app.close();
  });

  beforeEach(() => {
    received.length = 0;
  });

  it('accepts a valid FocusChanged payload: 201 and a typed instance with nested FocusTarget', async () => {
    const res = await request(app.getHttpServer()).post('/missions/M042/focus').send(FOCUS).expect(201);
    expect(res.body).toEqual({
      dto: 'FocusChangedPayload',
      isFocusChangedPayload: true,
      targetIsFocusTarget: true,
      payload: { ...FOCUS, previous_focus_target: null },
    });
    expect(received).toHaveLength(1);
    const dto = received[0] as FocusChangedPayload;
    expect(dto).toBeInstanceOf(FocusChangedPayload);
    expect(dto.focus_target).toBeInstanceOf(FocusTarget);
    expect(dto.focus_target.target_id).toBe('WP03');
    // The optional field got its default (null), as fromDict would give.
    expect(dto.previous_focus_target).toBeNull();
  });

  it('keeps a nested previous_focus_target as a FocusTarget instance', async () => {
    const body = { ...FOCUS, previous_focus_target: { target_type: 'file', target_id: 'README.md' } };
    const res = await request(app.getHttpServer()).post('/missions/M042/focus').send(body).expect(201);
    expect(res.body.payload.previous_focus_target).toEqual({ target_type: 'file', target_id: 'README.md' });
    const dto = received[0] as FocusChangedPayload;
    expect(dto.previous_focus_target).toBeInstanceOf(FocusTarget);
  });

  it('rejects an invalid FocusChanged payload with 400 naming each failing field', async () => {
    const body = { participant_id: '', mission_id: 'M042', focus_target: { target_type: 'repo', target_id: 'WP03' } };
    const res = await request(app.getHttpServer()).post('/missions/M042/focus').send(body).expect(400);
    const error = res.body as BadRequestBody;
    expect(error.error).toBe('Bad Request');
    expect(error.message).toEqual(
      expect.arrayContaining([
        'participant_id: String should have at least 1 character',
        "focus_target.target_type: Input should be 'wp', 'step' or 'file'",
      ]),
    );
    expect(error.message).toHaveLength(2);
    expect(received).toHaveLength(0);
  });

  it('rejects a missing required field with "Field required"', async () => {
    const { focus_target: _omitted, ...body } = FOCUS;
    const res = await request(app.getHttpServer()).post('/missions/M042/focus').send(body).expect(400);
    expect((res.body as BadRequestBody).message).toEqual(['focus_target: Field required']);
  });

  it('accepts a valid ParticipantJoined payload with a nested ParticipantIdentity', async () => {
    const res = await request(app.getHttpServer()).post('/missions/M042/participants').send(JOINED).expect(201);
    expect(res.body).toEqual({
      dto: 'ParticipantJoinedPayload',
      isParticipantJoinedPayload: true,
      identityIsParticipantIdentity: true,
      payload: {
        participant_id: 'p-claude',
        participant_identity: { participant_id: 'p-claude', participant_type: 'llm_context', display_name: 'Claude', session_id: null },
        mission_id: 'M042',
        auth_principal_id: null,
      },
    });
    const dto = received[0] as ParticipantJoinedPayload;
    expect(dto).toBeInstanceOf(ParticipantJoinedPayload);
    expect(dto.participant_identity).toBeInstanceOf(ParticipantIdentity);
  });

  it('rejects a ParticipantJoined payload whose identity has an unknown participant_type', async () => {
    const body = { ...JOINED, participant_identity: { participant_id: 'p-claude', participant_type: 'robot' }, auth_principal_id: 7 };
    const res = await request(app.getHttpServer()).post('/missions/M042/participants').send(body).expect(400);
    expect((res.body as BadRequestBody).message).toEqual(
      expect.arrayContaining([
        "participant_identity.participant_type: Input should be 'human' or 'llm_context'",
        'auth_principal_id: Input should be a valid string',
      ]),
    );
    expect(received).toHaveLength(0);
  });

  it('answers a valid envelope with validateEvent results for the envelope and its payload', async () => {
    const res = await request(app.getHttpServer()).post('/events/validate').send(ENVELOPE).expect(200);
    expect(res.body.knownEventType).toBe(true);
    expect(res.body.envelope).toMatchObject({ valid: true, modelViolations: [], schemaViolations: [], eventType: 'Event' });
    expect(res.body.payload).toMatchObject({ valid: true, modelViolations: [], schemaViolations: [], eventType: 'FocusChanged' });
  });

  it('answers an invalid envelope with the violations of both layers', async () => {
    const body = { ...ENVELOPE, lamport_clock: -1, payload: { ...FOCUS, focus_target: { target_type: 'wp', target_id: '' } } };
    const res = await request(app.getHttpServer()).post('/events/validate').send(body).expect(200);
    expect(res.body.envelope.valid).toBe(false);
    expect(res.body.envelope.modelViolations).toEqual([
      expect.objectContaining({ field: 'lamport_clock', violationType: 'greater_than_equal', inputValue: -1 }),
    ]);
    expect(res.body.payload.valid).toBe(false);
    expect(res.body.payload.modelViolations).toEqual([
      expect.objectContaining({ field: 'focus_target.target_id', violationType: 'string_too_short' }),
    ]);
    expect(res.body.payload.schemaViolations).toEqual([expect.objectContaining({ jsonPath: '$.focus_target.target_id', validator: 'minLength' })]);
  });

  it('checks only the envelope of an event type it does not know', async () => {
    const body = { ...ENVELOPE, event_type: 'DeploymentPreviewReady', payload: { anything: true } };
    const res = await request(app.getHttpServer()).post('/events/validate').send(body).expect(200);
    expect(res.body).toMatchObject({ knownEventType: false, payload: null, envelope: { valid: true } });
  });
});

describe('NestJS: the same DTOs under ValidationPipe({ transform: true, whitelist: true })', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ controllers: [CollaborationController] }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.useGlobalPipes(new ValidationPipe({ transform: true, whitelist: true }));
    await app.init();
  });

  afterAll(async () => {
    await app.close();
  });

  beforeEach(() => {
    received.length = 0;
  });

  it('keeps every wire field (all are decorated) and strips unknown keys, as fromDict ignores them', async () => {
    const body = { ...FOCUS, rogue: 'dropped', focus_target: { ...FOCUS.focus_target } };
    const res = await request(app.getHttpServer()).post('/missions/M042/focus').send(body).expect(201);
    expect(res.body.payload).toEqual({ ...FOCUS, previous_focus_target: null });
    const dto = received[0] as FocusChangedPayload & { rogue?: unknown };
    expect(dto).toBeInstanceOf(FocusChangedPayload);
    expect(dto.rogue).toBeUndefined();
    expect(dto.participant_id).toBe('p-ana');
  });

  it('still rejects invalid fields with 400', async () => {
    const res = await request(app.getHttpServer())
      .post('/missions/M042/focus')
      .send({ ...FOCUS, mission_id: 42 })
      .expect(400);
    expect((res.body as BadRequestBody).message).toEqual(['mission_id: Input should be a valid string']);
  });
});
