/**
 * The discriminated-union field type on the class-validator path (NestJS DTOs) and through
 * the payload factories: plainToInstance + validateSync pick the variant by `origin_surface`,
 * transform to its class and report pydantic's locations and messages.
 */
import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import {
  DecisionPointOpenedAdrPayload,
  DecisionPointOpenedInterviewPayload,
  DecisionPointOpenedPayload,
  DecisionPointResolvedInterviewPayload,
  DecisionPointResolvedPayload,
} from '../../src/decisionpoint';
import { ValidationError } from '../../src/envelope/errors';
import { ForbidExtra, IsDiscriminatedUnion, WireModel, isDiscriminatedUnion } from '../../src/validation';

const IDS = { decision_point_id: 'dp-1', mission_id: 'm-1', run_id: 'r-1', mission_slug: 's', mission_type: 'software-dev' };
const ADR = {
  origin_surface: 'adr',
  ...IDS,
  phase: 'P1',
  actor_id: 'a',
  actor_type: 'human',
  authority_role: 'mission_owner',
  mission_owner_authority_flag: true,
  mission_owner_authority_path: '/o',
  rationale: 'r',
  alternatives_considered: ['A'],
  evidence_refs: ['e'],
  state_entered_at: '2026-01-01T00:00:00+00:00',
  recorded_at: '2026-01-01T00:00:01+00:00',
};
const INTERVIEW = {
  origin_surface: 'planning_interview',
  ...IDS,
  phase: 'P1',
  origin_flow: 'plan',
  question: 'Q?',
  options: ['a'],
  input_key: 'k',
  step_id: 's-1',
  actor_id: 'a',
  actor_type: 'llm',
  state_entered_at: '2026-01-01T00:00:00+00:00',
  recorded_at: '2026-01-01T00:00:01+00:00',
};
const VARIANTS = { adr: () => DecisionPointOpenedAdrPayload, planning_interview: () => DecisionPointOpenedInterviewPayload };

@ForbidExtra()
class OpenedEnvelopeDto extends WireModel {
  @IsDiscriminatedUnion('origin_surface', VARIANTS, { tagEnum: 'OriginSurface' })
  readonly payload!: DecisionPointOpenedAdrPayload | DecisionPointOpenedInterviewPayload;
}

const messages = (dto: object) => validateSync(dto).flatMap((e) => Object.values(e.constraints ?? {}));

describe('IsDiscriminatedUnion on the class-validator path', () => {
  it.each([
    ['adr', ADR, DecisionPointOpenedAdrPayload],
    ['planning_interview', INTERVIEW, DecisionPointOpenedInterviewPayload],
  ] as const)('%s: plainToInstance transforms to the variant class and validates', (_tag, payload, cls) => {
    const dto = plainToInstance(OpenedEnvelopeDto, { payload });
    expect(validateSync(dto)).toEqual([]);
    expect(dto.payload).toBeInstanceOf(cls);
    expect((dto.payload as WireModel).toDict()).toEqual(DecisionPointOpenedPayload.fromDict(payload).toDict());
    const direct = plainToInstance(cls as unknown as new () => object, { ...payload });
    expect(validateSync(direct)).toEqual([]);
  });

  it('reports a wrong tag, a missing tag and a variant error with pydantic locations', () => {
    expect(messages(plainToInstance(OpenedEnvelopeDto, { payload: { ...ADR, origin_surface: 'bogus' } }))).toEqual([
      "payload: Input tag 'bogus' found using 'origin_surface' does not match any of the expected tags: <OriginSurface.ADR: 'adr'>, <OriginSurface.PLANNING_INTERVIEW: 'planning_interview'>",
    ]);
    const { origin_surface: _dropped, ...untagged } = ADR;
    expect(messages(plainToInstance(OpenedEnvelopeDto, { payload: untagged }))).toEqual(["payload: Unable to extract tag using discriminator 'origin_surface'"]);
    expect(messages(plainToInstance(OpenedEnvelopeDto, { payload: { ...INTERVIEW, question: '' } }))).toEqual([
      'payload.planning_interview.question: String should have at least 1 character',
    ]);
    expect(isDiscriminatedUnion(ADR, 'origin_surface', VARIANTS)).toBe(true);
    expect(isDiscriminatedUnion(5, 'origin_surface', VARIANTS)).toBe(false);
  });
});

describe('the payload factories', () => {
  it('choose the variant, default origin_surface to adr, and report pydantic violations', () => {
    expect(DecisionPointOpenedPayload.fromDict(INTERVIEW)).toBeInstanceOf(DecisionPointOpenedInterviewPayload);
    const { origin_surface: _dropped, ...untagged } = ADR;
    const adr = DecisionPointOpenedPayload.fromDict(untagged);
    expect(adr).toBeInstanceOf(DecisionPointOpenedAdrPayload);
    expect(adr.origin_surface).toBe('adr');
    expect(Object.isFrozen(adr)).toBe(true);
    const bad = DecisionPointOpenedPayload.safeFromDict({ ...ADR, origin_surface: 'bogus' });
    expect(bad.ok ? [] : bad.violations.map((v) => [v.type, v.loc])).toEqual([['union_tag_invalid', []]]);
    const wrongShape = DecisionPointOpenedPayload.safeFromDict([]);
    expect(wrongShape.ok ? [] : wrongShape.violations.map((v) => v.type)).toEqual(['model_attributes_type']);
    expect(() => DecisionPointResolvedPayload.fromDict({ origin_surface: 'planning_interview' })).toThrow(ValidationError);
    const resolved = DecisionPointResolvedPayload.safeFromDict({ ...IDS, origin_surface: 'planning_interview', terminal_outcome: 'deferred', resolved_by: 'o', rationale: 'later', state_entered_at: ADR.state_entered_at, recorded_at: ADR.recorded_at });
    expect(resolved.ok && resolved.value instanceof DecisionPointResolvedInterviewPayload).toBe(true);
    expect(typeof DecisionPointOpenedPayload).toBe('object');
  });
});
