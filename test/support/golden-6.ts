/**
 * Shared checks of the 6.1.0 golden files (test/golden/6.1.0/, made by scripts/golden/*.py
 * with the reference): payload verdicts by event type, and reducer outcomes whole and
 * incremental, in the golden's shape.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { SpecKittyEventsError, ValidationError } from '../../src/envelope/errors';
import { Event } from '../../src/envelope/event';
import { registryFor } from '../../src/registry';
import type { WireModel } from '../../src/validation';

export interface ViolationText { readonly type: string; readonly loc: readonly (string | number)[]; readonly msg: string }
/** A payload case of any golden file: keyed by event type (most families) or by model (glossary). */
export interface VerdictCase { readonly event_type?: string; readonly model?: string; readonly input: unknown; readonly valid: boolean; readonly dump?: unknown; readonly violations?: ViolationText[] }
export interface PayloadCase extends VerdictCase { readonly event_type: string; readonly model: string; readonly input: unknown; readonly valid: boolean; readonly dump?: unknown; readonly violations?: ViolationText[] }
export type Outcome = { readonly dump: unknown } | { readonly error: 'ValidationError'; readonly violations: ViolationText[] } | { readonly error: 'SpecKittyEventsError'; readonly message: string };
export interface ReducerCase { readonly events: readonly Record<string, unknown>[]; readonly result: Outcome }

/** A committed golden file of test/golden/6.1.0/. */
export function golden<T>(name: string): T {
  return JSON.parse(readFileSync(join(__dirname, '..', 'golden', '6.1.0', name), 'utf8')) as T;
}

/** `JSON.parse(JSON.stringify(x))`: compare results as JSON values. */
export function asJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

export function texts(violations: readonly { type: string; loc: readonly (string | number)[]; msg: string }[]): ViolationText[] {
  return violations.map((v) => ({ type: v.type, loc: [...v.loc], msg: v.msg }));
}

export interface SafeParsing { safeFromDict(data: unknown): { ok: true; value: WireModel } | { ok: false; violations: readonly ViolationText[] } }

/** The 6.1.0 registry's payload class of a case's event type. */
function registeredClass(c: VerdictCase): SafeParsing | undefined {
  return c.event_type === undefined ? undefined : (registryFor('6.1.0').classForEventType(c.event_type) as unknown as SafeParsing | undefined);
}

/**
 * The cases whose verdict (dump or violations) differs from the reference's, through the
 * class `classOf` gives for each case (by default the 6.1.0 registry's class of its event type).
 */
export function payloadMismatches<C extends VerdictCase>(cases: readonly C[], classOf: (c: C) => SafeParsing | undefined = registeredClass): unknown[] {
  const mismatches: unknown[] = [];
  cases.forEach((c, index) => {
    const cls = classOf(c);
    if (cls === undefined) {
      mismatches.push({ index, event_type: c.event_type, model: c.model, problem: 'no payload class' });
      return;
    }
    const result = cls.safeFromDict(c.input);
    const got = result.ok ? { valid: true, dump: asJson(result.value.toDict()) } : { valid: false, violations: texts(result.violations) };
    const want = c.valid ? { valid: true, dump: c.dump } : { valid: false, violations: c.violations };
    if (JSON.stringify(got) !== JSON.stringify(want)) mismatches.push({ index, event_type: c.event_type, model: c.model, input: c.input, want, got });
  });
  return mismatches;
}

/**
 * Which event types (or `model`s) the cases cover, sorted, and those among them that lack a
 * valid or an invalid case: a golden corpus must show both verdicts for every key.
 */
export function verdictCoverage(cases: readonly VerdictCase[], key: 'event_type' | 'model' = 'event_type'): { readonly keys: string[]; readonly oneSided: string[] } {
  const verdicts = new Map<string, Set<boolean>>();
  for (const c of cases) {
    const name = c[key] ?? '(none)';
    const seen = verdicts.get(name) ?? new Set<boolean>();
    seen.add(c.valid);
    verdicts.set(name, seen);
  }
  const keys = [...verdicts.keys()].sort();
  return { keys, oneSided: keys.filter((k) => verdicts.get(k)!.size < 2) };
}

/** What a reducer gives, in the golden's shape. */
export function outcome(read: () => { toDict(): unknown }): Outcome {
  try {
    return { dump: asJson(read().toDict()) };
  } catch (error) {
    if (error instanceof ValidationError) return { error: 'ValidationError', violations: texts(error.violations) };
    if (error instanceof SpecKittyEventsError) return { error: 'SpecKittyEventsError', message: error.message };
    throw error;
  }
}

interface LiveReducer<S> { apply(event: Event): unknown; readonly state: S }

/**
 * The reducer cases whose result differs from the reference's: the function over the whole
 * log, then a fresh reducer class fed the events one by one (state read after each apply).
 */
export function reducerMismatches<S extends { toDict(): unknown }>(
  cases: readonly ReducerCase[],
  reduce: (events: readonly Event[]) => S,
  makeReducer: () => LiveReducer<S>,
): unknown[] {
  const mismatches: unknown[] = [];
  cases.forEach((c, index) => {
    const events = c.events.map((e) => Event.fromDict(e));
    const want = JSON.stringify(c.result);
    const whole = outcome(() => reduce(events));
    if (JSON.stringify(whole) !== want) {
      mismatches.push({ index, want: c.result, got: whole });
      return;
    }
    const reducer = makeReducer();
    let last: Outcome = outcome(() => reducer.state);
    for (const event of events) {
      reducer.apply(event);
      last = outcome(() => reducer.state);
    }
    if (JSON.stringify(last) !== want) mismatches.push({ index, incremental: last });
  });
  return mismatches;
}
