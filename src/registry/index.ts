/** Public face of the registry: the decorators and the lookups. */
export * from './registry';
