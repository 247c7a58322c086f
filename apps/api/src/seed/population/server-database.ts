import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '@imh/db';

const dbPackage = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../packages/db');

/** The URL of database `name` on the server of `url`. */
export function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Creates database `name` on the server of `serverUrl` and returns its URL. */
export async function createServerDatabase(serverUrl: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name))
    throw new Error(`Database names here are lower-case letters, digits and _, got "${name}"`);
  const admin = await openDatabase({ kind: 'server', url: serverUrl });
  try {
    // CREATE DATABASE cannot run in a transaction; a raw statement outside one is what Prisma sends.
    await admin.prisma.$executeRawUnsafe(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.close();
  }
  return withDatabaseName(serverUrl, name);
}

/**
 * Applies the committed migrations with `prisma migrate deploy`, the path production and the
 * PostgreSQL test run take (apps/api/test/setup/server-database.ts), so the database records them
 * and a later `migrate deploy` by `npm start` finds nothing left to do.
 */
export function migrateServerDatabase(url: string): void {
  execFileSync(path.join(dbPackage, 'node_modules/.bin/prisma'), ['migrate', 'deploy'], {
    cwd: dbPackage,
    env: { ...process.env, DATABASE_URL: url, PRISMA_CLI_QUERY_ENGINE_TYPE: 'client' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
