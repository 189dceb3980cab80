/**
 * Schema generation from the registry, the drift check and the schema-file lookups
 * (SCHEMAS_AND_CONFORMANCE.md §1). Internal: not part of the package root exports.
 */
export {
  GENERATION_ORDER,
  GENERATION_ORDERS,
  SCHEMA_DIALECT,
  SCHEMA_ID_PREFIX,
  generateSchema,
  generateSchemas,
  generateSchemaTexts,
  schemaNamesInGenerationOrder,
  type GeneratedSchema,
} from './generate';
export { serializeSchema } from './serialize';
export { createSchemaAjv, mapSchemaErrors, schemaLayerOptions, schemaValidator, unicodeDigitPattern } from './schema-layer';
export { checkSchemas, packageSchemaTargets, runSchemasCommand, writeSchemas, USAGE, type SchemaCommandResult, type SchemaTarget } from './drift';
export { SCHEMA_DIR, schemaDirFor, listSchemas, loadSchema, schemaNameOfFile, schemaPath } from './lookup';
