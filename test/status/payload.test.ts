/** The 6.1.0 transition payload: actor union and label, unknown keys rejected, evidence rules. */
import { StatusTransitionPayload } from '../../src/status';
import { actorLabel, isActor } from '../../src/status/actor';
import { ForbidExtra, IsPyString, WireModel, forbidsExtra } from '../../src/validation';
import { ValidationError } from '../../src/envelope/errors';
import { EVIDENCE, transition } from './helpers';

describe('StatusTransitionPayload 6.1.0', () => {
  it('accepts string and record actors, and labels them', () => {
    expect(StatusTransitionPayload.fromDict(transition('WP01', null, 'planned')).actor_label).toBe('agent');
    const p = StatusTransitionPayload.fromDict(transition('WP01', null, 'planned', { actor: { tool: 'claude', role: 'reviewer', profile: '' } }));
    expect(p.actor_label).toBe('reviewer');
    expect(p.toDict()['actor']).toEqual({ tool: 'claude', role: 'reviewer', profile: '' });
    expect(Object.keys(p.toDict())).not.toContain('actor_label');
    expect(actorLabel({ a: 1, b: '', c: 'third' })).toBe('third');
    expect(actorLabel({ a: 1 })).toBe('unknown');
    expect(isActor(' ')).toBe(false);
    expect(isActor({})).toBe(false);
    expect(isActor(3)).toBe(false);
  });

  it('reports both union branches for a non-string, non-object actor', () => {
    const r = StatusTransitionPayload.safeFromDict(transition('WP01', null, 'planned', { actor: 5 }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.violations.map((v) => [v.type, v.loc])).toEqual([
        ['string_type', ['actor', 'str']],
        ['dict_type', ['actor', 'dict[str,any]']],
      ]);
    }
  });

  it('rejects unknown keys after the field violations, in input order, naming the key', () => {
    const r = StatusTransitionPayload.safeFromDict({ zz: 1, ...transition('', null, 'planned'), feature_slug: 'old' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.violations.map((v) => [v.type, v.loc.join('.'), v.msg])).toEqual([
        ['string_too_short', 'wp_id', 'String should have at least 1 character'],
        ['extra_forbidden', 'zz', 'Extra inputs are not permitted'],
        ['extra_forbidden', 'feature_slug', 'Extra inputs are not permitted'],
      ]);
    }
    // A `__proto__` key from JSON is an own key, hence an unknown key, and pollutes nothing.
    const polluted = JSON.parse(JSON.stringify(transition('WP01', null, 'planned')).replace('{', '{"__proto__":{"x":1},')) as unknown;
    expect(() => StatusTransitionPayload.fromDict(polluted)).toThrow(/__proto__/);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });

  it('requires evidence for approved and done', () => {
    for (const to of ['approved', 'done']) {
      expect(() => StatusTransitionPayload.fromDict(transition('WP01', 'in_review', to))).toThrow("to_lane in {'approved', 'done'} requires evidence");
      expect(StatusTransitionPayload.fromDict(transition('WP01', 'in_review', to, { evidence: EVIDENCE })).to_lane).toBe(to);
    }
  });

  it('is frozen and round-trips through toDict', () => {
    const p = StatusTransitionPayload.fromDict(transition('WP01', 'doing', 'for_review'));
    expect(Object.isFrozen(p)).toBe(true);
    expect(p.from_lane).toBe('in_progress');
    expect(StatusTransitionPayload.fromDict(p.toDict()).toDict()).toEqual(p.toDict());
    expect(JSON.parse(JSON.stringify(p))).toEqual(p.toDict());
  });
});

describe('ForbidExtra (model option)', () => {
  @ForbidExtra()
  class Strict extends WireModel {
    @IsPyString()
    readonly name!: string;
  }
  class Child extends Strict {}
  class Lenient extends WireModel {
    @IsPyString()
    readonly name!: string;
  }

  it('applies to the class and its subclasses only', () => {
    expect(forbidsExtra(Strict)).toBe(true);
    expect(forbidsExtra(Child)).toBe(true);
    expect(forbidsExtra(Lenient)).toBe(false);
    expect(Lenient.fromDict({ name: 'a', other: 1 }).toDict()).toEqual({ name: 'a' });
    expect(() => Child.fromDict({ name: 'a', other: 1 })).toThrow(ValidationError);
    const r = Strict.safeFromDict({ other: [1] });
    expect(r.ok ? [] : r.violations.map((v) => [v.type, v.loc, v.input])).toEqual([
      ['missing', ['name'], { other: [1] }],
      ['extra_forbidden', ['other'], [1]],
    ]);
  });
});

describe('StatusTransitionPayload 6.1.0 as a class-validator DTO', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { plainToInstance } = require('class-transformer') as typeof import('class-transformer');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { validateSync } = require('class-validator') as typeof import('class-validator');

  it('checks the actor union with the same rules (unknown keys need the pipe option forbidNonWhitelisted)', () => {
    const good = plainToInstance(StatusTransitionPayload, transition('WP01', null, 'doing', { actor: { role: 'r' } }));
    expect(validateSync(good)).toEqual([]);
    const bad = plainToInstance(StatusTransitionPayload, transition('WP01', null, 'planned', { actor: 5 }));
    const errors = validateSync(bad);
    expect(errors.map((e) => [e.property, Object.values(e.constraints ?? {})])).toEqual([['actor', ['actor.str: Input should be a valid string']]]);
  });
});
