// How long the demo's population takes on the embedded database: an in-memory PGlite, migrated as the
// tests migrate it, a small association, and generatePopulation at the demo's scale.
// Run: `npx tsx bench/population-pglite.ts [--applications 1500]` in apps/api.
import { parseArgs } from 'node:util';
import { CURRENT_2024 } from '@imh/competencies';
import { createTestDatabase } from '@imh/db/testing';
import { generatePopulation } from '../src/seed/population/index.ts';

const { values } = parseArgs({
  options: {
    applications: { type: 'string', default: '1500' },
    endorsements: { type: 'string' },
    reviewers: { type: 'string', default: '40' },
    seed: { type: 'string', default: '1' },
  },
});
const applications = Number(values.applications);
const t0 = performance.now();
const db = await createTestDatabase({ isolated: true });
const migrated = performance.now() - t0;
try {
  const association = await db.prisma.association.create({
    data: {
      code: 'PGLITE-BENCH',
      name: 'PGlite bench association',
      ruleEdition: CURRENT_2024.id,
      settings: { graceDays: 60, suppressionThreshold: 11 },
      chapters: { create: ['North', 'South', 'East', 'West', 'Central'].map((name) => ({ name })) },
    },
    include: { chapters: { orderBy: { name: 'asc' } } },
  });
  const result = await generatePopulation(db.prisma, {
    associationId: association.id,
    chapterIds: association.chapters.map((c) => c.id),
    applications,
    endorsements: Number(values.endorsements ?? Math.round(applications / 2)),
    reviewers: Number(values.reviewers),
    seed: Number(values.seed),
    today: new Date(),
    idPrefix: 'pgl',
  });
  console.log(
    JSON.stringify(
      { migratedMs: Math.round(migrated), generateMs: Math.round(result.ms), rows: result.rows },
      null,
      2,
    ),
  );
} finally {
  await db.close();
}
