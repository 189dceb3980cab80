/**
 * http(s) URLs parsed by the WHATWG parser, stored as `href` (STATUS_AND_GATES.md §14).
 * No options: pydantic's `AnyHttpUrl` (every http(s) field of both contracts);
 * `{ maxLength: HTTP_URL_MAX_LENGTH }`: pydantic's `HttpUrl` (`url_too_long`, schema `maxLength`).
 */
import { fieldDecorator, type FieldDecoratorOptions } from '../field-decorator';
import { scalarType, type FieldType } from '../field-type';
import { parseHttpUrl, type HttpUrlOptions } from '../parsers';

export const IS_HTTP_URL = 'isHttpUrl';

export function httpUrlType(options: HttpUrlOptions = {}): FieldType<string> {
  const { maxLength } = options;
  return scalarType(IS_HTTP_URL, (input) => parseHttpUrl(input, options), {
    type: 'string',
    format: 'uri',
    ...(maxLength === undefined ? {} : { maxLength }),
    minLength: 1,
  });
}

export function isHttpUrl(value: unknown, options: HttpUrlOptions = {}): boolean {
  return parseHttpUrl(value, options).ok;
}

export function IsHttpUrl(field: FieldDecoratorOptions<string> = {}, options: HttpUrlOptions = {}): PropertyDecorator {
  return fieldDecorator(httpUrlType(options), field);
}
