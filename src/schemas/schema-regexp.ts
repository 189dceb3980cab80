/**
 * The schema layer's RegExp engine: a schema pattern read as the reference's schema layer
 * reads it (CPython 3.11 `re` through jsonschema; `\d`/`\D` pinned to its digit set, see
 * src/validation/parsers/reference-regex.ts). Its own module because the ajv standalone code
 * compiled at build time (src/generated/schema-validator-*.ts) requires it by path.
 */
import type { RegExpEngine } from 'ajv/dist/types';
import { referencePatternText } from '../validation/parsers/reference-regex';

/**
 * A schema pattern as the reference's schema layer reads it: `\d`/`\D` pinned to that engine's
 * digit set (Unicode 14, generated from the reference; issue 9 item 20). Other escapes are
 * copied; `\w \s \b` (and their negations) are refused with a `RangeError`, as their reading
 * differs between the engines.
 */
export function unicodeDigitPattern(pattern: string): string {
  return referencePatternText(pattern, 'schema');
}

/** The ajv `code.regExp` engine of the schema layer (always Unicode mode). */
export const unicodeDigitRegExp: RegExpEngine = Object.assign(
  (pattern: string, flags: string) => new RegExp(unicodeDigitPattern(pattern), flags.includes('u') ? flags : flags + 'u'),
  { code: 'require("../schemas/schema-regexp").unicodeDigitRegExp' },
);
