/** Shared expectations for the parser tests: exact pydantic error triples. */
import type { ParseOutcome } from '../../../src/validation/violation';

export function expectOk<T>(r: ParseOutcome<T>): T {
  if (!r.ok) throw new Error(`expected success, got ${r.type}: ${r.msg}`);
  return r.value;
}

export function expectFail(
  r: ParseOutcome<unknown>,
  type: string,
  msg: string,
  ctx?: Readonly<Record<string, unknown>>,
): void {
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect({ type: r.type, msg: r.msg, ctx: r.ctx }).toEqual({ type, msg, ctx });
}
