'use strict';
/** Shared data and checks of the consumer projects (plain CommonJS; copied next to each consumer). */
const FOCUS = { participant_id: 'p-ana', mission_id: 'M042', focus_target: { target_type: 'wp', target_id: 'WP03' } };
const TRANSITION = { feature_slug: 'm', wp_id: 'WP01', from_lane: 'planned', to_lane: 'claimed', actor: 'ana', execution_mode: 'worktree' };

function check(condition, what) {
  if (!condition) throw new Error(`consumer check failed: ${what}`);
}

/** The root API: fromDict / toDict, the library's error, a reducer. */
function checkRoot(ske) {
  const payload = ske.FocusChangedPayload.fromDict(FOCUS);
  check(JSON.stringify(payload.toDict()) === JSON.stringify({ ...FOCUS, previous_focus_target: null }), 'FocusChangedPayload round trip');
  let error = null;
  try {
    ske.StatusTransitionPayload.fromDict({ ...TRANSITION, force: true });
  } catch (e) {
    error = e;
  }
  check(error instanceof ske.ValidationError && /force=True requires a non-empty reason/.test(error.message), 'fromDict applies model rules');
  check(typeof ske.reduceStatusEvents === 'function' && typeof ske.VERSION === 'string', 'reducers and VERSION exported');
}

/** The DTO path with the consumer's own class-transformer and class-validator (peer dependencies). */
function checkDto(ske, classTransformer, classValidator) {
  const dto = classTransformer.plainToInstance(ske.FocusChangedPayload, FOCUS);
  check(dto instanceof ske.FocusChangedPayload && dto.focus_target instanceof ske.FocusTarget, 'plainToInstance builds nested models');
  check(classValidator.validateSync(dto).length === 0, 'a valid DTO validates');
  const forced = classValidator.validateSync(classTransformer.plainToInstance(ske.StatusTransitionPayload, { ...TRANSITION, force: true }));
  const messages = forced.flatMap((e) => Object.values(e.constraints || {}));
  check(JSON.stringify(messages) === JSON.stringify(['Value error, force=True requires a non-empty reason']), `DTO path applies model rules (${JSON.stringify(messages)})`);
}

function checkConformance(conformance) {
  const ok = conformance.validateEvent(FOCUS, 'FocusChanged');
  check(ok.valid === true, `validateEvent accepts a valid payload (${JSON.stringify(ok)})`);
  const bad = conformance.validateEvent({ participant_id: '' }, 'FocusChanged');
  check(bad.valid === false && bad.modelViolations.length > 0 && bad.schemaViolations.length > 0, 'validateEvent reports both layers');
  check(conformance.loadFixtures('events').length > 0, 'loadFixtures finds the shipped fixtures');
}

module.exports = { FOCUS, TRANSITION, check, checkRoot, checkDto, checkConformance };
