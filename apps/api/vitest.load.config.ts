import { defineConfig } from 'vitest/config';
import { singleGraphql } from './vitest.config.ts';

// The load and fault suites (test/load), on the PostgreSQL server only: PGlite serves one connection
// at a time, so load says nothing there. Each file makes its own database and runs the API in a child
// process; one file at a time, and apart from the rest of the suite, so that neither slows the other
// and the measured latencies mean something. LOAD_MINUTES and FAULTS make them long (README, Tests).
export default defineConfig({
  resolve: singleGraphql,
  test: {
    include: ['test/load/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
    globalSetup: ['test/load/server-check.ts'],
  },
});
