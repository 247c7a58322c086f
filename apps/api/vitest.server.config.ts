import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

// The same API suite against a PostgreSQL server: real connections, real concurrency.
export default mergeConfig(base, defineConfig({ test: { globalSetup: ['test/setup/server-database.ts'] } }));
