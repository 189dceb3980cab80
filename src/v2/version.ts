/** The contract version the `/v2` entry point mirrors (a module of its own: the CLI reads it without loading the models). */
export const VERSION = '2.1.0';
