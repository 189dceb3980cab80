/** Public face of the gates module (API.md rows 23–27). */
export { GatePayloadBase, GatePassedPayload, GateFailedPayload } from './gate-payloads';
export { UnknownConclusionError, mapCheckRunConclusion } from './conclusion';
