import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type { DatabaseTarget } from './database-url.ts';

/**
 * The driver adapter the Prisma CLI (generate, migrate) runs its WASM schema engine through.
 * Migrations are created against PGlite (its adapter brings an in-memory shadow database) and applied
 * to a server with `migrate deploy`. Both adapters carry a small patch (see patches/): adapter-pg 6.19
 * cannot read Postgres's `name` type, and the PGlite adapter ran scripts without awaiting them.
 */
export async function migrationAdapterFactory(target: DatabaseTarget) {
  if (target.kind === 'server') return new PrismaPg({ connectionString: target.url });
  mkdirSync(target.dataDir, { recursive: true });
  return new PrismaPGlite(new PGlite({ dataDir: target.dataDir }));
}
