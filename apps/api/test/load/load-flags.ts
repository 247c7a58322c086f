/**
 * The switches of the load and fault suites, read once.
 *
 * - They run only on the PostgreSQL server, through `vitest.load.config.ts`, whose global setup
 *   checks the server and sets LOAD_SERVER_URL; anywhere else (a plain `vitest run` of a file) they
 *   are skipped. `npm test` runs that config right after the API suite's PostgreSQL pass.
 * - `LOAD_MINUTES=5` turns the short versions (seconds, part of `npm test`) into long ones.
 * - `FAULTS=1` allows the test that restarts the PostgreSQL server itself: the server is shared with
 *   whatever else runs on the machine, so a normal `npm test` never does that.
 */
const minutes = Number(process.env.LOAD_MINUTES ?? 0);

export const LOAD = {
  onServer: Boolean(process.env.LOAD_SERVER_URL),
  long: minutes > 0,
  durationMs: minutes > 0 ? minutes * 60_000 : Number(process.env.LOAD_SECONDS ?? 20) * 1000,
  /** Multiplies the number of virtual users of each kind (LOAD_USERS=2 doubles them). */
  scale: Number(process.env.LOAD_USERS ?? (minutes > 0 ? 3 : 1)),
  faults: process.env.FAULTS === '1',
} as const;

export const SERVER_ONLY = 'PostgreSQL only: vitest --config vitest.load.config.ts';
