import { openDatabase } from '@imh/db';
import { serverTestUrl } from '@imh/db/testing';
import { buildApi } from '../../build.ts';

/**
 * Global setup of vitest.load.config.ts: the PostgreSQL server (TEST_DATABASE_URL, or the default)
 * must answer; each load file then makes its own database on it. Asked for and absent is a failure,
 * not a skip: `npm test` runs this pass only when the server answers. The suites run the API as
 * production does, built: this builds it from the current source (a second or so).
 */
export default async function setup() {
  await buildApi();
  const url = serverTestUrl();
  const db = await openDatabase({ kind: 'server', url });
  try {
    await db.prisma.$queryRawUnsafe('SELECT 1');
  } catch (error) {
    throw new Error(`the load suites need a PostgreSQL server at ${url}: ${String(error)}`);
  } finally {
    await db.close();
  }
  process.env.LOAD_SERVER_URL = url;
}
