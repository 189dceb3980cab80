/** The CLI as a library: `run(argv, io)` and its pieces, for tests and embedding. */
export { run, buildProgram } from './run';
export { processIo, CliUsageError, EXIT_OK, EXIT_INVALID, EXIT_USAGE, type CliIo, type ExitCode } from './io';
export { openInput, readRecords, arrayElementLines, type InputRecord, type ReadSummary } from './input';
export { createProgress, renderProgressLine, PROGRESS_LINE_THRESHOLD } from './progress';
export { validateCommand, checkRecord, renderValidateSummary, type ValidateSummary, type InvalidEventReport } from './validate';
export { reduceCommand, loadRoster, DEFAULT_MODE, DEFAULT_REDUCER } from './reduce';
export { renderSummary, type ReducedDicts } from './summary';
