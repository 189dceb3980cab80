/**
 * Shared helpers and rules of CONVENTIONS.md, defined once here and used by every module
 * (envelope, status, lifecycle, collaboration, conformance). Internal: not re-exported
 * from the package root.
 */
export {
  codePointLength,
  compareCodePoints,
  dumpedDictKey,
  firstCodePoints,
  hasLoneSurrogate,
  hasSurrogateUnit,
} from './code-points';
export { pyTypeName } from './py-type-name';
export { isPrintable, pyRepr, pyReprNumber, pyReprString, pyStr } from './py-repr';
export {
  INT_TRIM_CHARS,
  PY_STRIP_CHARS,
  intTrim,
  intTrimSet,
  isBlank,
  isIntTrimUnit,
  isPyStripUnit,
  pyStrip,
  pyStripSet,
} from './whitespace';
export {
  defineOwn,
  describeThrown,
  getOwn,
  hasOwn,
  isAbsent,
  isPlainObject,
  jsonCopy,
  JsonDepthError,
  safeFromEntries,
  type JsonCopyOptions,
} from './own-keys';
export { arrayElements, JSON_DUMP_MAX_DEPTH, nestingDepth, REPR_MAX_DEPTH, withoutHoles } from './json-walk';
export {
  compareKeyParts,
  compareTuple,
  descending,
  sortBy,
  sortedWith,
  type SortKey,
  type SortKeyPart,
} from './stable-sort';
export * from './frozen-collections';
export * from './string-set';
