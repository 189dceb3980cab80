/**
 * Public face of the 6.1.0 build lifecycle area (API-6.1.0.md rows 370–374). Build identity
 * (`build_id`, `node_id`) is on the envelope; these payloads carry repo enrichment only.
 */
export { BUILD_REGISTERED, BUILD_HEARTBEAT, BUILD_LIFECYCLE_EVENT_TYPES, BuildRegisteredPayload, BuildHeartbeatPayload } from './payloads';
