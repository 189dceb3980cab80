/** The CLI as a library: `run(argv, io)` and its pieces, for tests and embedding. */
export { run, buildProgram } from './run';
export { processIo, streamWriter, CliUsageError, EXIT_OK, EXIT_INVALID, EXIT_USAGE, type CliIo, type ExitCode, type WriteFn, type StreamWriter } from './io';
export { openInput, readInput, type InputSource } from './input';
export { expandInputs, expandGlob } from './files';
export { jsonChunks } from './json-stream';
export { createProgress, renderProgressLine, PROGRESS_LINE_THRESHOLD } from './progress';
export {
  validateCommand,
  checkRecord,
  renderValidateSummary,
  isValid,
  OUTPUT_FORMATS,
  type OutputFormat,
  type ValidateOptions,
  type ValidateSummary,
  type InvalidEventReport,
  type RecordCheck,
  type TypeCounts,
} from './validate';
export { reduceCommand, loadRoster, DEFAULT_MODE, DEFAULT_REDUCER, type ReduceOptions } from './reduce';
export { renderSummary, summaryLines, type ReducedDicts, type SummaryOptions } from './summary';
