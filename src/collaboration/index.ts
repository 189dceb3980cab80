/**
 * Collaboration at 6.1.0 (reference `collaboration.py`). So far: the 6.1.0 participant
 * identity with `external_refs`; the payloads and the reducer come with the collaboration
 * family.
 */
export { ParticipantExternalRefs, ParticipantIdentity } from './identity';
