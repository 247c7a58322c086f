export * from '../generated/client/index.js';
export type { default as PothosPrismaTypes } from '../generated/pothos-types.ts';
export { getDatamodel } from '../generated/pothos-types.ts';
export { type DatabaseTarget, databaseTarget, defaultPgliteDir } from './database-url.ts';
export { migrationSql } from './migrations.ts';
export { type Database, openDatabase } from './open-database.ts';
