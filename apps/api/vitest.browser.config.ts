import { defineConfig } from 'vitest/config';
import { singleGraphql } from './vitest.config.ts';

// Journeys in Debian's chromium against the built apps served by the real API.
export default defineConfig({
  resolve: singleGraphql,
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
