/**
 * Proxy detection for the fast paths (compiled model parsers): Node's `util.types.isProxy`,
 * reached through `process.getBuiltinModule` (Node >= 20.16) so no module is imported and a
 * browser bundle needs no mapping; null where the platform cannot tell (browsers, older
 * Node), and callers then keep reads that are correct for any object (own-property checks).
 */
type IsProxy = (value: unknown) => boolean;

function lookup(): IsProxy | null {
  try {
    const host = (globalThis as { readonly process?: { readonly getBuiltinModule?: (id: string) => unknown } }).process;
    if (typeof host?.getBuiltinModule !== 'function') return null;
    const util = host.getBuiltinModule('node:util') as { readonly types?: { readonly isProxy?: unknown } } | undefined;
    const isProxy = util?.types?.isProxy;
    return typeof isProxy === 'function' ? (isProxy as IsProxy) : null;
  } catch {
    return null;
  }
}

/** `value` is a Proxy; null when the platform cannot tell. */
export const isProxy: IsProxy | null = lookup();
