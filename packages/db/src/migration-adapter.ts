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
  unrefPgliteTimers();
  return new PrismaPGlite(new PGlite({ dataDir: target.dataDir }));
}

/**
 * PGlite's Postgres re-arms a 10-second timer for as long as the instance is open, and the Prisma
 * CLI never disposes its adapter: it waits for the event loop to empty, so with an existing data
 * folder `migrate deploy` and `migrate status` would hang after their work is done. In the CLI's
 * process only (this module is loaded by prisma.config.ts), timers created by PGlite are unref'd:
 * they still fire, but no longer keep the process alive. Other timers are left alone.
 */
function unrefPgliteTimers(): void {
  const original = globalThis.setTimeout;
  if ((original as { pgliteUnref?: boolean }).pgliteUnref) return;
  const wrapped = ((...args: Parameters<typeof setTimeout>) => {
    const timer = original(...args);
    if (new Error().stack?.includes('@electric-sql/pglite')) timer.unref();
    return timer;
  }) as typeof setTimeout;
  Object.assign(wrapped, original, { pgliteUnref: true });
  globalThis.setTimeout = wrapped;
}
