import * as fs from 'fs';
import * as path from 'path';
import {
  MissionCancelledPayload,
  MissionCompletedPayload,
  MissionStartedPayload,
  PhaseEnteredPayload,
  ReviewRollbackPayload,
} from '../../../src/v2/lifecycle';
import { ValidationError } from '../../../src/envelope/errors';
import { classForEventType, entryForSchemaName } from '../../../src/v2/registry';
import { modelDescription, modelSchema, type ModelClass, type SchemaDefs, type Violation } from '../../../src/validation';

type PayloadClass = ModelClass<object> & {
  fromDict(data: unknown): { toDict(): Record<string, unknown> };
};

interface Case {
  readonly cls: PayloadClass;
  readonly eventType: string;
  readonly schema: string;
  readonly valid: Record<string, unknown>;
  readonly required: readonly string[];
  readonly keys: readonly string[];
}

const CASES: readonly Case[] = [
  {
    cls: MissionStartedPayload as unknown as PayloadClass,
    eventType: 'MissionStarted',
    schema: 'mission_started_payload',
    valid: { mission_id: 'M-7', mission_type: 'software-dev', initial_phase: 'specify', actor: 'alice' },
    required: ['mission_id', 'mission_type', 'initial_phase', 'actor'],
    keys: ['mission_id', 'mission_type', 'initial_phase', 'actor'],
  },
  {
    cls: MissionCompletedPayload as unknown as PayloadClass,
    eventType: 'MissionCompleted',
    schema: 'mission_completed_payload',
    valid: { mission_id: 'M-7', mission_type: 'software-dev', final_phase: 'review', actor: 'carol' },
    required: ['mission_id', 'mission_type', 'final_phase', 'actor'],
    keys: ['mission_id', 'mission_type', 'final_phase', 'actor'],
  },
  {
    cls: MissionCancelledPayload as unknown as PayloadClass,
    eventType: 'MissionCancelled',
    schema: 'mission_cancelled_payload',
    valid: { mission_id: 'M-7', reason: 'budget cut', actor: 'bob', cancelled_wp_ids: ['WP01'] },
    required: ['mission_id', 'reason', 'actor'],
    keys: ['mission_id', 'reason', 'actor', 'cancelled_wp_ids'],
  },
  {
    cls: PhaseEnteredPayload as unknown as PayloadClass,
    eventType: 'PhaseEntered',
    schema: 'phase_entered_payload',
    valid: { mission_id: 'M-7', phase_name: 'implement', previous_phase: 'specify', actor: 'alice' },
    required: ['mission_id', 'phase_name', 'actor'],
    keys: ['mission_id', 'phase_name', 'previous_phase', 'actor'],
  },
  {
    cls: ReviewRollbackPayload as unknown as PayloadClass,
    eventType: 'ReviewRollback',
    schema: 'review_rollback_payload',
    valid: { mission_id: 'M-7', review_ref: 'PR-42', target_phase: 'specify', affected_wp_ids: ['WP01', 'WP02'], actor: 'rev' },
    required: ['mission_id', 'review_ref', 'target_phase', 'actor'],
    keys: ['mission_id', 'review_ref', 'target_phase', 'affected_wp_ids', 'actor'],
  },
];

function violationsOf(cls: PayloadClass, data: unknown): readonly Violation[] {
  try {
    cls.fromDict(data);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).violations;
  }
  throw new Error('expected a validation error');
}

