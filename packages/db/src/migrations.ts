import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const migrationsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../prisma/migrations');

/**
 * The committed migrations' SQL in order. Tests apply it directly to a fresh in-memory database,
 * which takes milliseconds where spawning the Prisma CLI per test file would take seconds; the real
 * `prisma migrate deploy` path is exercised by `npm start` and by the server test setup.
 */
export function migrationSql(): string[] {
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => readFileSync(path.join(migrationsDir, name, 'migration.sql'), 'utf8'));
}
