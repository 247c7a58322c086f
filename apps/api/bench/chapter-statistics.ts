// The chapters' statistics dashboard at scale, measured through the real API on a PostgreSQL server:
//   pnpm bench (root) · npm run bench:statistics (apps/api) · npx tsx bench/chapter-statistics.ts [options]
// A fresh database (unique name) is created on the server, migrated, filled with the default population
// (200,000 applications, 100,000 endorsements, 2,000 reviewers, 30 chapters) and dropped at the end.
// The dashboard reads the figures stored by the count (src/statistics/snapshot.ts), so the run measures
// the reads, a first read that must count, the count itself, and each of its queries.
// Options: --runs 30 --warmup 3 --query-runs 10 --refresh-runs 5 --applications … --endorsements … --reviewers …
//   --chapters … --seed … --server postgres://… (default TEST_DATABASE_URL or the local server)
//   --keep (leave the database; its URL is printed) --reuse <url> (measure a kept database again)
//   --label <name> (names the run in the report) --no-write (print only)
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openDatabase } from '@imh/db';
import { serverTestUrl, withServerDatabase } from '@imh/db/testing';
import { createApp } from '../src/app.ts';
import { toIsoDay } from '../src/calendar-day.ts';
import { loadConfig } from '../src/env.ts';
import { createTransport } from '../src/mail/transport.ts';
import { generatePopulation } from '../src/seed/population/index.ts';
import { scaleAssociation } from '../src/seed/population/scale-association.ts';
import { migrateServerDatabase } from '../src/seed/population/server-database.ts';
import { refreshStatistics } from '../src/statistics/snapshot.ts';
import { createUser } from '../test/helpers/factories.ts';
import { signedInClient } from '../test/helpers/sign-in.ts';
import { STATISTICS } from '../test/helpers/statistics.ts';
import { machineInfo } from './machine.ts';
import { timeRuns } from './measure.ts';
import { timeQueries } from './query-timings.ts';
import { type BenchResults, resultsMarkdown, writeResults } from './report.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '30' },
    warmup: { type: 'string', default: '3' },
    'query-runs': { type: 'string', default: '10' },
    'refresh-runs': { type: 'string', default: '5' },
    applications: { type: 'string', default: '200000' },
    endorsements: { type: 'string', default: '100000' },
    reviewers: { type: 'string', default: '2000' },
    chapters: { type: 'string', default: '30' },
    seed: { type: 'string', default: '1' },
    server: { type: 'string' },
    reuse: { type: 'string' },
    keep: { type: 'boolean', default: false },
    label: { type: 'string', default: 'latest' },
    'no-write': { type: 'boolean', default: false },
  },
});
const num = (name: keyof typeof values) => Number(values[name]);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const log = (line: string) => console.log(`[bench] ${line}`);
// The association scaleAssociation creates keeps the default policy, whose time zone this is.
const TIME_ZONE = 'America/New_York';

