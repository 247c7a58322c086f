import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withServerDatabase } from '@imh/db/testing';

const dbPackage = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../packages/db');

/**
 * Global setup for the PostgreSQL run: a database of this run's own, migrated with the real
 * `prisma migrate deploy` (the path production takes), dropped when the run ends.
 */
export default async function setup() {
  const database = await withServerDatabase(process.env.TEST_DATABASE_URL);
  execFileSync('pnpm', ['exec', 'prisma', 'migrate', 'deploy'], {
    cwd: dbPackage,
    env: { ...process.env, DATABASE_URL: database.url, PRISMA_CLI_QUERY_ENGINE_TYPE: 'client' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  process.env.TEST_SERVER_DATABASE_URL = database.url;
  console.log(`[server tests] using ${new URL(database.url).pathname.slice(1)}`);
  return () => database.drop();
}
