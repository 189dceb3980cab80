/** Profile invocation at 6.1.0 (reference `profile_invocation.py`): its public face. */
export {
  PROFILE_INVOCATION_SCHEMA_VERSION,
  PROFILE_INVOCATION_STARTED,
  PROFILE_INVOCATION_COMPLETED,
  PROFILE_INVOCATION_FAILED,
  PROFILE_INVOCATION_EVENT_TYPES,
  PROFILE_INVOCATION_RESERVED_TYPES,
  ProfileInvocationStartedPayload,
} from './payloads';
