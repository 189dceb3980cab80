/**
 * spec-kitty-events: the TypeScript twin of the Python package spec-kitty-events 2.1.0.
 * Exactly the 104 root exports of the contract (API.md).
 */
import 'reflect-metadata';

/** The contract version this package mirrors. */
export const VERSION = '2.1.0';

export * from './envelope';
export * from './gates';
export * from './lifecycle';
export * from './status';
export * from './collaboration';
