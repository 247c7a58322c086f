// The dashboard's eight queries, before and after the statistics indexes and rewrites, measured in
// turns under the same load (the machine is shared; runs minutes apart are not comparable):
//   npx tsx bench/statistics-ab.ts --before <url> --after <url> [--runs 30] [--warmup 3]
// <before>: a populated database at the indexes of HEAD (a kept `bench/chapter-statistics.ts --keep`
// run made before the migration 20261123180000_statistics_indexes); <after>: one with that migration.
// Each run sends the eight queries at once through Prisma, as service.ts does, and times the whole.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openDatabase, type PrismaClient } from '@imh/db';
import { toIsoDay } from '../src/calendar-day.ts';
import type { StatisticsScope } from '../src/statistics/scope.ts';
import { machineInfo } from './machine.ts';
import { type Summary, summarize } from './measure.ts';
import { statisticsQueries } from './query-timings.ts';
import { reference } from './reference-queries.ts';
import { formatFiles } from './report.ts';

const { values } = parseArgs({
  options: {
    before: { type: 'string' },
    after: { type: 'string' },
    runs: { type: 'string', default: '30' },
    warmup: { type: 'string', default: '3' },
  },
});
if (!values.before || !values.after) throw new Error('--before <url> and --after <url> are both needed');

const today = new Date(`${toIsoDay(new Date())}T00:00:00Z`);
const current = statisticsQueries(today);
const sets = { before: { ...current, ...reference }, after: current };
type Side = keyof typeof sets;

async function scopesOf(prisma: PrismaClient): Promise<Record<'association' | 'chapter', StatisticsScope>> {
  const association = await prisma.association.findUniqueOrThrow({
    where: { code: 'BENCH' },
    include: { chapters: { orderBy: { name: 'asc' }, take: 1 } },
  });
  const chapterId = association.chapters[0]?.id ?? null;
  return {
    association: { associationId: association.id, chapterId: null },
    chapter: { associationId: association.id, chapterId },
  };
}

const dbs = {
  before: await openDatabase({ kind: 'server', url: values.before }),
  after: await openDatabase({ kind: 'server', url: values.after }),
};
try {
  const scopes = { before: await scopesOf(dbs.before.prisma), after: await scopesOf(dbs.after.prisma) };
  const dashboard = async (side: Side, scope: 'association' | 'chapter') => {
    const t0 = performance.now();
    await Promise.all(
      Object.values(sets[side]).map((run) => run(dbs[side].prisma as never, scopes[side][scope])),
    );
    return performance.now() - t0;
  };
  const cases = [
    ['before', 'association'],
    ['after', 'association'],
    ['before', 'chapter'],
    ['after', 'chapter'],
  ] as const;
  for (let i = 0; i < Number(values.warmup); i++)
    for (const [side, scope] of cases) await dashboard(side, scope);
  const samples = Object.fromEntries(cases.map(([side, scope]) => [`${side} ${scope}`, [] as number[]]));
  for (let i = 0; i < Number(values.runs); i++) {
    // Alternate the order so that neither side always runs first after the other's caches.
    const order = i % 2 === 0 ? cases : [...cases].reverse();
    for (const [side, scope] of order) samples[`${side} ${scope}`]?.push(await dashboard(side, scope));
  }
  const summaries: Record<string, Summary> = Object.fromEntries(
    Object.entries(samples).map(([k, v]) => [k, summarize(v)]),
  );
  const lines = [
    '| the eight queries at once | runs | min | p50 | p95 | max |',
    '|---|---|---|---|---|---|',
    ...Object.entries(summaries).map(
      ([k, s]) => `| ${k} | ${s.runs} | ${s.min} | ${s.p50} | ${s.p95} | ${s.max} |`,
    ),
  ];
  console.log(lines.join('\n'));
  const machine = await machineInfo(dbs.after.prisma);
  const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../docs/benchmarks');
  const file = path.join(out, 'chapter-statistics-ab.json');
  writeFileSync(file, `${JSON.stringify({ machine, summaries, samples }, null, 2)}\n`);
  formatFiles([file]);
} finally {
  await dbs.before.close();
  await dbs.after.close();
}
