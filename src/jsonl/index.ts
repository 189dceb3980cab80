/**
 * Reading event logs: JSON Lines (or one JSON array) from a stream of bytes, with line
 * numbers, byte offsets and per-line errors. See `JsonLinesReader`.
 */
export {
  JsonLinesReader,
  readJsonLines,
  parseJsonLines,
  arrayElementLines,
  DEFAULT_MAX_LINE_BYTES,
  DEFAULT_MAX_DOCUMENT_BYTES,
  type JsonLinesPosition,
  type JsonLinesValue,
  type JsonLinesError,
  type JsonLinesErrorCode,
  type JsonLinesRecord,
  type JsonLinesFormat,
  type JsonLinesStats,
  type JsonLinesProgress,
  type JsonLinesOptions,
  type JsonLinesSource,
} from './reader';
export { findUtf8Error, describeUtf8Error, decodeUtf8, type Utf8Error } from './utf8';
