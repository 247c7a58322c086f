export { databaseTarget, defaultPgliteDir, type DatabaseTarget } from './database-url.ts';
export { openDatabase, type Database } from './open-database.ts';
export { migrationSql } from './migrations.ts';
export * from '../generated/client/index.js';
export type { default as PothosPrismaTypes } from '../generated/pothos-types.ts';
export { getDatamodel } from '../generated/pothos-types.ts';
