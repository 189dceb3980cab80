/**
 * The class-validator path (`plainToInstance` + `validateSync`, what NestJS's ValidationPipe
 * runs) gives the verdict and the messages `fromDict` gives: model rules included (the
 * class-level constraint), every violation of a nested field reported, own `__proto__` keys
 * kept as data, and deep input judged by the parser instead of overflowing class-transformer.
 */
import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync, type ValidationError as CvError } from 'class-validator';
import fc from 'fast-check';
import { Event, FocusChangedPayload, StatusTransitionPayload } from '../../src/v2';
import {
  IS_VALID_MODEL,
  IsNested,
  IsPyString,
  MODEL_PROPERTY,
  REPORT_SLOTS,
  WireModel,
  defineModelRule,
  type Violation,
} from '../../src/validation';
import { loadFixtures } from '../../src/v2/conformance';
import { classForEventType, registryEntries } from '../../src/v2/registry';
import { modelFields, type ModelClass } from '../../src/validation/model';

/** Every constraint message, depth-first (children first), as ValidationPipe lists them. */
function dtoMessages(errors: readonly CvError[], prefix = ''): string[] {
  const out: string[] = [];
  for (const error of errors) {
    if (error.children !== undefined && error.children.length > 0) {
      out.push(...dtoMessages(error.children, `${prefix}${error.property}.`));
    } else {
      out.push(...Object.values(error.constraints ?? {}).map((message) => prefix + message));
    }
  }
  return out;
}

function viaDto(cls: ModelClass<object>, input: unknown): string[] {
  const instance = plainToInstance(cls as new () => object, input) as object;
  return dtoMessages(validateSync(instance));
}

/** `fromDict`'s violations in the DTO path's words: `loc: msg` (a root rule: the msg), capped per field. */
function expectedMessages(violations: readonly Violation[]): string[] {
  const byField = new Map<string, string[]>();
  for (const v of violations) {
    const field = v.loc.length === 0 ? MODEL_PROPERTY : String(v.loc[0]);
    const list = byField.get(field) ?? [];
    list.push(v.loc.length === 0 ? v.msg : `${v.loc.join('.')}: ${v.msg}`);
    byField.set(field, list);
  }
  const out: string[] = [];
  for (const list of byField.values()) {
    if (list.length > REPORT_SLOTS) {
      const kept = list.slice(0, REPORT_SLOTS);
      kept[REPORT_SLOTS - 1] += ` (and ${list.length - REPORT_SLOTS} more)`;
      out.push(...kept);
    } else out.push(...list);
  }
  return out;
}

function viaFromDict(cls: ModelClass<object>, input: unknown): string[] {
  const result = (cls as unknown as typeof WireModel).safeFromDict(input);
  return result.ok ? [] : expectedMessages(result.violations);
}

const sorted = (list: readonly string[]): string[] => [...list].sort();

const TRANSITION = {
  feature_slug: 'mission-042',
  wp_id: 'WP01',
  from_lane: 'planned',
  to_lane: 'claimed',
  actor: 'ana',
  execution_mode: 'worktree',
};

describe('DTO path: model rules (class-level constraint)', () => {
  it('rejects force without a reason with fromDict message', () => {
    const input = { ...TRANSITION, force: true };
    expect(viaFromDict(StatusTransitionPayload, input)).toEqual(['Value error, force=True requires a non-empty reason']);
    expect(viaDto(StatusTransitionPayload, input)).toEqual(['Value error, force=True requires a non-empty reason']);
  });

  it("rejects to_lane 'done' without evidence with fromDict message", () => {
    const input = { ...TRANSITION, from_lane: 'for_review', to_lane: 'done' };
    expect(viaDto(StatusTransitionPayload, input)).toEqual(["Value error, to_lane='done' requires evidence"]);
    expect(viaDto(StatusTransitionPayload, input)).toEqual(viaFromDict(StatusTransitionPayload, input));
  });

  it('names the pseudo-property (model) on the class-validator error', () => {
    const errors = validateSync(plainToInstance(StatusTransitionPayload, { ...TRANSITION, force: true, reason: '  ' }) as object);
    expect(errors.map((e) => [e.property, Object.keys(e.constraints ?? {})])).toEqual([[MODEL_PROPERTY, [IS_VALID_MODEL]]]);
  });

  it('runs rules only once every field is valid, as fromDict', () => {
    const input = { ...TRANSITION, force: true, actor: 5 };
    expect(viaDto(StatusTransitionPayload, input)).toEqual(['actor: Input should be a valid string']);
    expect(viaFromDict(StatusTransitionPayload, input)).toEqual(['actor: Input should be a valid string']);
  });

  it('every registered model class (and every class its fields nest) carries the class-level constraint', () => {
    const seen = new Set<Function>();
    const visit = (cls: Function): void => {
      if (seen.has(cls)) return;
      seen.add(cls);
      const metas = getMetadataStorage().getTargetValidationMetadatas(cls, '', true, false);
      expect({ cls: cls.name, has: metas.some((m) => m.propertyName === MODEL_PROPERTY && m.name === IS_VALID_MODEL) }).toEqual({ cls: cls.name, has: true });
    };
    for (const entry of registryEntries()) if (entry.kind === 'model') visit(entry.target);
    visit(Event);
    expect(seen.size).toBeGreaterThan(20);
    for (const cls of seen) expect(modelFields(cls).length).toBeGreaterThan(0);
  });

  it('applies a rule defined on any model, also when nested (reported under the parent field)', () => {
    class Window extends WireModel {
      @IsPyString()
      readonly start!: string;
      @IsPyString()
      readonly end!: string;
    }
    defineModelRule<Window>(Window, (w) => (w.start > w.end ? 'start after end' : null));
    class Booking extends WireModel {
      @IsNested(() => Window)
      readonly window!: Window;
    }
    expect(viaDto(Window, { start: 'b', end: 'a' })).toEqual(['Value error, start after end']);
    expect(viaDto(Booking, { window: { start: 'b', end: 'a' } })).toEqual(['window: Value error, start after end']);
    expect(viaDto(Booking, { window: { start: 'b', end: 'a' } })).toEqual(viaFromDict(Booking, { window: { start: 'b', end: 'a' } }));
    expect(viaDto(Booking, { window: { start: 'a', end: 'b' } })).toEqual([]);
  });
});

