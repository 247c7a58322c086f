// The baseline: each operation's hand-written SQL through `pg` behind a bare node:http handler, in a
// process of its own. No session, no GraphQL, no Prisma: POST /<operation> with the parameters as JSON
// (who is asking included) answers { data } as GraphQL would. Started by operations.ts.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { OPERATIONS } from './operations/index.ts';

// Prisma stores instants as UTC in `timestamp` columns; read and write them the same way.
pg.types.setTypeParser(1114, (s: string) => new Date(`${s.replace(' ', 'T')}Z`));
pg.defaults.parseInputDatesAsUTC = true;

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');
// The same pool size as the API's (its pg.Pool keeps pg's default of 10).
const pool = new pg.Pool({ connectionString: url, max: 10 });
const byName = new Map(OPERATIONS.map((op) => [op.name, op]));

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', async () => {
    const op = byName.get((req.url ?? '').slice(1));
    if (req.method !== 'POST' || !op) {
      res.writeHead(404).end();
      return;
    }
    try {
      const data = await op.raw(pool, JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'));
      const body = JSON.stringify({ data });
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    } catch (error) {
      console.error(`[raw] ${op.name}:`, error);
      res.writeHead(500).end(JSON.stringify({ error: String(error) }));
    }
  });
});
server.listen(0, '127.0.0.1', () => {
  process.send?.({ type: 'ready', port: (server.address() as AddressInfo).port });
});
process.on('message', (m: { id: number; type: string }) => {
  if (m.type === 'cpu') process.send?.({ id: m.id, ...process.cpuUsage() });
});
process.on('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
