/**
 * Reducer output models (COLLABORATION.md §7). None has length constraints: `""` is valid
 * everywhere. `WarningEntry`, `DecisionEntry` and `CommentEntry` are module-level only (not
 * root exports).
 */
import {
  FrozenMap,
  FrozenSet,
  IsLaxInt,
  IsListOf,
  IsMapOf,
  IsPyString,
  IsSetOf,
  IsTupleOf,
  WireModel,
  listOfType,
  nestedType,
  pyDateTimeType,
  pyStringType,
  setOfType,
  type PyDateTime,
} from '../../validation';
import { FocusTarget, ParticipantIdentity } from './identity';

/** Factory defaults: a fresh (immutable) collection per instance, never one shared value. */
const EMPTY_MAP = (): ReadonlyMap<never, never> => new FrozenMap<never, never>();
const EMPTY_SET = (): ReadonlySet<never> => new FrozenSet<never>();
const EMPTY_LIST: readonly never[] = Object.freeze([]);

/** A non-fatal problem met while reducing (§7.1). */
export class CollaborationAnomaly extends WireModel {
  @IsPyString({}, { description: 'Event that caused the anomaly' })
  readonly event_id!: string;

  @IsPyString({}, { description: "That event's type" })
  readonly event_type!: string;

  @IsPyString({}, { description: 'What went wrong' })
  readonly reason!: string;
}

/** One warning of the timeline (§7.2). */
export class WarningEntry extends WireModel {
  @IsPyString({}, { description: 'Warning id' })
  readonly warning_id!: string;

  @IsPyString({}, { description: 'Event that (last) created the warning' })
  readonly event_id!: string;

  @IsPyString({}, { description: 'ConcurrentDriverWarning or PotentialStepCollisionDetected' })
  readonly warning_type!: string;

  @IsTupleOf(pyStringType(), { description: 'Participants named by the warning' })
  readonly participant_ids!: readonly string[];

  @IsMapOf(pyStringType(), { default: EMPTY_MAP, description: 'participant_id -> response' })
  readonly acknowledgements!: ReadonlyMap<string, string>;
}

/** A captured decision (§7.3); the payload's `rationale` is not kept. */
export class DecisionEntry extends WireModel {
  @IsPyString({}, { description: 'Decision id' })
  readonly decision_id!: string;

  @IsPyString({}, { description: 'Event that captured the decision' })
  readonly event_id!: string;

  @IsPyString({}, { description: 'Author' })
  readonly participant_id!: string;

  @IsPyString({}, { description: 'Question decided' })
  readonly topic!: string;

  @IsPyString({}, { description: 'Answer chosen' })
  readonly chosen_option!: string;

  @IsPyString({}, { nullable: true, description: 'Related warning' })
  readonly referenced_warning_id!: string | null;
}

/** A posted comment (§7.4). */
export class CommentEntry extends WireModel {
  @IsPyString({}, { description: 'Comment id' })
  readonly comment_id!: string;

  @IsPyString({}, { description: 'Event that posted the comment' })
  readonly event_id!: string;

  @IsPyString({}, { description: 'Author' })
  readonly participant_id!: string;

  @IsPyString({}, { description: 'Text' })
  readonly content!: string;

  @IsPyString({}, { nullable: true, description: 'Parent comment id' })
  readonly reply_to!: string | null;
}

/** The reduced collaboration state of one mission (§7.5). */
export class ReducedCollaborationState extends WireModel {
  @IsPyString({}, { description: 'Mission id taken from the first event' })
  readonly mission_id!: string;

  @IsMapOf(nestedType(() => ParticipantIdentity), { default: EMPTY_MAP, description: 'Current roster' })
  readonly participants!: ReadonlyMap<string, ParticipantIdentity>;

  @IsMapOf(nestedType(() => ParticipantIdentity), {
    default: EMPTY_MAP,
    description: 'Participants who left and have not re-joined',
  })
  readonly departed_participants!: ReadonlyMap<string, ParticipantIdentity>;

  @IsMapOf(pyDateTimeType(), { default: EMPTY_MAP, description: 'Envelope timestamp of the last heartbeat' })
  readonly presence!: ReadonlyMap<string, PyDateTime>;

  @IsSetOf(pyStringType(), { default: EMPTY_SET, description: 'Participants whose last intent was active' })
  readonly active_drivers!: ReadonlySet<string>;

  @IsMapOf(nestedType(() => FocusTarget), { default: EMPTY_MAP, description: 'Current focus per participant' })
  readonly focus_by_participant!: ReadonlyMap<string, FocusTarget>;

  @IsMapOf(setOfType(pyStringType()), { default: EMPTY_MAP, description: 'Participants per focus key "type:id"' })
  readonly participants_by_focus!: ReadonlyMap<string, ReadonlySet<string>>;

  @IsListOf(nestedType(() => WarningEntry), {}, { default: () => EMPTY_LIST, description: 'Warning timeline' })
  readonly warnings!: readonly WarningEntry[];

  @IsListOf(nestedType(() => DecisionEntry), {}, { default: () => EMPTY_LIST, description: 'Decisions in processing order' })
  readonly decisions!: readonly DecisionEntry[];

  @IsListOf(nestedType(() => CommentEntry), {}, { default: () => EMPTY_LIST, description: 'Comments in processing order' })
  readonly comments!: readonly CommentEntry[];

  @IsMapOf(listOfType(pyStringType()), { default: EMPTY_MAP, description: 'Started, not completed step ids' })
  readonly active_executions!: ReadonlyMap<string, readonly string[]>;

  @IsMapOf(listOfType(pyStringType()), { default: EMPTY_MAP, description: 'Linked session ids per participant' })
  readonly linked_sessions!: ReadonlyMap<string, readonly string[]>;

  @IsListOf(nestedType(() => CollaborationAnomaly), {}, { default: () => EMPTY_LIST, description: 'Non-fatal problems' })
  readonly anomalies!: readonly CollaborationAnomaly[];

  @IsLaxInt({}, { default: 0, description: 'Distinct collaboration events seen' })
  readonly event_count!: number;

  @IsPyString({}, { nullable: true, description: 'Id of the last event in processing order' })
  readonly last_processed_event_id!: string | null;
}
