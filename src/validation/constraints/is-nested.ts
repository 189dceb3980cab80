/**
 * Nested models and lists: `$ref` into `$defs`, violations located under the parent field. On
 * the class-validator path these fields report every violation (`reportAll`), as `fromDict`.
 */
import { fieldDecorator, type FieldDecoratorOptions } from '../field-decorator';
import { INVALID, listType, type FieldType, type ListOptions } from '../field-type';
import { fastParseModel, modelDefinition, modelNameOf, modelToDict, parseModel, type ModelClass } from '../model';

export const IS_NESTED = 'isNested';
export const IS_LIST_OF = 'isListOf';

/** A nested model field; `classRef` is a thunk so classes may be declared in any order. */
export function nestedType<M extends object>(classRef: () => ModelClass<M>): FieldType<M> {
  return {
    name: IS_NESTED,
    parse: (input, loc, out) => parseModel(classRef(), input, loc, out),
    // The nested model's own fast path only: on doubt the parent falls back to its generic path.
    fast: (input) => fastParseModel(classRef(), input),
    toJson: (value) => modelToDict(value),
    schema: (defs) => {
      const ctor = classRef();
      return defs.ref(modelNameOf(ctor), () => modelDefinition(ctor, defs));
    },
  };
}

export function isNested(value: unknown, classRef: () => ModelClass<object>): boolean {
  return parseModel(classRef(), value, [], []) !== INVALID;
}

export function IsNested<M extends object>(classRef: () => ModelClass<M>, field: FieldDecoratorOptions<M> = {}): PropertyDecorator {
  return fieldDecorator(nestedType(classRef), { reportAll: true, ...field });
}

export function listOfType<T>(item: FieldType<T>, options: ListOptions = {}): FieldType<readonly T[]> {
  return { ...listType(item, options), name: IS_LIST_OF };
}

export function isListOf(value: unknown, item: FieldType<unknown>, options: ListOptions = {}): boolean {
  return listType(item, options).parse(value, [], []) !== INVALID;
}

export function IsListOf<T>(item: FieldType<T>, options: ListOptions = {}, field: FieldDecoratorOptions<readonly T[]> = {}): PropertyDecorator {
  return fieldDecorator(listOfType(item, options), { reportAll: true, ...field });
}
