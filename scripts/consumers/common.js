'use strict';
/** Shared data and checks of the consumer projects (plain CommonJS; copied next to each consumer). */
const FOCUS = { participant_id: 'p-ana', mission_id: 'M042', focus_target: { target_type: 'wp', target_id: 'WP03' } };
/** A 2.1.0 transition (`spec-kitty-events/v2`) and its 6.1.0 twin (the root). */
const TRANSITION = { feature_slug: 'm', wp_id: 'WP01', from_lane: 'planned', to_lane: 'claimed', actor: 'ana', execution_mode: 'worktree' };
const TRANSITION_6 = { mission_slug: 'm', wp_id: 'WP01', from_lane: 'planned', to_lane: 'claimed', actor: 'ana', execution_mode: 'worktree' };

function check(condition, what) {
  if (!condition) throw new Error(`consumer check failed: ${what}`);
}

/** An entry point's status API: fromDict applies model rules and throws the library's error; reducers and VERSION. */
function checkStatus(ske, transition, version) {
  const ok = ske.StatusTransitionPayload.fromDict(transition);
  check(ok.wp_id === 'WP01', 'StatusTransitionPayload.fromDict');
  let error = null;
  try {
    ske.StatusTransitionPayload.fromDict({ ...transition, force: true });
  } catch (e) {
    error = e;
  }
  check(error instanceof ske.ValidationError && /force=True requires a non-empty reason/.test(error.message), 'fromDict applies model rules');
  check(typeof ske.reduceStatusEvents === 'function' && ske.VERSION === version, `reducers and VERSION ${version} exported`);
}

/** The collaboration payloads: fromDict / toDict round trip. */
function checkFocus(ske) {
  const payload = ske.FocusChangedPayload.fromDict(FOCUS);
  check(JSON.stringify(payload.toDict()) === JSON.stringify({ ...FOCUS, previous_focus_target: null }), 'FocusChangedPayload round trip');
}

/** The root (6.1.0) and `/v2` (2.1.0) APIs. */
function checkRoot(root, v2) {
  checkStatus(root, TRANSITION_6, '6.1.0');
  checkStatus(v2, TRANSITION, '2.1.0');
  checkFocus(v2);
}

/** The DTO path with the consumer's own class-transformer and class-validator (peer dependencies). */
function checkDto(root, v2, classTransformer, classValidator) {
  const dto = classTransformer.plainToInstance(v2.FocusChangedPayload, FOCUS);
  check(dto instanceof v2.FocusChangedPayload && dto.focus_target instanceof v2.FocusTarget, 'plainToInstance builds nested models');
  check(classValidator.validateSync(dto).length === 0, 'a valid DTO validates');
  for (const [ske, transition] of [[v2, TRANSITION], [root, TRANSITION_6]]) {
    const forced = classValidator.validateSync(classTransformer.plainToInstance(ske.StatusTransitionPayload, { ...transition, force: true }));
    const messages = forced.flatMap((e) => Object.values(e.constraints || {}));
    check(JSON.stringify(messages) === JSON.stringify(['Value error, force=True requires a non-empty reason']), `DTO path applies model rules (${JSON.stringify(messages)})`);
  }
}

/** `/conformance` (6.1.0) and `/v2/conformance` (2.1.0): both layers, fixtures. */
function checkConformance(conformance, v2Conformance) {
  const ok = conformance.validateEvent(TRANSITION_6, 'WPStatusChanged');
  check(ok.valid === true, `validateEvent (6.1.0) accepts a valid payload (${JSON.stringify(ok)})`);
  const legacy = conformance.validateEvent(TRANSITION, 'WPStatusChanged');
  check(legacy.valid === false, 'validateEvent (6.1.0) rejects the 2.1.0 shape');
  check(conformance.loadFixtures('events').length > 0, 'loadFixtures (6.1.0) finds the shipped fixtures');
  check(conformance.loadReplayStream('wp-review-rejection-cycle-replay').length === 11, 'loadReplayStream (6.1.0) finds the shipped streams');
  const ts = conformance.loadTimestampSemanticsFixture('old_producer_recent_receipt', { expectation: 'valid' });
  check(ts.expectation === 'valid', 'loadTimestampSemanticsFixture finds the shipped documents');
  const focus = v2Conformance.validateEvent(FOCUS, 'FocusChanged');
  check(focus.valid === true, `validateEvent (2.1.0) accepts a valid payload (${JSON.stringify(focus)})`);
  const bad = v2Conformance.validateEvent({ participant_id: '' }, 'FocusChanged');
  check(bad.valid === false && bad.modelViolations.length > 0 && bad.schemaViolations.length > 0, 'validateEvent reports both layers');
  check(v2Conformance.loadFixtures('events').length > 0, 'loadFixtures (2.1.0) finds the shipped fixtures');
  check(v2Conformance.loadScenarios().length > 0, 'loadScenarios (2.1.0) finds the shipped scenarios');
}

module.exports = { FOCUS, TRANSITION, TRANSITION_6, check, checkRoot, checkDto, checkConformance };
