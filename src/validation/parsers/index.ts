/**
 * Pure, dependency-free scalar parsers reproducing pydantic v2 lax-mode acceptance, coercion
 * and error type/message/ctx (ENVELOPE.md §2, STATUS_AND_GATES.md §5, §6, §14). Each returns a
 * `ParseOutcome` and never throws.
 */

export { PyDateTime, isoText, jsonTs, parsePyDateTime, dateDiagnostic } from './py-datetime';
export { parseLaxInt, parseStrictInt, cleanIntString, type LaxIntBounds, type StrictIntBounds } from './lax-int';
export { parseLaxBool, parseLiteralTrue } from './lax-bool';
export { parseUuid, uuidErrorDetail } from './uuid';
export { HTTP_URL_MAX_LENGTH, parseHttpUrl, urlFailureReason, type HttpUrlOptions } from './http-url';
export { parsePyString, pythonPattern, type PyStringOptions, type PyStringPattern } from './py-string';
export { referencePatternText, referenceRegExp, type ReferenceRegexLayer } from './reference-regex';
export { parseChoice, expectedChoices, type ChoiceKind } from './choice';
export { hasLoneSurrogate, codePointLength, utf8Length } from './text';
export { parseLaxFloat, parseFloatString, type LaxFloatBounds } from './lax-float';
