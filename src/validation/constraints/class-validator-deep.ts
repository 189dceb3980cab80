/**
 * The one piece of class-validator the decorators need at runtime, loaded from its deep module
 * path: class-validator's index also loads `validator` and `libphonenumber-js` (about 140 ms of
 * a cold `require('spec-kitty-events')`), while `ValidateBy` alone costs a few milliseconds.
 * Safe with an application's own copy of the index: class-validator keeps its metadata storage
 * in a global, so decorators registered here are seen by the application's `validate()`.
 */
import type { ValidateBy as ValidateByFunction } from 'class-validator';

// The deep module ships no declaration file of its own; its type is the index's `ValidateBy`.
const deep = require('class-validator/cjs/decorator/common/ValidateBy') as { ValidateBy: typeof ValidateByFunction };

export const ValidateBy: typeof ValidateByFunction = deep.ValidateBy;
