import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';

type Adapter = Awaited<ReturnType<PrismaPg['connect']>>;
type Transaction = Awaited<ReturnType<Adapter['startTransaction']>>;

/** Waiting longer than this for a connection is an error, never a request that hangs. */
const CONNECT_TIMEOUT_MS = 10_000;

/**
 * The PostgreSQL driver adapter, over a pool that survives the server going away (a restart, a
 * failover, an administrator ending connections) so that the API serves again by itself once the
 * server is back. The load suite's fault tests (apps/api/test/load) found three faults in the
 * defaults of Prisma 6.19 + @prisma/adapter-pg 6.19 + pg-pool, each shown by a server restart:
 *
 * 1. The process crashed on "terminating connection due to administrator command" (57P01). pg-pool
 *    hands a released client to the next waiter without an error listener; the adapter adds its own
 *    only a microtask later, and if the server's termination message is parsed in between (same TCP
 *    read), the client emits an unhandled 'error'. Every client now gets a listener when it connects;
 *    the pool still drops dead clients (it checks them when they are released), and queries still
 *    receive their errors.
 * 2. The pool's own 'error' (an idle client dying) had a listener only while the adapter was open.
 * 3. The API then stopped answering for good: Prisma's transaction manager sends COMMIT or ROLLBACK
 *    and only then tells the adapter to release the connection, so when that statement fails (the
 *    connection is dead) the connection is never returned. Ten such transactions (the pool's size)
 *    and every later request waited forever for a connection. A transaction now releases its
 *    connection when its COMMIT or ROLLBACK fails; and a connection that cannot be had within
 *    CONNECT_TIMEOUT_MS is an error rather than an endless wait.
 *
 * Remove 1–3 when the upstream versions handle them (check with FAULTS=1 in the load suite).
 */
export function serverAdapter(url: string): { adapter: PrismaPg; pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  const lost = (error: Error) => console.warn(`[db] a database connection was lost: ${error.message}`);
  pool.on('error', lost);
  pool.on('connect', (client) => client.on('error', lost));
  const adapter = new PrismaPg(pool);
  const connect = adapter.connect.bind(adapter);
  adapter.connect = async () => {
    const opened = await connect();
    const start = opened.startTransaction.bind(opened);
    opened.startTransaction = async (isolationLevel) => releasingOnFailure(await start(isolationLevel));
    return opened;
  };
  return { adapter, pool };
}

/** The transaction, with its connection released even when COMMIT or ROLLBACK fails (fault 3 above). */
function releasingOnFailure(tx: Transaction): Transaction {
  const execute = tx.executeRaw.bind(tx);
  const commit = tx.commit.bind(tx);
  const rollback = tx.rollback.bind(tx);
  let released = false;
  const release = async (how: () => Promise<void>) => {
    if (released) return;
    released = true;
    await how();
  };
  tx.executeRaw = async (query) => {
    try {
      return await execute(query);
    } catch (error) {
      // The transaction is over either way: PostgreSQL ends it on a failed COMMIT, and a dead
      // connection ends it too. rollback() only returns the connection; the pool discards a dead one.
      if (query.sql === 'COMMIT' || query.sql === 'ROLLBACK') await release(rollback);
      throw error;
    }
  };
  tx.commit = () => release(commit);
  tx.rollback = () => release(rollback);
  return tx;
}