describe('DTO path: every violation of a nested field', () => {
  it('lists each failing field of a nested model', () => {
    const input = { participant_id: 'p', mission_id: 'M', focus_target: { target_type: 'repo', target_id: '' } };
    expect(viaDto(FocusChangedPayload, input)).toEqual([
      "focus_target.target_type: Input should be 'wp', 'step' or 'file'",
      'focus_target.target_id: String should have at least 1 character',
    ]);
  });

  it('lists each failing field inside lists of nested models', () => {
    const input = { ...TRANSITION, to_lane: 'done', evidence: { repos: [{}, { repo: 1, branch: 'b', commit: 'c' }] } };
    const messages = viaDto(StatusTransitionPayload, input);
    expect(messages).toEqual(viaFromDict(StatusTransitionPayload, input));
    expect(messages).toEqual(expect.arrayContaining(['evidence.repos.0.repo: Field required', 'evidence.repos.1.repo: Input should be a valid string']));
  });

  it('caps one field at REPORT_SLOTS messages, the last counting the rest', () => {
    const input = { ...TRANSITION, to_lane: 'done', evidence: { repos: Array.from({ length: 10 }, () => ({})), review: {} } };
    const messages = viaDto(StatusTransitionPayload, input);
    expect(messages).toHaveLength(REPORT_SLOTS);
    expect(messages[REPORT_SLOTS - 1]).toMatch(/\(and \d+ more\)$/);
    expect(messages).toEqual(viaFromDict(StatusTransitionPayload, input));
  });
});

describe('DTO path: same verdict and messages as fromDict', () => {
  const cases = ['events', 'collaboration', 'edge_cases'].flatMap((category) =>
    loadFixtures(category).map((fixture) => ({ category, fixture })),
  );

  it.each(cases.map(({ category, fixture }) => [`${category}/${fixture.id}`, fixture] as const))('%s', (_id, fixture) => {
    const cls = fixture.eventType === 'Event' ? Event : classForEventType(fixture.eventType);
    if (cls === undefined) return; // not a model (e.g. a lane-mapping table)
    const expected = viaFromDict(cls, fixture.payload);
    expect(sorted(viaDto(cls, fixture.payload))).toEqual(sorted(expected));
  });

  it('law: for transition payloads built from valid and invalid parts, DTO messages = fromDict messages', () => {
    const part = (...values: unknown[]) => fc.constantFrom(...values);
    fc.assert(
      fc.property(
        fc.record(
          {
            feature_slug: part('m', '', 5),
            wp_id: part('WP01', null),
            from_lane: part('planned', 'doing', 'nope'),
            to_lane: part('claimed', 'done', 'for_review'),
            actor: part('ana', ''),
            execution_mode: part('worktree', 'direct_repo', 'x'),
            force: part(true, false, 'yes'),
            reason: part('because', ' ', null),
            evidence: part(null, {}, { repos: [{ repo: 'r', branch: 'b', commit: 'c' }], review: { reviewer: 'r', verdict: 'approved', reference: 'x' } }),
          },
          { requiredKeys: [] },
        ),
        (input) => {
          expect(sorted(viaDto(StatusTransitionPayload, input))).toEqual(sorted(viaFromDict(StatusTransitionPayload, input)));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('DTO path: input class-transformer would mangle', () => {
  const ENVELOPE = {
    event_id: '01JQ0000000000000000000001',
    event_type: 'FocusChanged',
    aggregate_id: 'mission/M042',
    timestamp: '2026-03-01T09:00:01Z',
    node_id: 'saas-node-1',
    lamport_clock: 1,
    project_uuid: '12345678-1234-5678-1234-567812345678',
    correlation_id: '01JQRUN0000000000000000042',
  };

  it('keeps an own __proto__ key of a payload as data, as fromDict does', () => {
    const input: unknown = JSON.parse(JSON.stringify({ ...ENVELOPE, payload: {} }).replace('"payload":{}', '"payload":{"__proto__":{"x":1},"k":2}'));
    const dto = plainToInstance(Event, input) as Event;
    expect(validateSync(dto)).toEqual([]);
    expect(Object.keys(dto.payload)).toEqual(['__proto__', 'k']);
    expect(Object.getPrototypeOf(dto.payload)).toBe(Object.getPrototypeOf(Event.fromDict(input).payload));
    expect(dto.toDict()).toEqual(Event.fromDict(input).toDict());
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });

  it('does not copy unknown keys (fromDict ignores them) nor walk them', () => {
    let deep: unknown = 0;
    for (let i = 0; i < 20_000; i++) deep = [deep];
    const dto: unknown = plainToInstance(Event, { ...ENVELOPE, payload: {}, junk: deep });
    expect(Object.prototype.hasOwnProperty.call(dto as object, 'junk')).toBe(false);
  });

  it('judges a 20,000-deep array inside a payload with the parser, without a stack overflow', () => {
    let deep: unknown = 0;
    for (let i = 0; i < 20_000; i++) deep = [deep];
    const input = { ...ENVELOPE, payload: { deep } };
    const dto = plainToInstance(Event, input) as Event;
    expect(sorted(dtoMessages(validateSync(dto)))).toEqual(sorted(viaFromDict(Event, input)));
  });
});
