// Checks that the rewritten statistics queries (queries.ts) answer exactly as their first, plain
// formulations below did, for an association and each of its chapters of a generated population.
// The API tests do not reach hours per quarter, so this is the oracle for that rewrite.
//   npx tsx bench/statistics-equivalence.ts                 (an in-memory PGlite, 3,000 applications)
//   npx tsx bench/statistics-equivalence.ts --url <db url>  (a populated server database, e.g. a kept bench)
import { parseArgs } from 'node:util';
import { CURRENT_2024 } from '@imh/competencies';
import { openDatabase } from '@imh/db';
import { createTestDatabase } from '@imh/db/testing';
import { generatePopulation } from '../src/seed/population/index.ts';
import { daysToDecision, hoursByQuarter, submissionsByMonth } from '../src/statistics/queries.ts';
import type { StatisticsScope } from '../src/statistics/scope.ts';
import { reference } from './reference-queries.ts';

const { values } = parseArgs({
  options: { url: { type: 'string' }, applications: { type: 'string', default: '3000' } },
});

const rewritten = { submissionsByMonth, daysToDecision, hoursByQuarter };

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
      { associationId: a.id, chapterId: null },
      ...a.chapters.map((c) => ({ associationId: a.id, chapterId: c.id })),
    ];
    for (const scope of scopes)
      for (const [name, old] of Object.entries(reference)) {
        const current = await rewritten[name as keyof typeof reference](db.prisma, scope);
        const expected = await old(db.prisma, scope);
        const same = JSON.stringify(canonical(current)) === JSON.stringify(canonical(expected));
        if (!same) {
          failures++;
          console.error(`DIFFERENT: ${name} for ${a.code} ${scope.chapterId ?? '(association)'}`);
        }
      }
    console.log(`${a.code}: ${scopes.length} scopes × ${Object.keys(reference).length} queries compared`);
  }
} finally {
  await db.close();
}
console.log(failures === 0 ? 'identical' : `${failures} differences`);
process.exitCode = failures === 0 ? 0 : 1;
