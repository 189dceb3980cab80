/**
 * The Python constructor of a model, for classes that expose one (reducer states:
 * `new ReducedGlossaryState()` is the empty state, `new ReducedGlossaryState({...})` validates
 * its argument exactly as `fromDict` does, throwing the library `ValidationError`).
 */
import { defineOwn } from '../conventions';
import { modelFields, type ModelClass, type WireModel } from './model';

/**
 * Fills `instance` (inside its constructor, after `super()`) with the fields of
 * `ctor.fromDict(data)` and freezes it. `ctor` is the class being constructed.
 */
export function initFromDict<M extends WireModel>(instance: M, ctor: ModelClass<M> & { fromDict(data: unknown): M }, data: unknown): void {
  const source = ctor.fromDict(data) as unknown as Record<string, unknown>;
  for (const field of modelFields(ctor)) defineOwn(instance, field.name, source[field.name]);
  Object.freeze(instance);
}
