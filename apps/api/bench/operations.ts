// The important operations through the real API against hand-written SQL, on a PostgreSQL server:
//   pnpm bench (root, after the statistics bench) · npm run bench:operations (apps/api)
//   npx tsx bench/operations.ts [--scale default|small] [options]
// A fresh database (unique name) is created, migrated and filled with generatePopulation (default
// 200,000 applications; --scale small: 20,000), plus the working set the pages read (working-set.ts).
// The API runs in a child process (api-process.ts), the bare SQL handlers in another (raw-sql-server.ts);
// autocannon loads each from this process. Then statement counts, rules throughput, first-route bundle
// sizes and the API's memory. Writes docs/benchmarks/operations.md and docs/benchmarks/raw/operations-<date>.json.
// Options: --connections 10 --duration 15 --warmup 3 --server postgres://… --keep --reuse <url>
//   --only <name,…> --skip-build (measure the apps' current dist/) --label <name> --no-write
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openDatabase } from '@imh/db';
import { serverTestUrl, withServerDatabase } from '@imh/db/testing';
import { buildApi } from '../build.ts';
import { generatePopulation } from '../src/seed/population/index.ts';
import { scaleAssociation } from '../src/seed/population/scale-association.ts';
import { migrateServerDatabase } from '../src/seed/population/server-database.ts';
import { buildApps, firstRouteSize } from './bundle-size.ts';
import { startChild } from './child.ts';
import { machineInfo } from './machine.ts';
import { memorySampler } from './memory.ts';
import { type OperationsResults, writeOperationsReport } from './operations-report.ts';
import { measureOperations } from './operations-run.ts';
import { rulesThroughput } from './rules-throughput.ts';
import { prepareWorld } from './working-set.ts';

const SCALES = {
  default: { applications: 200_000, endorsements: 100_000, reviewers: 2_000, chapters: 30 },
  small: { applications: 20_000, endorsements: 10_000, reviewers: 200, chapters: 30 },
} as const;

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'default' },
    connections: { type: 'string', default: '10' },
    duration: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    server: { type: 'string' },
    reuse: { type: 'string' },
    keep: { type: 'boolean', default: false },
    only: { type: 'string' },
    'skip-build': { type: 'boolean', default: false },
    label: { type: 'string', default: 'latest' },
    'no-write': { type: 'boolean', default: false },
  },
});
const scaleName = values.scale as keyof typeof SCALES;
const scale = SCALES[scaleName];
if (!scale) throw new Error(`--scale is default or small, got ${values.scale}`);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const log = (line: string) => console.log(`[bench:operations] ${line}`);
const API_BUNDLE = 'dist/bench/api-process.mjs';

const created = values.reuse ? null : await withServerDatabase(values.server ?? serverTestUrl());
const url = values.reuse ?? (created as { url: string }).url;
const dbName = new URL(url).pathname.slice(1);
const stops: (() => Promise<void>)[] = [];
const db = await openDatabase({ kind: 'server', url });
try {
  if (created) {
    log(`database ${dbName}: applying the migrations`);
    migrateServerDatabase(url);
  }
  const { associationId, chapterIds } = await scaleAssociation(db.prisma, {
    code: 'BENCH-OPS',
    name: 'Operations Benchmark Association',
    chapters: scale.chapters,
  });
  const chapterId = chapterIds[0] as string;
  let generation: { ms: number; rows: Record<string, number> } | null = null;
  if (created) {
    log(`generating ${scaleName}: ${JSON.stringify(scale)}`);
    generation = await generatePopulation(db.prisma, {
      associationId,
      chapterIds,
      applications: scale.applications,
      endorsements: scale.endorsements,
      reviewers: scale.reviewers,
      seed: Number(values.seed),
      today: new Date(),
      idPrefix: 'o',
      onProgress: ({ label, ms }) => log(`  ${label} ${(ms / 1000).toFixed(1)} s`),
    });
    log(`generated in ${(generation.ms / 1000).toFixed(1)} s`);
  }
  const t0 = performance.now();
  const { world, assignments } = await prepareWorld(db.prisma, { associationId, chapterId });
  log(
    `working set: ${assignments} review assignments and the pages' rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  await db.prisma.$executeRawUnsafe('VACUUM ANALYZE');

  const env = { DATABASE_URL: url, NODE_ENV: 'production' };
  // The API runs built, as `npm start` runs it (build.ts), with the benchmark's probes bundled in.
  await buildApi('bench/api-process.ts', API_BUNDLE);
  const api = await startChild(API_BUNDLE, env);
  stops.push(() => api.stop());
  const raw = await startChild('bench/raw-sql-server.ts', env);
  stops.push(() => raw.stop());
  log(`API pid ${api.pid} on :${api.port}; raw SQL handlers pid ${raw.pid} on :${raw.port}`);

  const memory = memorySampler(api);
  const load = {
    connections: Number(values.connections),
    durationS: Number(values.duration),
    warmupS: Number(values.warmup),
  };
  const only = values.only?.split(',');
  const measured = await measureOperations({ api, raw, world, load, memory, only, log });
  const memoryReport = await memory.stop();

  log('rules engine throughput');
  const rules = await rulesThroughput(db.prisma, associationId, { sample: 500, seconds: 1 });
  let bundles = null;
  if (!values['skip-build']) {
    log('building the portal and the admin console');
    buildApps(repoRoot);
  }
  bundles = [firstRouteSize(repoRoot, 'portal'), firstRouteSize(repoRoot, 'admin')];

  const results: OperationsResults = {
    label: values.label,
    machine: await machineInfo(db.prisma),
    scale: scaleName,
    population: {
      size: { ...scale, seed: Number(values.seed) },
      generationMs: generation ? Math.round(generation.ms) : null,
      rows: generation?.rows ?? null,
      reviewAssignmentsAdded: assignments,
    },
    load,
    world,
    ...measured,
    rules,
    bundles,
    bundlesBuilt: !values['skip-build'],
    memory: memoryReport,
  };
  if (!values['no-write']) {
    const written = writeOperationsReport(repoRoot, results);
    log(`wrote ${written.markdown} and ${written.json}`);
  }
} finally {
  for (const stop of stops.reverse()) await stop();
  await db.close();
  if (created && !values.keep) {
    await created.drop();
    log(`dropped ${dbName}`);
  } else if (created) log(`kept ${dbName}: --reuse ${url}`);
}
