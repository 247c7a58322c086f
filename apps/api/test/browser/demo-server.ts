import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDatabase } from '@imh/db/testing';
import { createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/env.ts';
import { seedDemoData } from '../../src/seed/demo-data.ts';
import { memoryTransport } from '../helpers/memory-transport.ts';

/** The whole system as `npm start` serves it (built apps, demo data), on a fresh database. */
export async function startDemoServer() {
  const db = await createTestDatabase({ isolated: true });
  await seedDemoData(db.prisma, new Date());
  const mail = memoryTransport();
  // Uploaded documents go to a folder of this run's own, never the developer's .data.
  const dataDir = await mkdtemp(path.join(tmpdir(), 'imh-demo-'));
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir });
  const { app, stop } = await createApp({ prisma: db.prisma, config, mailTransport: mail });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    prisma: db.prisma,
    mail,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stop();
      await db.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
