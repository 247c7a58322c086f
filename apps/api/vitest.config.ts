import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// Node gives the libraries (Apollo, Pothos) graphql's CommonJS build; Vite would give our own source
// its ESM build, and two copies break graphql's instanceof checks. One copy, as in production.
export const singleGraphql = { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] };

export default defineConfig({
  resolve: singleGraphql,
  test: {
    include: ['test/**/*.test.ts'],
    // Browser journeys and the load suites have configs of their own (vitest.browser/load.config.ts).
    exclude: ['test/browser/**', 'test/load/**'],
    // argon2 hashing at OWASP cost and a database per file make these real integration tests.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
