/** Retrospective event type names (reference `retrospective.py` §1, §2): legacy CamelCase and dotted runtime names. */
import { frozenSet } from '../conventions';

export const RETROSPECTIVE_SCHEMA_VERSION = '4.1.0';

export const RETROSPECTIVE_COMPLETED = 'RetrospectiveCompleted';
export const RETROSPECTIVE_SKIPPED = 'RetrospectiveSkipped';

export const RETROSPECTIVE_REQUESTED_EVENT = 'retrospective.requested';
export const RETROSPECTIVE_STARTED_EVENT = 'retrospective.started';
export const RETROSPECTIVE_COMPLETED_EVENT = 'retrospective.completed';
export const RETROSPECTIVE_SKIPPED_EVENT = 'retrospective.skipped';
export const RETROSPECTIVE_FAILED_EVENT = 'retrospective.failed';
export const RETROSPECTIVE_PROPOSAL_GENERATED_EVENT = 'retrospective.proposal.generated';
export const RETROSPECTIVE_PROPOSAL_APPLIED_EVENT = 'retrospective.proposal.applied';
export const RETROSPECTIVE_PROPOSAL_REJECTED_EVENT = 'retrospective.proposal.rejected';

/** The 8 dotted runtime event names; immutable at run time. */
export const RETROSPECTIVE_EVENT_NAMES: ReadonlySet<string> = frozenSet<string>([
  RETROSPECTIVE_REQUESTED_EVENT,
  RETROSPECTIVE_STARTED_EVENT,
  RETROSPECTIVE_COMPLETED_EVENT,
  RETROSPECTIVE_SKIPPED_EVENT,
  RETROSPECTIVE_FAILED_EVENT,
  RETROSPECTIVE_PROPOSAL_GENERATED_EVENT,
  RETROSPECTIVE_PROPOSAL_APPLIED_EVENT,
  RETROSPECTIVE_PROPOSAL_REJECTED_EVENT,
]);

/** The 10 retrospective event types (2 legacy + the 8 dotted names); immutable at run time. */
export const RETROSPECTIVE_EVENT_TYPES: ReadonlySet<string> = frozenSet<string>([RETROSPECTIVE_COMPLETED, RETROSPECTIVE_SKIPPED, ...RETROSPECTIVE_EVENT_NAMES]);
