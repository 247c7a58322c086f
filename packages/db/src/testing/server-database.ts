import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The PostgreSQL server the test suite uses for its server run. */
export const serverTestUrl = (): string =>
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * Creates a uniquely named database on the server for one test run and returns its URL and a
 * function that drops it. Never touches any other database.
 */
export async function withServerDatabase(
  baseUrl = serverTestUrl(),
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `imh_test_${Date.now()}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(baseUrl, name),
    async drop() {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
