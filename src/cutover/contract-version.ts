/**
 * Which contract an envelope was written under, read from its `schema_version` as the
 * cutover rules read it (API-6.1.0.md).
 */
import { getOwn, isPlainObject } from '../conventions';
import { CUTOVER_ARTIFACT } from './artifact';
import { signalMajor } from './signal';

/** The two contract versions this package speaks. */
export type EnvelopeContractVersion = '2.1.0' | '6.1.0';

const CUTOVER_MAJOR = BigInt(CUTOVER_ARTIFACT.accepted_major);

/**
 * `'6.1.0'` when the envelope's `schema_version` is a string whose major (the text before the
 * first `.`, read as the cutover rules read it: Python `isdigit()` + `int()`, so `"3.0.0"`,
 * `"3"`, `"4.1.0"`, `"03.0.0"` all count) is 3 or more; `'2.1.0'` otherwise. "Otherwise"
 * includes, by decision: no envelope object at all, `schema_version` missing or null, a
 * non-string `schema_version` (e.g. the number 3), and a string whose major is not a number
 * (`"v3.0.0"`, `""`, `"².0.0"`). Such values fail both contracts' validation anyway; 2.1.0 is
 * the era that predates the signal, and the choice only decides which contract reports the
 * error. Never throws.
 */
export function contractVersionOf(envelope: unknown): EnvelopeContractVersion {
  if (!isPlainObject(envelope)) return '2.1.0';
  const signal = getOwn(envelope, CUTOVER_ARTIFACT.signal_field_name);
  if (typeof signal !== 'string') return '2.1.0';
  const major = signalMajor(signal);
  return major.ok && major.major >= CUTOVER_MAJOR ? '6.1.0' : '2.1.0';
}
