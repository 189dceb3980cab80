/**
 * CI gate payloads (STATUS_AND_GATES.md §14): the concrete base and the two registered
 * payloads, which narrow `conclusion` to their literal values. Frozen, unknown keys ignored.
 */
import { EventPayload } from '../../registry/registry';
import { Described, IsHttpUrl, IsLiteral, IsPyString, IsStrictInt, WireModel } from '../../validation';

const NON_EMPTY = { minLength: 1 } as const;
const POSITIVE = { gt: 0 } as const;

/** The `conclusion` values of a passed gate. */
export const GATE_PASSED_CONCLUSIONS = Object.freeze(['success'] as const);
/** The `conclusion` values of a failed gate. */
export const GATE_FAILED_CONCLUSIONS = Object.freeze(['failure', 'timed_out', 'cancelled', 'action_required'] as const);

export type GatePassedConclusion = (typeof GATE_PASSED_CONCLUSIONS)[number];
export type GateFailedConclusion = (typeof GATE_FAILED_CONCLUSIONS)[number];

/** Concrete (the reference allows direct construction) but not registered: no schema, no event type. */
@Described(
  'Base payload for CI gate outcome events.\n\n' +
    'Not intended to be instantiated directly — use GatePassedPayload\n' +
    'or GateFailedPayload for type discrimination.',
)
export class GatePayloadBase extends WireModel {
  @IsPyString(NON_EMPTY, { description: "Name of the CI gate (e.g., 'ci/build', 'ci/lint')" })
  readonly gate_name!: string;

  @IsLiteral(['ci'] as const, { description: "Type of gate. Currently only 'ci' is supported." })
  readonly gate_type!: 'ci';

  @IsPyString(NON_EMPTY, { description: 'Raw conclusion string from the external provider' })
  readonly conclusion!: string;

  @IsLiteral(['github'] as const, { description: "External CI provider. Currently only 'github' is supported." })
  readonly external_provider!: 'github';

  @IsStrictInt(POSITIVE, { description: 'GitHub check run ID' })
  readonly check_run_id!: number;

  /** Stored and emitted as the WHATWG parser's `href`. */
  @IsHttpUrl({ description: 'URL of the GitHub check run' })
  readonly check_run_url!: string;

  @IsPyString(NON_EMPTY, { description: 'Webhook delivery ID used as idempotency key' })
  readonly delivery_id!: string;

  @IsStrictInt(POSITIVE, { nullable: true, description: 'Pull request number, if the gate is associated with a PR' })
  readonly pr_number!: number | null;
}

@EventPayload('GatePassed', 'gate_passed_payload', { contracts: ['2.1.0', '6.1.0'],
  description: "Payload for a CI gate that concluded successfully.\n\nAttached to a generic Event with event_type='GatePassed'.",
})
export class GatePassedPayload extends GatePayloadBase {
  @IsLiteral(GATE_PASSED_CONCLUSIONS, { description: 'Allowed GitHub check_run conclusion for passed gates.' })
  declare readonly conclusion: GatePassedConclusion;
}

@EventPayload('GateFailed', 'gate_failed_payload', { contracts: ['2.1.0', '6.1.0'],
  description:
    'Payload for a CI gate that concluded with a failure condition.\n\n' +
    'Covers conclusions: failure, timed_out, cancelled, action_required.\n' +
    "Attached to a generic Event with event_type='GateFailed'.",
})
export class GateFailedPayload extends GatePayloadBase {
  @IsLiteral(GATE_FAILED_CONCLUSIONS, { description: 'Allowed GitHub check_run conclusions for failed gates.' })
  declare readonly conclusion: GateFailedConclusion;
}
