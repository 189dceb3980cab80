/**
 * Proxy detection for the fast paths (compiled model parsers): Node's `util.types.isProxy`
 * where it exists, null elsewhere (a browser bundle maps `node:util` to an empty module).
 * Without it, callers keep reads that are correct for any object (own-property checks).
 */
import * as nodeUtil from 'node:util';

type Types = { readonly isProxy?: (value: unknown) => boolean };

const types = (nodeUtil as { readonly types?: Types }).types;

/** `value` is a Proxy, or null when the platform cannot tell. */
export const isProxy: ((value: unknown) => boolean) | null = typeof types?.isProxy === 'function' ? types.isProxy : null;
