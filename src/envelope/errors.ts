/**
 * The library's error tree (ENVELOPE.md §1.4). Every class sets `name` to its own class name
 * and keeps `instanceof` working across the tree.
 */
import type { Violation } from '../validation/violation';

export class SpecKittyEventsError extends Error {
  constructor(message?: string) {
    super(message);
    this.name = new.target.name;
    // Keep the prototype chain right when compiled to ES5-like targets or subclassed.
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** Never thrown by the library itself; for storage adapters to signal failures. */
export class StorageError extends SpecKittyEventsError {}

/**
 * Model validation failure (`fromDict`), or a message-only validation failure such as
 * `normalizeLane` or `stateMachineMerge`. `violations` lists every failing field and rule in
 * pydantic's shape; it is empty for the message-only form.
 */
export class ValidationError extends SpecKittyEventsError {
  readonly violations: readonly Violation[];
  /** Name of the model whose validation failed, when there is one. */
  readonly modelName: string | null;

  constructor(message?: string, violations: readonly Violation[] = [], modelName: string | null = null) {
    super(message);
    this.violations = Object.freeze([...violations]);
    this.modelName = modelName;
  }
}

export class CyclicDependencyError extends SpecKittyEventsError {}
