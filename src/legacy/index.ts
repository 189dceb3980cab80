/**
 * Public face of the `legacy_envelope_v1` contract (API-6.1.0.md rows 375–381). The root also
 * exports `legacy`, a frozen namespace object holding this module's public names (the
 * reference's `spec_kitty_events.legacy` module re-export).
 */
import {
  LEGACY_ENVELOPE_CONTRACT_NAME,
  RECOGNIZED_LEGACY_SHAPES,
  NormalizedEnvelope,
  UnnormalizableLegacyDiagnostic,
  LegacyEnvelopeNormalizer,
  NormalizationResult,
} from './normalizer';

export { LEGACY_ENVELOPE_CONTRACT_NAME, RECOGNIZED_LEGACY_SHAPES, NormalizedEnvelope, UnnormalizableLegacyDiagnostic, NormalizationResult, LegacyEnvelopeNormalizer };

/** The reference's `spec_kitty_events.legacy` module: its public names, frozen. */
export const legacy = Object.freeze({
  LEGACY_ENVELOPE_CONTRACT_NAME,
  RECOGNIZED_LEGACY_SHAPES,
  NormalizedEnvelope,
  UnnormalizableLegacyDiagnostic,
  NormalizationResult,
  LegacyEnvelopeNormalizer,
});
