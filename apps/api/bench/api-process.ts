// The real API (createApp over the PostgreSQL server of DATABASE_URL) in a process of its own, so its
// memory is measured alone; operations.ts bundles it with build.ts and runs it with plain node, as
// production runs dist/main.mjs. Unlike src/main.ts it starts no outbox worker, reminders or renewal
// scheduler: their periodic work over the population would load the database during the runs.
// Over IPC it answers: `memory` (process.memoryUsage), `cpu` (process.cpuUsage), `gc`, and `count-start` / `count-stop` (the SQL
// statements sent to PostgreSQL in between, counted at the driver, pg.Client#query).
import { mkdtemp } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '@imh/db';
import pg from 'pg';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/env.ts';
import { createTransport } from '../src/mail/transport.ts';

let counting = false;
let statements: string[] = [];
const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
pg.Client.prototype.query = function countedQuery(this: pg.Client, ...args: unknown[]) {
  if (counting) {
    const first = args[0] as string | { text?: string };
    statements.push(typeof first === 'string' ? first : (first?.text ?? '?'));
  }
  return query.apply(this, args);
} as typeof pg.Client.prototype.query;

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');
const dataDir = await mkdtemp(path.join(tmpdir(), 'imh-bench-api-'));
const config = loadConfig({ ...process.env, DATA_DIR: dataDir, PUBLIC_URL: 'http://bench.test', PORT: '0' });
const db = await openDatabase({ kind: 'server', url });
const { app, stop } = await createApp({
  prisma: db.prisma,
  config,
  mailTransport: createTransport(config.mail),
});
const server = app.listen(0, '127.0.0.1', () => {
  process.send?.({ type: 'ready', port: (server.address() as AddressInfo).port });
});

process.on('message', (m: { id: number; type: string }) => {
  const reply = (body: Record<string, unknown>) => process.send?.({ id: m.id, ...body });
  if (m.type === 'memory') reply({ ...process.memoryUsage() });
  else if (m.type === 'cpu') reply({ ...process.cpuUsage() });
  else if (m.type === 'gc') {
    (globalThis as { gc?: () => void }).gc?.();
    reply({ ...process.memoryUsage() });
  } else if (m.type === 'count-start') {
    statements = [];
    counting = true;
    reply({});
  } else if (m.type === 'count-stop') {
    counting = false;
    reply({ count: statements.length, statements });
  }
});

process.on('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void stop()
    .then(() => db.close())
    .then(() => process.exit(0));
});
