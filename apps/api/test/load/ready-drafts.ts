import { randomBytes } from 'node:crypto';
import { competencyDomainsFor } from '@imh/competencies';
import { editionById, judge, judgedApplicationInclude } from '../../src/applications/judge.ts';
import { rater } from '../helpers/applications.ts';
import type { ApplicantAccount, LoadWorld } from './load-world.ts';

const DAY_MS = 86_400_000;

/**
 * An applicant whose IFA draft is ready to submit, made in the database: the world's IFA portfolio,
 * three references received with every competency rated 4, both agreements accepted. Built straight
 * in the database because the kill test is about the submission; the load test goes the long way,
 * over the API. The rules themselves confirm it is ready, so a change in them cannot hollow out the
 * test.
 */
export async function readyDraft(
  world: LoadWorld,
): Promise<ApplicantAccount & { applicationId: string; references: { id: string; raterEmail: string }[] }> {
  const { prisma, association } = world;
  const account = await world.newApplicant();
  const now = new Date();
  const edition = editionById(association.ruleEdition);
  const competencyIds = competencyDomainsFor(edition, { level: 'IFA' }).flatMap((d) =>
    d.competencies.map((c) => c.id),
  );
  const knownSince = new Date('2023-01-10T00:00:00Z');
  const app = await prisma.application.create({
    data: {
      profileId: account.profileId,
      associationId: association.id,
      level: 'IFA',
      ruleEdition: association.ruleEdition,
      codeOfEthicsVersion: '2024-1',
      codeOfEthicsAcceptedAt: now,
      agreementVersion: '2024-1',
      agreementAcceptedAt: now,
      events: { create: { toStatus: 'DRAFT', actorId: account.userId } },
      references: {
        create: [0, 1, 2].map(() => {
          const { knownSince: _k, ...who } = rater();
          return {
            ...who,
            raterRole: 'COLLEAGUE' as const,
            knownSince,
            tokenHash: `load-${randomBytes(12).toString('hex')}`,
            status: 'RECEIVED' as const,
            openedAt: now,
            expiresAt: new Date(now.getTime() + 30 * DAY_MS),
            rating: {
              create: {
                knownSince,
                ratings: Object.fromEntries(competencyIds.map((id) => [id, 4])),
                submittedAt: now,
              },
            },
          };
        }),
      },
    },
    include: { references: { select: { id: true, raterEmail: true } } },
  });
  const judged = await prisma.application.findUniqueOrThrow({
    where: { id: app.id },
    include: judgedApplicationInclude,
  });
  const evaluation = judge(judged, now);
  if (!evaluation.readyForReview) {
    const unmet = evaluation.requirements.filter((r) => r.status === 'not_met').map((r) => r.id);
    throw new Error(`the prepared draft is not ready to submit: ${unmet.join(', ')}`);
  }
  return { ...account, applicationId: app.id, references: app.references };
}