const created = values.reuse ? null : await withServerDatabase(values.server ?? serverTestUrl());
const url = values.reuse ?? (created as { url: string }).url;
const dbName = new URL(url).pathname.slice(1);
if (created) {
  log(`database ${dbName}: applying the migrations`);
  migrateServerDatabase(url);
}
const db = await openDatabase({ kind: 'server', url });
const dataDir = await mkdtemp(path.join(tmpdir(), 'imh-bench-'));
let stopApp: (() => Promise<void>) | undefined;
try {
  const size = {
    applications: num('applications'),
    endorsements: num('endorsements'),
    reviewers: num('reviewers'),
    chapters: num('chapters'),
    seed: num('seed'),
  };
  const { associationId, chapterIds } = await scaleAssociation(db.prisma, {
    code: 'BENCH',
    name: 'Benchmark Association',
    chapters: size.chapters,
  });
  let generation: { ms: number; rows: Record<string, number> } | null = null;
  if (created) {
    log(`generating ${JSON.stringify(size)}`);
    generation = await generatePopulation(db.prisma, {
      associationId,
      chapterIds,
      ...size,
      today: new Date(),
      idPrefix: 'b',
      onProgress: ({ label, ms }) => log(`  ${label} ${(ms / 1000).toFixed(1)} s`),
    });
    log(
      `generated in ${(generation.ms / 1000).toFixed(1)} s; VACUUM ANALYZE (the steady state of a live database)`,
    );
    await db.prisma.$executeRawUnsafe('VACUUM ANALYZE');
  }

  // The chapter with the most members (the population puts them in the first): the worst case.
  const chapterId = chapterIds[0] as string;
  const chapter = await db.prisma.chapter.findUniqueOrThrow({ where: { id: chapterId } });
  const members = await db.prisma.applicantProfile.count({ where: { chapterId } });
  const allMembers = await db.prisma.applicantProfile.count({ where: { associationId } });

  // The real app on an ephemeral port. Its clock runs ahead by a minute before each token call, so
  // the token's rate limit (30 calls a minute) admits the 33 calls of the run.
  let clockAhead = 0;
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, PUBLIC_URL: 'http://bench.test' });
  const { app, stop } = await createApp({
    prisma: db.prisma,
    config,
    mailTransport: createTransport(config.mail),
    now: () => new Date(Date.now() + clockAhead),
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  stopApp = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await stop();
  };
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const coordinatorUser = await createUser(db.prisma, { associationId, roles: ['COORDINATOR'] });
  const analystUser = await createUser(db.prisma, { associationId, roles: ['CHAPTER_ANALYST'], chapterId });
  const coordinator = await signedInClient(baseUrl, coordinatorUser.email);
  const analyst = await signedInClient(baseUrl, analystUser.email);
  const createdToken = await coordinator.gql(
    `mutation($chapterId: ID!) { createChapterToken(chapterId: $chapterId, name: "Benchmark") {
      ... on MutationCreateChapterTokenSuccess { data { token } } } }`,
    { chapterId },
  );
  const token = createdToken.data?.createChapterToken?.data?.token as string | undefined;
  if (!token) throw new Error(`could not create a chapter token: ${JSON.stringify(createdToken)}`);

  type Answer = { data?: { chapterStatistics?: unknown } | null; errors?: unknown };
  const checked = (json: Answer) => {
    if (json.errors || !json.data?.chapterStatistics)
      throw new Error(`dashboard failed: ${JSON.stringify(json)}`);
  };
  const opts = { warmup: num('warmup'), runs: num('runs') };
  log('dashboard: coordinator, whole association');
  const association = await timeRuns(
    async () => checked(await coordinator.gql(STATISTICS, { associationId })),
    opts,
  );
  log(`  p50 ${association.summary.p50} ms, p95 ${association.summary.p95} ms`);
  log(`dashboard: chapter analyst, ${chapter.name}`);
  const chapterRun = await timeRuns(async () => checked(await analyst.gql(STATISTICS)), opts);
  log(`  p50 ${chapterRun.summary.p50} ms, p95 ${chapterRun.summary.p95} ms`);
  log("dashboard: the chapter's API token");
  const tokenRun = await timeRuns(async () => {
    clockAhead += 61_000;
    const res = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: STATISTICS }),
    });
    checked((await res.json()) as Answer);
  }, opts);
  log(`  p50 ${tokenRun.summary.p50} ms, p95 ${tokenRun.summary.p95} ms`);

  // A read that finds no figures counts them first: what the first reader after a restore waits for.
  log('first read, with no figures stored (count, then read)');
  const firstRead = await timeRuns(
    async () => {
      await db.prisma.statisticsSnapshot.deleteMany({ where: { associationId } });
      checked(await analyst.gql(STATISTICS));
    },
    { warmup: 0, runs: 3 },
  );
  log(`  p50 ${firstRead.summary.p50} ms`);
  log('counting the whole association and its chapters (the background refresh)');
  const refresh = await timeRuns(() => refreshStatistics(db.prisma, associationId, new Date()), {
    warmup: 1,
    runs: num('refresh-runs'),
  });
  log(`  p50 ${refresh.summary.p50} ms`);
  const stored = await db.prisma.$queryRaw<{ scope: string; bytes: number }[]>`
    SELECT scope, pg_column_size(data)::int AS bytes FROM "StatisticsSnapshot"
    WHERE "associationId" = ${associationId} AND scope IN ('*', ${chapterId})`;
  const bytesOf = (scope: string) => stored.find((r) => r.scope === scope)?.bytes ?? 0;

  const today = new Date(`${toIsoDay(new Date())}T00:00:00Z`);
  log('each query of the count alone');
  const queries = await timeQueries(db.prisma, { associationId, timeZone: TIME_ZONE }, today, {
    warmup: 2,
    runs: num('query-runs'),
  });

  const results: BenchResults = {
    label: values.label,
    machine: await machineInfo(db.prisma),
    population: {
      size,
      generationMs: generation ? Math.round(generation.ms) : null,
      rows: generation?.rows ?? null,
      chapter: { name: chapter.name, members, share: members / allMembers },
    },
    dashboard: { association, chapter: chapterRun, chapterToken: tokenRun },
    firstRead,
    refresh,
    storedBytes: { association: bytesOf('*'), chapter: bytesOf(chapterId) },
    queries,
  };
  console.log(resultsMarkdown(results));
  if (!values['no-write']) {
    const dir = path.join(repoRoot, 'docs/benchmarks');
    writeResults(path.join(dir, 'chapter-statistics.md'), path.join(dir, 'chapter-statistics.json'), results);
    log(`wrote docs/benchmarks/chapter-statistics.md and .json`);
  }
} finally {
  await stopApp?.();
  await db.close();
  await rm(dataDir, { recursive: true, force: true });
  if (created && !values.keep) {
    await created.drop();
    log(`dropped ${dbName}`);
  } else if (created) log(`kept ${dbName}: --reuse ${url}`);
}
