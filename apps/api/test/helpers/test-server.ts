import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDatabase } from '@imh/db/testing';
import { createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/env.ts';
import { memoryTransport } from './memory-transport.ts';
import { testClock } from './test-clock.ts';

/**
 * The real HTTP app on an ephemeral port over a fresh migrated database (PGlite in memory, or the
 * run's PostgreSQL database), with a movable clock and a mail transport the test can read.
 */
export async function startTestServer() {
  const db = await createTestDatabase();
  const clock = testClock();
  const mail = memoryTransport();
  // Uploaded documents are written under the data folder: each server gets its own, removed on close.
  const dataDir = await mkdtemp(path.join(tmpdir(), 'imh-api-test-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    PUBLIC_URL: 'http://portal.test',
    DATA_DIR: dataDir,
    TRUST_PROXY: 'true',
  });
  const { app, stop } = await createApp({ prisma: db.prisma, config, mailTransport: mail, now: clock.now });
  const server = app.listen(0, '127.0.0.1');
  // fetch keeps connections open between requests; when a test keeps the process busy for seconds
  // (a simulated year of scheduler runs), the server's default 5 s idle timeout could close one just
  // as the next request is sent on it (ECONNRESET). Idle connections are the client's to close.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    prisma: db.prisma,
    clock,
    mail,
    config,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stop();
      await db.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
export type TestServer = Awaited<ReturnType<typeof startTestServer>>;
