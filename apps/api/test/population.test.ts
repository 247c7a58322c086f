import type { PrismaClient } from '@imh/db';
import { createTestDatabase, type TestDatabase } from '@imh/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRenewalJobs } from '../src/renewals/scheduler.ts';
import { generatePopulation } from '../src/seed/population/index.ts';
import { scaleAssociation } from '../src/seed/population/scale-association.ts';

const TODAY = new Date('2026-12-08T12:00:00Z');
const SIZE = { applications: 400, endorsements: 200, reviewers: 6 };

async function populated(db: TestDatabase, seed: number) {
  const { associationId, chapterIds } = await scaleAssociation(db.prisma, {
    code: 'POP',
    name: 'Population test',
    chapters: 4,
  });
  await generatePopulation(db.prisma, {
    associationId,
    chapterIds,
    ...SIZE,
    seed,
    today: TODAY,
    idPrefix: 'pt',
    passwordHash: 'not-a-real-hash',
  });
  return { associationId, chapterIds };
}

/** A digest of every generated row of the tables a person's history lives in, in a fixed order. */
const fingerprint = async (prisma: PrismaClient) =>
  prisma.$queryRawUnsafe<{ t: string; digest: string }[]>(
    ['Application', 'ApplicationSubmission', 'Endorsement', 'Renewal', 'RenewalNotice', 'TrainingEntry']
      .map(
        (t) =>
          // The association's id is the test's own (a cuid made in each database); the rest is generated.
          `SELECT '${t}' AS t, md5(string_agg((to_jsonb(r) - 'associationId')::text, '|' ORDER BY r.id)) AS digest FROM "${t}" r`,
      )
      .join(' UNION ALL '),
  );

let a: TestDatabase;
let b: TestDatabase;
beforeAll(async () => {
  [a, b] = await Promise.all([
    createTestDatabase({ isolated: true }),
    createTestDatabase({ isolated: true }),
  ]);
  await populated(a, 7);
  await populated(b, 7);
}, 120_000);
afterAll(async () => {
  await a?.close();
  await b?.close();
});

describe('the generated population', () => {
  it('has the size asked for, with every round of every submitted application', async () => {
    expect(await a.prisma.application.count()).toBe(SIZE.applications);
    expect(await a.prisma.endorsement.count()).toBe(SIZE.endorsements);
    // Every application past the draft (but one withdrawn as a draft) has its first round.
    const unsent = await a.prisma.application.count({
      where: {
        status: {
          in: [
            'SUBMITTED',
            'IN_REVIEW',
            'CHANGES_REQUESTED',
            'RESUBMITTED',
            'EXAM_PENDING',
            'ENDORSED',
            'DENIED',
          ],
        },
        submissions: { none: { round: 1 } },
      },
    });
    expect(unsent).toBe(0);
    expect(await a.prisma.applicationSubmission.count({ where: { round: 1 } })).toBeGreaterThan(
      SIZE.applications / 2,
    );
  });

  it('is the same row for row for the same seed', async () => {
    expect(await fingerprint(a.prisma)).toEqual(await fingerprint(b.prisma));
  });

  it('has sent the renewal notices already due, so the scheduler sends no backlog', async () => {
    const active = await a.prisma.endorsement.count({
      where: { status: 'ACTIVE', expiresOn: { lte: new Date('2026-12-31') } },
    });
    expect(active).toBeGreaterThan(0);
    const outcome = await runRenewalJobs(a.prisma, TODAY, { publicUrl: 'http://portal.test' });
    expect(outcome).toEqual({ reminders: 0, dueNotices: 0, lapsed: 0, failed: 0 });
    expect(await a.prisma.outboxMessage.count()).toBe(0);
    // Without them, the first run would remind every one of them at once.
    await a.prisma.renewalNotice.deleteMany();
    const backlog = await runRenewalJobs(a.prisma, TODAY, { publicUrl: 'http://portal.test' });
    expect(backlog.reminders).toBeGreaterThan(active / 2);
  });
});
