/**
 * Schema generation from the registry, the drift check and the schema-file lookups
 * (SCHEMAS_AND_CONFORMANCE.md §1). Internal: not part of the package root exports.
 */
export {
  GENERATION_ORDER,
  SCHEMA_DIALECT,
  SCHEMA_ID_PREFIX,
  generateSchema,
  generateSchemas,
  generateSchemaTexts,
  schemaNamesInGenerationOrder,
  type GeneratedSchema,
} from './generate';
export { serializeSchema } from './serialize';
export { checkSchemas, runSchemasCommand, writeSchemas, USAGE, type SchemaCommandResult } from './drift';
export { SCHEMA_DIR, listSchemas, loadSchema, schemaNameOfFile, schemaPath } from './lookup';
