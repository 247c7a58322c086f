import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Where the embedded database lives unless DATA_DIR says otherwise: `<repo>/.data/pglite`. */
export const defaultPgliteDir = (): string =>
  process.env.PGLITE_DIR ?? path.join(process.env.DATA_DIR ?? path.join(repoRoot, '.data'), 'pglite');

export type DatabaseTarget = { kind: 'server'; url: string } | { kind: 'embedded'; dataDir: string };

/** `DATABASE_URL=postgres://…` selects a PostgreSQL server; without it the embedded PGlite is used. */
export function databaseTarget(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url && /^postgres(ql)?:\/\//.test(url)) return { kind: 'server', url };
  if (url) throw new Error(`DATABASE_URL must start with postgres:// or postgresql://, got "${url}"`);
  return { kind: 'embedded', dataDir: defaultPgliteDir() };
}
