// A fresh NestJS 11 app using the packed package's models as DTOs (compiled by tsc, then run),
// plus docs/NESTJS.md's EventsController, extracted from the guide by scripts/consumers.sh.
import 'reflect-metadata';
import { Body, Controller, HttpCode, Module, Post, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FocusChangedPayload, FocusTarget, StatusTransitionPayload } from 'spec-kitty-events/v2';
import { EventsController } from './events.controller';

@Controller()
class AppController {
  @Post('focus')
  @HttpCode(200)
  focus(@Body() payload: FocusChangedPayload) {
    return { nested: payload.focus_target instanceof FocusTarget, payload: payload.toDict() };
  }

  @Post('transition')
  @HttpCode(200)
  transition(@Body() payload: StatusTransitionPayload) {
    return payload.toDict();
  }
}

@Module({ controllers: [AppController, EventsController] })
class AppModule {}

async function main(): Promise<void> {
  const app = await NestFactory.create(AppModule, { logger: false });
  app.useGlobalPipes(new ValidationPipe({ transform: true }));
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const post = async (path: string, body: unknown) => {
    const res = await fetch(`http://127.0.0.1:${address.port}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  try {
    const ok = await post('/focus', { participant_id: 'p', mission_id: 'M', focus_target: { target_type: 'wp', target_id: 'WP01' } });
    if (ok.status !== 200 || ok.body['nested'] !== true) throw new Error(`valid focus: ${JSON.stringify(ok)}`);
    const bad = await post('/focus', { participant_id: 'p', mission_id: 'M', focus_target: { target_type: 'repo', target_id: '' } });
    const expected = ["focus_target.target_type: Input should be 'wp', 'step' or 'file'", 'focus_target.target_id: String should have at least 1 character'];
    if (bad.status !== 400 || JSON.stringify(bad.body['message']) !== JSON.stringify(expected)) throw new Error(`invalid focus: ${JSON.stringify(bad)}`);
    const forced = await post('/transition', { feature_slug: 'm', wp_id: 'WP01', from_lane: 'planned', to_lane: 'claimed', actor: 'a', execution_mode: 'worktree', force: true });
    if (forced.status !== 400 || JSON.stringify(forced.body['message']) !== JSON.stringify(['Value error, force=True requires a non-empty reason'])) {
      throw new Error(`forced transition: ${JSON.stringify(forced)}`);
    }
    await checkGuide(post);
    process.stdout.write('nestjs: ok (DTOs and the docs/NESTJS.md controller)\n');
  } finally {
    await app.close();
  }
}

const GATE = {
  gate_name: 'ci/build', gate_type: 'ci', conclusion: 'success', external_provider: 'github', check_run_id: 12345,
  check_run_url: 'https://github.com/owner/repo/runs/12345', delivery_id: 'delivery-abc123', pr_number: null,
};

type Post = (path: string, body: unknown) => Promise<{ status: number; body: Record<string, unknown> }>;

/** The guide's table: 200 with the verdict for known types, 400 for unknown types and non-objects. */
async function checkGuide(post: Post): Promise<void> {
  const expect = (what: string, ok: boolean, got: unknown): void => {
    if (!ok) throw new Error(`guide: ${what}: ${JSON.stringify(got)}`);
  };
  const valid = await post('/events/validate', { event_type: 'GatePassed', payload: GATE });
  expect('valid payload -> 200 valid', valid.status === 200 && valid.body['valid'] === true, valid);
  const invalid = await post('/events/validate', { event_type: 'GatePassed', payload: {} });
  const model = invalid.body['model_violations'] as { field: string }[] | undefined;
  const schema = invalid.body['schema_violations'] as unknown[] | undefined;
  expect(
    'invalid payload -> 200 with both layers',
    invalid.status === 200 && invalid.body['valid'] === false && model?.[0]?.field === 'gate_name' && (schema?.length ?? 0) > 0,
    invalid,
  );
  const unknown = await post('/events/validate', { event_type: 'NoSuchEvent', payload: {} });
  expect('unknown event type -> 400', unknown.status === 400 && unknown.body['message'] === 'Unknown event type: NoSuchEvent', unknown);
  const notObject = await post('/events/validate', [1, 2]);
  expect('array body -> 400', notObject.status === 400, notObject);
  const noType = await post('/events/validate', { payload: {} });
  expect('missing event_type -> 400', noType.status === 400 && noType.body['message'] === 'event_type must be a string', noType);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error instanceof Error ? error.stack : error)}\n`);
  process.exit(1);
});
