/** The version of the stored data's shape; bump it with a migration (migrations.ts) when the shape changes. */
export const SCHEMA_VERSION = 2;
