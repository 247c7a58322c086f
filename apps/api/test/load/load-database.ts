import { type Database, migrationSql, openDatabase, type PrismaClient } from '@imh/db';
import { serverTestUrl, withServerDatabase } from '@imh/db/testing';

export type LoadDatabase = { url: string; name: string; prisma: PrismaClient; drop(): Promise<void> };

/**
 * A database of this test file's own on the PostgreSQL server: the API child process and the
 * reconciliation use it and nothing else does, so counts over whole tables are exact. The committed
 * migrations are applied directly, each script in one parameterless call (PostgreSQL's simple
 * protocol runs it whole); the PostgreSQL pass's global setup already proves the real
 * `prisma migrate deploy` path on the same migrations, which costs seconds per database.
 */
export async function loadDatabase(): Promise<LoadDatabase> {
  const database = await withServerDatabase(serverTestUrl());
  const db = await openDatabase({ kind: 'server', url: database.url });
  try {
    for (const sql of migrationSql()) await db.prisma.$executeRawUnsafe(sql);
  } catch (error) {
    await db.close();
    await database.drop();
    throw error;
  }
  return {
    url: database.url,
    name: new URL(database.url).pathname.slice(1),
    prisma: db.prisma,
    async drop() {
      await db.close().catch(() => undefined);
      await database.drop();
    },
  };
}

/**
 * A connection to the server's maintenance database, for what concerns the server rather than the
 * run's database: where its data lives, whether it answers again after a restart.
 */
export async function maintenanceDatabase(): Promise<Database> {
  return openDatabase({ kind: 'server', url: serverTestUrl() });
}

/** True when the server answers a query within the time given. */
export async function serverAnswers(db: Database, timeoutMs = 2000): Promise<boolean> {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref());
  const query = db.prisma.$queryRawUnsafe('SELECT 1').then(
    () => true,
    () => false,
  );
  return Promise.race([query, timeout]);
}
