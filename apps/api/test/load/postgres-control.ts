import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import type { Database } from '@imh/db';
import { serverTestUrl } from '@imh/db/testing';

const run = promisify(execFile);

export type PostgresControl =
  | { ok: true; how: string; stop(): Promise<void>; start(): Promise<void> }
  | { ok: false; reason: string };

/**
 * An outage of one database rather than the server: its connections are cut (as a restart cuts them)
 * and new ones refused until `start()`. The API sees what a restart shows it (pooled connections
 * dead, connects failing), while every other database on the shared server carries on.
 */
export function databaseOutage(maintenance: Database, name: string): PostgresControl {
  const sql = (text: string) => maintenance.prisma.$executeRawUnsafe(text).then(() => undefined);
  return {
    ok: true,
    how: `database ${name}: ALLOW_CONNECTIONS false + pg_terminate_backend, then ALLOW_CONNECTIONS true`,
    async stop() {
      await sql(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS false`);
      await maintenance.prisma.$queryRawUnsafe(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
        name,
      );
    },
    start: () => sql(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS true`),
  };
}

/**
 * How to stop and start the PostgreSQL server the tests use, found on this machine, or why it cannot
 * be done. It has to be this machine's server (127.0.0.1/localhost), and we have to be allowed to
 * control it: as root through Debian's `pg_ctlcluster` for the cluster whose data directory the
 * server reports, else through `pg_ctl` as the data directory's owner.
 */
export async function postgresControl(maintenance: Database): Promise<PostgresControl> {
  const { hostname } = new URL(serverTestUrl());
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(hostname)) {
    return { ok: false, reason: `the server at ${hostname} is not on this machine` };
  }
  const [row] = await maintenance.prisma.$queryRawUnsafe<{ data_directory: string }[]>('SHOW data_directory');
  const dataDir = row?.data_directory;
  if (!dataDir) return { ok: false, reason: 'the server did not say where its data directory is' };
  const root = process.getuid?.() === 0;

  if (root && existsSync('/usr/bin/pg_ctlcluster')) {
    const { stdout } = await run('pg_lsclusters', ['--no-header']).catch(() => ({ stdout: '' }));
    const cluster = stdout
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .find((cols) => cols[5] === dataDir);
    if (cluster) {
      const [version, name] = cluster as [string, string];
      const ctl = (action: string, ...extra: string[]) =>
        run('pg_ctlcluster', [version, name, action, ...extra], { timeout: 60_000 }).then(() => undefined);
      return {
        ok: true,
        how: `pg_ctlcluster ${version} ${name} stop -m fast / start`,
        stop: () => ctl('stop', '-m', 'fast'),
        start: () => ctl('start'),
      };
    }
  }

  // Elsewhere: pg_ctl, run as the data directory's owner. `restart` reuses the server's recorded
  // command line (postmaster.opts), so a separate config file is kept; the down time is the restart's.
  const owner = await run('stat', ['-c', '%U', dataDir]).then(
    (r) => r.stdout.trim(),
    () => '',
  );
  const pgCtl = await run('sh', ['-c', 'command -v pg_ctl']).then(
    (r) => r.stdout.trim(),
    () => '',
  );
  if (owner && pgCtl && (root || owner === process.env.USER)) {
    const asOwner = (args: string[]) =>
      (root && owner !== 'root'
        ? run('su', [owner, '-c', [pgCtl, ...args].map((a) => `'${a}'`).join(' ')], { timeout: 60_000 })
        : run(pgCtl, args, { timeout: 60_000 })
      ).then(() => undefined);
    return {
      ok: true,
      how: `pg_ctl -D ${dataDir} restart -m fast (as ${owner})`,
      stop: () => asOwner(['-D', dataDir, '-m', 'fast', '-w', 'restart']),
      start: async () => undefined,
    };
  }
  return {
    ok: false,
    reason: `cannot control the server here (data directory ${dataDir}, owner ${owner || '?'}, pg_ctl ${pgCtl || 'not found'}, running as ${root ? 'root' : process.env.USER})`,
  };
}
