// Checks that the statistics counted for a whole association and all its chapters at once
// (src/statistics/queries.ts, grouped by chapter) are, scope by scope, exactly what the queries
// counting one scope at a time gave (bench/reference-queries.ts), on a generated population.
//   npx tsx bench/statistics-equivalence.ts                 (an in-memory PGlite, 3,000 applications)
//   npx tsx bench/statistics-equivalence.ts --url <db url>  (a populated server database, e.g. a kept bench)
import { parseArgs } from 'node:util';
import { CURRENT_2024 } from '@imh/competencies';
import { openDatabase } from '@imh/db';
import { createTestDatabase } from '@imh/db/testing';
import { generatePopulation } from '../src/seed/population/index.ts';
import * as q from '../src/statistics/queries.ts';
import { perScope, type StatisticsScope } from './reference-queries.ts';

const { values } = parseArgs({
  options: { url: { type: 'string' }, applications: { type: 'string', default: '3000' } },
});

const DAY_MS = 86_400_000;
const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
const until = new Date(today.getTime() + 90 * DAY_MS);
const TIME_ZONE = 'America/New_York';

const grouped = {
  activeEndorsements: q.activeEndorsements,
  applicationsByStatus: q.applicationsByStatus,
  submissionsByMonth: q.submissionsByMonth,
  decisionsByMonth: q.decisionsByMonth,
  daysToDecision: q.daysToDecision,
  renewalOutcomes: q.renewalOutcomes,
  expiringSoon: (db: Parameters<typeof q.expiringSoon>[0], s: q.CountingScope) =>
    q.expiringSoon(db, s, today, until),
  hoursByQuarter: q.hoursByQuarter,
};
const oneScope = {
  ...perScope,
  expiringSoon: (db: Parameters<typeof perScope.expiringSoon>[0], s: StatisticsScope) =>
    perScope.expiringSoon(db, s, today, until),
};

const canonical = (rows: unknown) =>
  (rows as Record<string, unknown>[]).map((r) => JSON.stringify(Object.entries(r).sort())).sort();

const db = values.url
  ? await openDatabase({ kind: 'server', url: values.url })
  : await createTestDatabase({ isolated: true });
let failures = 0;
try {
  if (!values.url) {
    const association = await db.prisma.association.create({
      data: {
        code: 'EQUIV',
        name: 'Equivalence association',
        ruleEdition: CURRENT_2024.id,
        chapters: { create: ['A', 'B', 'C', 'D'].map((name) => ({ name })) },
      },
      include: { chapters: { orderBy: { name: 'asc' } } },
    });
    const applications = Number(values.applications);
    await generatePopulation(db.prisma, {
      associationId: association.id,
      chapterIds: association.chapters.map((c) => c.id),
      applications,
      endorsements: Math.round(applications / 2),
      reviewers: 10,
      seed: 7,
      today: new Date(),
      idPrefix: 'eq',
    });
  }
  const associations = await db.prisma.association.findMany({ include: { chapters: true } });
  for (const a of associations) {
    const scopes: StatisticsScope[] = [
      { associationId: a.id, chapterId: null, timeZone: TIME_ZONE },
      ...a.chapters.map((c) => ({ associationId: a.id, chapterId: c.id, timeZone: TIME_ZONE })),
    ];
    for (const [name, all] of Object.entries(grouped)) {
      const rows = (await all(db.prisma, { associationId: a.id, timeZone: TIME_ZONE })) as q.Scoped<
        Record<string, unknown>
      >[];
      for (const scope of scopes) {
        const key = scope.chapterId ?? '*';
        const current = rows.filter((r) => r.scope === key).map(({ scope: _, ...row }) => row);
        const expected = await oneScope[name as keyof typeof oneScope](db.prisma, scope);
        if (JSON.stringify(canonical(current)) !== JSON.stringify(canonical(expected))) {
          failures++;
          console.error(`DIFFERENT: ${name} for ${a.code} ${scope.chapterId ?? '(association)'}`);
        }
      }
    }
    console.log(`${a.code}: ${scopes.length} scopes × ${Object.keys(grouped).length} queries compared`);
  }
} finally {
  await db.close();
}
console.log(failures === 0 ? 'identical' : `${failures} differences`);
process.exitCode = failures === 0 ? 0 : 1;
