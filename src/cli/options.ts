/**
 * The option values of the commands, apart from the commands themselves: `run` builds its
 * parser from these without loading the models, schemas and reducers a command needs (each
 * command's module is required when it runs).
 */
import type { Mode } from './reducers';

export { REDUCER_NAMES, type Mode } from './reducers';

/** How a report is printed: for a person, one JSON document, or one JSON object per line. */
export const OUTPUT_FORMATS = ['text', 'json', 'ndjson'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Which contract a line is read under: `auto` (per line, `contractVersionOf`), or one for all. */
export type ContractChoice = 'auto' | '2.1.0' | '6.1.0';
export const CONTRACT_CHOICES: readonly ContractChoice[] = Object.freeze(['auto', '2.1.0', '6.1.0']);

/** A `--reducer` value: a row name of the reducer table, or `all`. */
export type ReducerName = string;
export const MODES: readonly Mode[] = Object.freeze(['strict', 'permissive'] as const);

/** The CLI reads logs from disk (replay/import), so its default is the permissive profile. */
export const DEFAULT_MODE: Mode = 'permissive';
export const DEFAULT_REDUCER: ReducerName = 'all';
