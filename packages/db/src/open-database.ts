import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../generated/client/index.js';
import { type DatabaseTarget, databaseTarget } from './database-url.ts';

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
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: target.url }) });
    return { prisma, target, close: () => prisma.$disconnect() };
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
