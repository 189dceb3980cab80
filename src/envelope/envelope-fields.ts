/**
 * Field declarations the 2.1.0 and 6.1.0 `Event` envelopes share word for word (same rule,
 * same description): each is a property decorator, so both classes declare their fields in
 * their own order (`build_id` sits in the middle of the 6.1.0 envelope) from one definition.
 */
import { canonicalEventType } from '../registry/registry';
import {
  canonicalStringType,
  fieldDecorator,
  IsJsonObject,
  IsLaxInt,
  IsPyString,
  IsPyUuid,
  pyStringType,
} from '../validation';
import { pythonPattern } from '../validation/parsers';

/** `^\d+\.\d+\.\d+$` with `\d` read as the reference's model layer reads it (its digit set, pinned). */
const SEMVER = pythonPattern('^\\d+\\.\\d+\\.\\d+$');

export const envelopeFields = Object.freeze({
  /** A registered type name parses to the registry's own string (`canonicalEventType`). */
  eventType: (): PropertyDecorator =>
    // Bound late: the registry module may still be loading when the envelope classes are declared.
    fieldDecorator(canonicalStringType(pyStringType({ minLength: 1 }), (name) => canonicalEventType(name)), {
      description: "Event type identifier (e.g., 'WPStatusChanged', 'TagAdded')",
    }),
  aggregateId: (): PropertyDecorator =>
    IsPyString({ minLength: 1 }, { description: 'Identifier of the entity this event modifies' }),
  payload: (): PropertyDecorator =>
    IsJsonObject({ default: () => ({}), description: 'Event-specific data (opaque to library)' }),
  lamportClock: (): PropertyDecorator =>
    IsLaxInt({ ge: 0 }, { description: 'Lamport logical clock value (monotonically increasing)' }),
  projectUuid: (): PropertyDecorator => IsPyUuid({ description: 'UUID of the project this event belongs to' }),
  projectSlug: (): PropertyDecorator =>
    IsPyString({}, { nullable: true, description: 'Human-readable project identifier (optional)' }),
  /** The envelope's semver; the default is the contract's (`1.0.0` in 2.1.0, `3.0.0` in 6.1.0). */
  schemaVersion: (defaultVersion: string): PropertyDecorator =>
    IsPyString({ pattern: SEMVER }, { default: defaultVersion, description: 'Envelope schema version (semver)' }),
  dataTier: (): PropertyDecorator =>
    IsLaxInt({ ge: 0, le: 4 }, { default: 0, description: 'Progressive data sharing tier (0=local, 4=telemetry)' }),
});
