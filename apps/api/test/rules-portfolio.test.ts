import { CURRENT_2024, evaluate } from '@imh/competencies';
import { createTestDatabase, type TestDatabase } from '@imh/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portfolioInclude, toRulesPortfolio } from '../src/portfolio/rules-portfolio.ts';
import { seedDemoData } from '../src/seed/demo-data.ts';

// The demo data lives under fixed ids, so this file keeps its own database even on the server run.
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase({ isolated: true });
  await seedDemoData(db.prisma, new Date('2026-11-23T09:00:00Z'));
});
afterAll(() => db.close());

describe('portfolio rows judged by the rules package', () => {
  it("maps the draft applicant's rows and evaluates them for IFS", async () => {
    const profile = await db.prisma.applicantProfile.findUniqueOrThrow({
      where: { id: 'demo-applicant-draft-profile' },
      include: portfolioInclude,
    });
    const portfolio = toRulesPortfolio(profile);
    expect(portfolio.work[0]).toMatchObject({
      kind: 'PREVENTION_EARLY_INTERVENTION',
      hoursPerWeek: 40,
      startDate: '2020-08-01',
    });
    expect(portfolio.trainings.map((t) => t.hours)).toEqual([12, 8]);

    const result = evaluate(portfolio, { level: 'IFS' }, { asOf: '2026-11-23', edition: CURRENT_2024 });
    expect(result.editionId).toBe('current-2024');
    expect(result.eligible).toBe(false);
    const byId = Object.fromEntries(result.requirements.map((r) => [r.id, r]));
    // Current edition: IFS needs no degree; six years of full-time prevention work since 2020.
    expect(Object.keys(byId)).toEqual([
      'work_experience',
      'training_hours',
      'rsc_received',
      'references',
      'code_of_ethics',
      'endorsement_agreement',
      'membership',
    ]);
    expect(byId.work_experience).toMatchObject({
      status: 'met',
      progress: { have: 6.31, need: 2, unit: 'years' },
    });
    expect(byId.training_hours).toMatchObject({
      status: 'not_met',
      progress: { have: 20, need: 30, unit: 'hours' },
    });
    expect(byId.rsc_received).toMatchObject({
      status: 'not_met',
      progress: { have: 18, need: 24, unit: 'hours' },
    });
    expect(byId.membership?.status).toBe('met');
  });
});
