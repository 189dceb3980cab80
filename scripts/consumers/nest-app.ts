// A fresh NestJS 11 app using the packed package's models as DTOs (compiled by tsc, then run).
import 'reflect-metadata';
import { Body, Controller, HttpCode, Module, Post, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FocusChangedPayload, FocusTarget, StatusTransitionPayload } from 'spec-kitty-events/v2';

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

@Module({ controllers: [AppController] })
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
    process.stdout.write('nestjs: ok\n');
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error instanceof Error ? error.stack : error)}\n`);
  process.exit(1);
});
