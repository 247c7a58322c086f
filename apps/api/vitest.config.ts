import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**'],
    // argon2 hashing at OWASP cost and a database per file make these real integration tests.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
