/**
 * `spec-kitty-events/conformance`. Transitional: re-exports the 2.1.0 conformance
 * (`spec-kitty-events/v2/conformance`) until the 6.1.0 conformance lands here.
 */
export * from '../v2/conformance';
