/**
 * ValidationPipe in a real NestJS app (Express adapter): model rules, every nested violation,
 * own `__proto__` keys and a 20,000-deep array (400, not 500).
 */
import 'reflect-metadata';
import { Body, Controller, HttpCode, Post, ValidationPipe, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { Event, FocusChangedPayload, StatusTransitionPayload } from '../../src/v2';

/**
 * NestJS's ValidationPipe deletes `__proto__`, `prototype` and `constructor` keys from the body
 * before class-transformer runs, recursively (a 20,000-deep array overflows the stack there:
 * a 500 that no DTO can prevent). The library's models need neither: their input hook never
 * assigns raw keys (own-key reads, `defineProperty` writes). A route that wants `fromDict`'s
 * behaviour (keys kept as data, deep input judged by the parser) opts out of that step.
 */
class WireBodyPipe extends ValidationPipe {
  constructor() {
    super({ transform: true });
  }
  protected override stripProtoKeys(): void {}
}

const STOCK = new ValidationPipe({ transform: true });

@Controller()
class EventsController {
  @Post('events')
  @HttpCode(200)
  take(@Body(new WireBodyPipe()) event: Event) {
    return { payloadKeys: Object.keys(event.payload) };
  }

  @Post('events-stock')
  @HttpCode(200)
  stock(@Body(STOCK) event: Event) {
    return { payloadKeys: Object.keys(event.payload) };
  }

  @Post('transitions')
  @HttpCode(200)
  transition(@Body(STOCK) payload: StatusTransitionPayload) {
    return payload.toDict();
  }

  @Post('focus')
  @HttpCode(200)
  focus(@Body(STOCK) payload: FocusChangedPayload) {
    return payload.toDict();
  }
}

const ENVELOPE = {
  event_id: '01JQ0000000000000000000001',
  event_type: 'FocusChanged',
  aggregate_id: 'mission/M042',
  payload: {},
  timestamp: '2026-03-01T09:00:01Z',
  node_id: 'saas-node-1',
  lamport_clock: 1,
  project_uuid: '12345678-1234-5678-1234-567812345678',
  correlation_id: '01JQRUN0000000000000000042',
};

const TRANSITION = { feature_slug: 'm', wp_id: 'WP01', from_lane: 'planned', to_lane: 'claimed', actor: 'ana', execution_mode: 'worktree' };

describe('NestJS ValidationPipe({ transform: true }) with the library models (pipes per route)', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ controllers: [EventsController] }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
  });

  afterAll(async () => {
    await app.close();
  });

  const post = (path: string, body: string) => request(app.getHttpServer()).post(path).set('content-type', 'application/json').send(body);

  it('applies model rules: force without reason, done without evidence', async () => {
    const forced = await post('/transitions', JSON.stringify({ ...TRANSITION, force: true })).expect(400);
    expect(forced.body.message).toEqual(['Value error, force=True requires a non-empty reason']);
    const done = await post('/transitions', JSON.stringify({ ...TRANSITION, from_lane: 'for_review', to_lane: 'done' })).expect(400);
    expect(done.body.message).toEqual(["Value error, to_lane='done' requires evidence"]);
    await post('/transitions', JSON.stringify({ ...TRANSITION, force: true, reason: 'hotfix' })).expect(200);
  });

  it('reports every failing field of a nested model', async () => {
    const body = { participant_id: 'p', mission_id: 'M', focus_target: { target_type: 'repo', target_id: '' } };
    const res = await post('/focus', JSON.stringify(body)).expect(400);
    expect(res.body.message).toEqual([
      "focus_target.target_type: Input should be 'wp', 'step' or 'file'",
      'focus_target.target_id: String should have at least 1 character',
    ]);
  });

  it("under the stock pipe, NestJS itself strips __proto__ before the DTO sees the body", async () => {
    const body = JSON.stringify(ENVELOPE).replace('"payload":{}', '"payload":{"__proto__":{"polluted":true},"k":1}');
    const res = await post('/events-stock', body).expect(200);
    expect(res.body.payloadKeys).toEqual(['k']);
  });

  it('keeps an own __proto__ key of the payload as data', async () => {
    const body = JSON.stringify(ENVELOPE).replace('"payload":{}', '"payload":{"__proto__":{"polluted":true},"k":1}');
    const res = await post('/events', body).expect(200);
    expect(res.body.payloadKeys).toEqual(['__proto__', 'k']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('answers a 20,000-deep array with what the parser says, never a 500', async () => {
    const deep = '['.repeat(20_000) + '0' + ']'.repeat(20_000);
    const inPayload = await post('/events', JSON.stringify(ENVELOPE).replace('"payload":{}', `"payload":{"deep":${deep}}`));
    expect(inPayload.status).toBe(200); // the reference's model accepts any JSON payload
    const asField = await post('/events', JSON.stringify(ENVELOPE).replace('"node_id":"saas-node-1"', `"node_id":${deep}`)).expect(400);
    expect(asField.body.message).toEqual(['node_id: Input should be a valid string']);
    const unknownKey = await post('/events', JSON.stringify(ENVELOPE).replace('"payload":{}', `"payload":{},"junk":${deep}`));
    expect(unknownKey.status).toBe(200);
  });
});
