/**
 * The mission-next payload models and `RuntimeActorIdentity` (reference `mission_next.py`
 * §2, §4). Frozen, unknown keys ignored; descriptions are the reference's (its JSON Schemas).
 * `NextStepPlanned` is reserved and has no payload model.
 */
import { EventPayload, SchemaModel } from '../registry';
import { IsNested, IsPyString, IsTupleOf, WireModel, pyStringType } from '../validation';
import { pythonPattern } from '../validation/parsers';
import {
  DECISION_INPUT_ANSWERED,
  DECISION_INPUT_REQUESTED,
  MISSION_RUN_COMPLETED,
  MISSION_RUN_STARTED,
  NEXT_STEP_AUTO_COMPLETED,
  NEXT_STEP_ISSUED,
} from './constants';

const NON_EMPTY = { minLength: 1 } as const;
const V6 = ['6.1.0'] as const;
const ACTOR_TYPE = pythonPattern('^(human|llm|service)$');
const NO_OPTIONS: readonly string[] = Object.freeze([]);

@SchemaModel('runtime_actor_identity', { contracts: [...V6], description: 'Identity of a runtime actor (human, LLM, or service).' })
export class RuntimeActorIdentity extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Unique actor identifier' })
  readonly actor_id!: string;

  @IsPyString({ pattern: ACTOR_TYPE }, { description: 'Actor category' })
  readonly actor_type!: string;

  @IsPyString({}, { default: '', description: 'Human-readable display name' })
  readonly display_name!: string;

  @IsPyString({}, { nullable: true, description: "Provider (e.g., 'anthropic', 'openai')" })
  readonly provider!: string | null;

  @IsPyString({}, { nullable: true, description: "Model identifier (e.g., 'claude-opus-4-6')" })
  readonly model!: string | null;

  @IsPyString({}, { nullable: true, description: 'Tool identifier' })
  readonly tool!: string | null;
}

@EventPayload(MISSION_RUN_STARTED, 'mission_run_started_payload', { contracts: [...V6], description: 'Payload for MissionRunStarted event.' })
export class MissionRunStartedPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Unique run identifier' })
  readonly run_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Mission workflow/template type being executed' })
  readonly mission_type!: string;

  @IsNested(() => RuntimeActorIdentity, { description: 'Actor who started the run' })
  readonly actor!: RuntimeActorIdentity;
}

@EventPayload(NEXT_STEP_ISSUED, 'next_step_issued_payload', { contracts: [...V6], description: 'Payload for NextStepIssued event.' })
export class NextStepIssuedPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Run identifier' })
  readonly run_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Step being issued' })
  readonly step_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Agent handling the step' })
  readonly agent_id!: string;

  @IsNested(() => RuntimeActorIdentity, { description: 'Actor who issued the step' })
  readonly actor!: RuntimeActorIdentity;
}

@EventPayload(NEXT_STEP_AUTO_COMPLETED, 'next_step_auto_completed_payload', { contracts: [...V6], description: 'Payload for NextStepAutoCompleted event.' })
export class NextStepAutoCompletedPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Run identifier' })
  readonly run_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Step that completed' })
  readonly step_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Agent that completed the step' })
  readonly agent_id!: string;

  @IsPyString(NON_EMPTY, { description: "Step result (e.g., 'success', 'failed')" })
  readonly result!: string;

  @IsNested(() => RuntimeActorIdentity, { description: 'Actor context for the completion' })
  readonly actor!: RuntimeActorIdentity;
}

@EventPayload(DECISION_INPUT_REQUESTED, 'decision_input_requested_payload', { contracts: [...V6], description: 'Payload for DecisionInputRequested event.' })
export class DecisionInputRequestedPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Run identifier' })
  readonly run_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Unique decision identifier' })
  readonly decision_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Step requiring the decision' })
  readonly step_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Question posed to the decision maker' })
  readonly question!: string;

  @IsTupleOf(pyStringType(), { default: () => NO_OPTIONS, description: 'Suggested answer options' })
  readonly options!: readonly string[];

  @IsPyString({}, { nullable: true, description: 'Input key for input-keyed decisions' })
  readonly input_key!: string | null;

  @IsNested(() => RuntimeActorIdentity, { description: 'Actor who requested the decision' })
  readonly actor!: RuntimeActorIdentity;
}

@EventPayload(DECISION_INPUT_ANSWERED, 'decision_input_answered_payload', { contracts: [...V6], description: 'Payload for DecisionInputAnswered event.' })
export class DecisionInputAnsweredPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Run identifier' })
  readonly run_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Decision being answered' })
  readonly decision_id!: string;

  @IsPyString(NON_EMPTY, { description: 'The answer provided' })
  readonly answer!: string;

  @IsNested(() => RuntimeActorIdentity, { description: 'Actor who answered the decision' })
  readonly actor!: RuntimeActorIdentity;
}

@EventPayload(MISSION_RUN_COMPLETED, 'mission_run_completed_payload', { contracts: [...V6], description: 'Payload for MissionRunCompleted event.' })
export class MissionRunCompletedPayload extends WireModel {
  @IsPyString(NON_EMPTY, { description: 'Run identifier' })
  readonly run_id!: string;

  @IsPyString(NON_EMPTY, { description: 'Mission workflow/template type that completed' })
  readonly mission_type!: string;

  @IsNested(() => RuntimeActorIdentity, { description: 'Actor context for the completion' })
  readonly actor!: RuntimeActorIdentity;
}