function without(record: Record<string, unknown>, key: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

describe.each(CASES)('$eventType payload (LIFECYCLE.md §3–§4)', (c) => {
  it('is registered for its event type and schema name', () => {
    expect(classForEventType(c.eventType)).toBe(c.cls);
    const entry = entryForSchemaName(c.schema);
    expect(entry?.kind).toBe('model');
    expect(entry?.eventType).toBe(c.eventType);
  });

  it('parses a valid payload; toDict is a plain object with the snake_case keys in declaration order', () => {
    const p = c.cls.fromDict(c.valid);
    const dict = p.toDict();
    expect(Object.getPrototypeOf(dict)).toBe(Object.prototype);
    expect(Object.keys(dict)).toEqual(c.keys);
    for (const key of Object.keys(c.valid)) expect(dict[key]).toEqual(c.valid[key]);
  });

  it('round-trips: fromDict(toDict(p)) equals p', () => {
    const p = c.cls.fromDict(c.valid);
    const again = c.cls.fromDict(p.toDict());
    expect(again).toEqual(p);
    expect(again.toDict()).toEqual(p.toDict());
  });

  it('is frozen, list fields included', () => {
    const p = c.cls.fromDict(c.valid) as unknown as Record<string, unknown>;
    expect(Object.isFrozen(p)).toBe(true);
    expect(() => {
      p['mission_id'] = 'other';
    }).toThrow(TypeError);
    expect(p['mission_id']).toBe('M-7');
    for (const key of c.keys) {
      const value = p[key];
      if (Array.isArray(value)) {
        expect(Object.isFrozen(value)).toBe(true);
        expect(() => (value as unknown[]).push('x')).toThrow(TypeError);
      }
    }
  });

  it('ignores extra keys', () => {
    const p = c.cls.fromDict({ ...c.valid, extra: 1, __proto__x: 'y' });
    expect(Object.keys(p.toDict())).toEqual(c.keys);
    expect(p.toDict()).not.toHaveProperty('extra');
  });

  it.each(c.required.map((k) => [k]))('rejects a missing required field %s with "Field required"', (key) => {
    const violations = violationsOf(c.cls, without(c.valid, key));
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({ type: 'missing', loc: [key], msg: 'Field required' });
  });

  it('reports every missing field at once, in declaration order', () => {
    const violations = violationsOf(c.cls, {});
    expect(violations.map((v) => v.loc)).toEqual(c.required.map((k) => [k]));
    expect(violations.every((v) => v.type === 'missing')).toBe(true);
  });

  it.each(c.required.map((k) => [k]))('rejects "" for %s (min length 1) but keeps whitespace-only values', (key) => {
    const violations = violationsOf(c.cls, { ...c.valid, [key]: '' });
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({ type: 'string_too_short', loc: [key], msg: 'String should have at least 1 character' });
    for (const blank of [' ', '\t']) {
      const p = c.cls.fromDict({ ...c.valid, [key]: blank });
      expect(p.toDict()[key]).toBe(blank);
    }
  });

  it.each(c.required.map((k) => [k]))('rejects non-strings for %s with "Input should be a valid string"', (key) => {
    for (const bad of [5, true, null, ['a'], { a: 1 }]) {
      const violations = violationsOf(c.cls, { ...c.valid, [key]: bad });
      expect(violations).toHaveLength(1);
      expect(violations[0]).toMatchObject({ type: 'string_type', loc: [key], msg: 'Input should be a valid string' });
    }
  });

  it('does not trim or coerce strings', () => {
    const key = c.required[0]!;
    const p = c.cls.fromDict({ ...c.valid, [key]: '  M-7 ' });
    expect(p.toDict()[key]).toBe('  M-7 ');
  });

  it('matches the reference JSON Schema: properties (types, titles, descriptions, defaults) and required', () => {
    const reference = JSON.parse(
      fs.readFileSync(path.join(__dirname, '..', '..', 'reference', 'schemas', `${c.schema}.schema.json`), 'utf8'),
    ) as { properties: unknown; required: unknown; description: string };
    const defs: SchemaDefs = { ref: (name) => ({ $ref: `#/$defs/${name}` }) };
    const ours = modelSchema(c.cls, defs) as { properties: unknown; required: unknown };
    expect(ours.properties).toEqual(reference.properties);
    expect(ours.required).toEqual(reference.required);
    expect(modelDescription(c.cls)).toBe(reference.description);
  });
});

describe.each([
  ['MissionCancelledPayload', 'cancelled_wp_ids', MissionCancelledPayload as unknown as PayloadClass, CASES[2]!.valid],
  ['ReviewRollbackPayload', 'affected_wp_ids', ReviewRollbackPayload as unknown as PayloadClass, CASES[4]!.valid],
] as const)('%s list field %s', (_name, field, cls, valid) => {
  it('defaults to [] when omitted (a fresh frozen array)', () => {
    const p = cls.fromDict(without(valid, field)) as unknown as Record<string, unknown>;
    expect(p[field]).toEqual([]);
    expect(Object.isFrozen(p[field])).toBe(true);
    expect(cls.fromDict(without(valid, field)).toDict()[field]).toEqual([]);
  });

  it('keeps the given list: order, duplicates and empty strings', () => {
    const list = ['WP02', '', 'WP01', 'WP02', ' '];
    const p = cls.fromDict({ ...valid, [field]: list }) as unknown as Record<string, unknown>;
    expect(p[field]).toEqual(list);
  });

  it('rejects an explicit null and a bare string as "Input should be a valid list"', () => {
    for (const bad of [null, 'WP01', 5, { a: 1 }]) {
      const violations = violationsOf(cls, { ...valid, [field]: bad });
      expect(violations).toHaveLength(1);
      expect(violations[0]).toMatchObject({ type: 'list_type', loc: [field], msg: 'Input should be a valid list' });
    }
  });

  it('rejects a non-string item at [field, index]', () => {
    const violations = violationsOf(cls, { ...valid, [field]: ['WP01', 7, 'WP03', null] });
    expect(violations.map((v) => [v.type, v.loc, v.msg])).toEqual([
      ['string_type', [field, 1], 'Input should be a valid string'],
      ['string_type', [field, 3], 'Input should be a valid string'],
    ]);
  });
});

describe('PhaseEnteredPayload.previous_phase (optional, min length 1 when given)', () => {
  const base = { mission_id: 'M-7', phase_name: 'implement', actor: 'alice' };

  it('omitted or explicit null reads as null, and round-trips', () => {
    for (const data of [base, { ...base, previous_phase: null }]) {
      const p = PhaseEnteredPayload.fromDict(data);
      expect(p.previous_phase).toBeNull();
      expect(p.toDict()).toEqual({ ...base, previous_phase: null });
      expect(PhaseEnteredPayload.fromDict(p.toDict())).toEqual(p);
    }
  });

  it('"" is rejected with string_too_short at previous_phase', () => {
    const violations = violationsOf(PhaseEnteredPayload as unknown as PayloadClass, { ...base, previous_phase: '' });
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({
      type: 'string_too_short',
      loc: ['previous_phase'],
      msg: 'String should have at least 1 character',
    });
  });

  it('" " is kept; a number is rejected as a non-string', () => {
    expect(PhaseEnteredPayload.fromDict({ ...base, previous_phase: ' ' }).previous_phase).toBe(' ');
    const violations = violationsOf(PhaseEnteredPayload as unknown as PayloadClass, { ...base, previous_phase: 5 });
    expect(violations[0]).toMatchObject({ type: 'string_type', loc: ['previous_phase'], msg: 'Input should be a valid string' });
  });
});

describe('ReviewRollbackPayload key order', () => {
  it('puts affected_wp_ids before actor', () => {
    const p = ReviewRollbackPayload.fromDict({ actor: 'rev', mission_id: 'M', target_phase: 's', review_ref: 'PR-1' });
    expect(Object.keys(p.toDict())).toEqual(['mission_id', 'review_ref', 'target_phase', 'affected_wp_ids', 'actor']);
  });
});

describe('class-validator / class-transformer (NestJS DTO use)', () => {
  it('validates the same rules through plainToInstance + validate', async () => {
    const { plainToInstance } = await import('class-transformer');
    const { validate } = await import('class-validator');
    const good = plainToInstance(MissionCancelledPayload, { mission_id: 'M-7', reason: 'r', actor: 'bob' });
    expect(await validate(good)).toEqual([]);
    expect(good.cancelled_wp_ids).toEqual([]);
    const bad = plainToInstance(PhaseEnteredPayload, { mission_id: 'M-7', phase_name: 'p', actor: 'a', previous_phase: '' });
    const errors = await validate(bad);
    expect(errors.map((e) => e.property)).toEqual(['previous_phase']);
    const missing = await validate(plainToInstance(ReviewRollbackPayload, { mission_id: 'M-7' }));
    expect(missing.map((e) => e.property).sort()).toEqual(['actor', 'review_ref', 'target_phase']);
  });
});
