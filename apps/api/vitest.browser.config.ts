import { defineConfig } from 'vitest/config';

// Journeys in Debian's chromium against the built apps served by the real API.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
