/** http(s) URLs parsed by the WHATWG parser, stored as `href` (STATUS_AND_GATES.md §14). */
import { fieldDecorator, type FieldDecoratorOptions } from '../field-decorator';
import { scalarType, type FieldType } from '../field-type';
import { parseHttpUrl } from '../parsers';

export const IS_HTTP_URL = 'isHttpUrl';

export function httpUrlType(): FieldType<string> {
  return scalarType(IS_HTTP_URL, parseHttpUrl, { type: 'string', format: 'uri', minLength: 1 });
}

export function isHttpUrl(value: unknown): boolean {
  return parseHttpUrl(value).ok;
}

export function IsHttpUrl(field: FieldDecoratorOptions<string> = {}): PropertyDecorator {
  return fieldDecorator(httpUrlType(), field);
}
