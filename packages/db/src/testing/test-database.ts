import { PGlite } from '@electric-sql/pglite';
import { migrationSql } from '../migrations.ts';
import { type Database, openDatabase } from '../open-database.ts';

export type TestDatabase = Database;

/**
 * A migrated database for one test file: on the PostgreSQL server when TEST_SERVER_DATABASE_URL is
 * set (the run's own database, created by the global setup), otherwise a fresh in-memory PGlite.
 * Tests isolate themselves by creating their own association (tenant), so they never need clean-up.
 * `isolated` always gives a fresh in-memory database: for data under fixed ids, such as the demo data.
 */
export async function createTestDatabase(opts: { isolated?: boolean } = {}): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_SERVER_DATABASE_URL;
  if (serverUrl && !opts.isolated) return openDatabase({ kind: 'server', url: serverUrl });
  const pglite = new PGlite();
  for (const sql of migrationSql()) await pglite.exec(sql);
  return openDatabase({ kind: 'memory', pglite });
}
