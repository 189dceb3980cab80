/**
 * Public face of the 6.1.0 gates area (API-6.1.0.md rows 37–41). The 6.1.0 gate payloads are
 * the 2.1.0 classes (identical schema files and rules; registered in both contracts), and
 * `mapCheckRunConclusion` behaves identically: 6.1.0 rewrote the ignored-conclusion test
 * (`event_type is None` instead of membership in a separate set), which selects the same
 * three conclusions (neutral, skipped, stale).
 */
export { GatePayloadBase, GatePassedPayload, GateFailedPayload } from '../v2/gates/gate-payloads';
export { UnknownConclusionError, mapCheckRunConclusion } from '../v2/gates/conclusion';
