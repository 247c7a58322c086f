import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../generated/client/index.js';
import { type DatabaseTarget, databaseTarget } from './database-url.ts';
import { serverAdapter } from './server-adapter.ts';

export interface Database {
  prisma: PrismaClient;
  target: DatabaseTarget | { kind: 'memory' };
  close(): Promise<void>;
}

/**
 * Opens the database the environment selects: a PostgreSQL server (DATABASE_URL) or the embedded
 * PGlite folder. An already-open PGlite instance may be passed in (tests use in-memory ones).
 */
export async function openDatabase(
  target: DatabaseTarget | { kind: 'memory'; pglite: PGlite } = databaseTarget(),
): Promise<Database> {
  if (target.kind === 'server') {
    // A pool that outlives a server restart (see server-adapter.ts); closed after the client.
    const { adapter, pool } = serverAdapter(target.url);
    // A burst of submissions (each a transaction under row locks) can queue for the pool's ten
    // connections for longer than Prisma's default 2 s wait; the load suite's kill test showed 500s.
    const prisma = new PrismaClient({ adapter, transactionOptions: { maxWait: 10_000, timeout: 15_000 } });
    return {
      prisma,
      target,
      async close() {
        await prisma.$disconnect();
        await pool.end();
      },
    };
  }
  let pglite: PGlite;
  if (target.kind === 'embedded') {
    mkdirSync(target.dataDir, { recursive: true });
    pglite = new PGlite({ dataDir: target.dataDir });
  } else {
    pglite = target.pglite;
  }
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    prisma,
    target: target.kind === 'memory' ? { kind: 'memory' } : target,
    async close() {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}
