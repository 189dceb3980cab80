/** Public face of the validation layer: field types, constraint decorators, model base. */
export * from './violation';
export * from './field-type';
export * from './model';
export * from './field-decorator';
export * from './constraints';
export * from './frozen-collections';
export { initFromDict } from './validated-init';
export {
  PyDateTime,
  isoText,
  jsonTs,
  parsePyDateTime,
  parseLaxInt,
  parseStrictInt,
  parseLaxBool,
  parseLiteralTrue,
  parseUuid,
  parseHttpUrl,
  HTTP_URL_MAX_LENGTH,
  type HttpUrlOptions,
  parsePyString,
  parseChoice,
} from './parsers';
