/** Migration of 2.1.0 envelopes to 6.1.0 (issue 12): `migrateEnvelope` and its result types. */
export { migrateEnvelope, MIGRATION_SCHEMA_VERSION, DERIVED_BUILD_ID_PREFIX } from './migrate';
export type { MigrateOptions, MigrationResult, MigrationSuccess, MigrationFailure, MigrationStatus } from './migrate';
