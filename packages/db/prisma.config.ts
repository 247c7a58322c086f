import { defineConfig } from 'prisma/config';
import { databaseTarget } from './src/database-url.ts';
import { migrationAdapterFactory } from './src/migration-adapter.ts';

const target = databaseTarget();
// The CLI stays on its offline JS engine only if the schema's datasource URL resolves; the adapter
// below is what actually connects, so the embedded case gets a placeholder that is never dialled.
process.env.DATABASE_URL ??= 'postgresql://embedded-pglite/local';

// Prisma 7's CLI downloads a native schema engine, which this offline machine cannot fetch; 6.19 runs
// its bundled WASM schema engine through a JavaScript driver adapter, so every CLI call works offline.
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  adapter: () => migrationAdapterFactory(target),
});
