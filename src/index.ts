/**
 * spec-kitty-events: the TypeScript twin of the Python package spec-kitty-events.
 *
 * Transitional: the package root is moving to the 6.1.0 contract (its envelope, status and
 * conformance areas land next); until then it re-exports the 2.1.0 contract, which stays
 * available unchanged at `spec-kitty-events/v2`.
 */
export * from './v2';

// The JSON Lines reader (streaming, BOM, CRLF, line numbers, per-line errors).
export { JsonLinesReader, readJsonLines, parseJsonLines, DEFAULT_MAX_LINE_BYTES, DEFAULT_MAX_DOCUMENT_BYTES, type JsonLinesPosition, type JsonLinesValue, type JsonLinesError, type JsonLinesErrorCode, type JsonLinesRecord, type JsonLinesFormat, type JsonLinesStats, type JsonLinesProgress, type JsonLinesOptions, type JsonLinesSource } from './jsonl';
