import { CURRENT_2024, competencyDomainsFor } from '@imh/competencies';
import type { Prisma } from '@imh/db';
import { judge, judgedApplicationInclude } from '../applications/judge.ts';
import { snapshotOf } from '../applications/submit.ts';
import { fromIsoDay } from '../calendar-day.ts';

const day = fromIsoDay;
const PROFILE = 'demo-applicant-submitted-profile';
const APPLICANT = 'demo-applicant-submitted';
const APPLICATION = 'demo-application-submitted';
const SUBMITTED_ON = '2026-10-15';

/** Every competency of the level rated, as a generous rater would: 4s and 5s, one "not enough information". */
function ratingsFor(seed: number) {
  const ids = competencyDomainsFor(CURRENT_2024, { level: 'IMHS' }).flatMap((d) =>
    d.competencies.map((c) => c.id),
  );
  return Object.fromEntries(ids.map((id, i) => [id, i === seed ? null : 4 + ((i + seed) % 2)]));
}

const rater = (
  n: number,
  raterName: string,
  raterRole: 'CURRENT_SUPERVISOR' | 'RSC_PROVIDER' | 'COLLEAGUE',
  comments: string,
) => ({
  raterName,
  raterEmail: `${raterName.toLowerCase().replace(/\W+/g, '.')}@example.org`,
  raterRole,
  raterLevel: raterRole === 'COLLEAGUE' ? null : ('IMHM' as const),
  knownSince: day('2019-01-15'),
  tokenHash: `demo-used-token-${n}`,
  status: 'RECEIVED' as const,
  sentAt: day('2026-09-10'),
  openedAt: day('2026-09-12'),
  expiresAt: day('2026-10-10'),
  rating: {
    create: {
      knownSince: day('2019-01-15'),
      ratings: ratingsFor(n),
      comments,
      submittedAt: day(`2026-09-2${n}`),
    },
  },
});

/**
 * An IMHS applicant whose file is with the reviewers: a portfolio that meets the level, three
 * references received, agreements signed, and the submitted round frozen as the API freezes it
 * (snapshot and judgement computed by the same code).
 */
export async function seedSubmittedApplicant(
  tx: Prisma.TransactionClient,
  associationId: string,
): Promise<void> {
  await tx.applicantProfile.update({
    where: { id: PROFILE },
    data: {
      employer: 'Kent County Community Mental Health',
      jobTitle: 'Infant mental health therapist',
      membershipNumber: 'MI-18822',
      membershipExpiresOn: day('2027-03-31'),
      education: {
        create: {
          degreeLevel: 'MASTER',
          field: 'Social Work',
          institution: 'University of Michigan',
          completedOn: day('2016-04-30'),
        },
      },
      work: {
        create: {
          role: 'Infant mental health therapist',
          employer: 'Kent County Community Mental Health',
          paid: true,
          kind: 'IMH_SERVICES',
          supervised: true,
          startDate: day('2016-09-01'),
          hoursPerWeek: 40,
          servesInfantsFamilies: true,
          familiesServed: 22,
        },
      },
      trainings: {
        create: [
          {
            title: 'Infant-parent psychotherapy',
            provider: 'MI-AIMH',
            date: day('2024-04-12'),
            hours: 18,
            competencyDomains: ['theoretical_foundations', 'direct_service_skills'],
            topics: [],
          },
          {
            title: 'Reflective practice in home visiting',
            provider: 'MI-AIMH',
            date: day('2025-02-20'),
            hours: 14,
            competencyDomains: ['reflection', 'working_with_others'],
            topics: [],
          },
        ],
      },
      rsc: {
        create: {
          startDate: day('2025-09-01'),
          endDate: day('2026-08-31'),
          hours: 56,
          format: 'INDIVIDUAL',
          providerName: 'Ruth Bakker',
          providerLevel: 'IMHM',
          providerTrack: 'CLINICAL',
        },
      },
      memberships: {
        create: {
          associationName: 'MI-AIMH',
          memberNumber: 'MI-18822',
          startsOn: day('2026-04-01'),
          endsOn: day('2027-03-31'),
        },
      },
    },
  });
  await tx.application.create({
    data: {
      id: APPLICATION,
      profileId: PROFILE,
      associationId,
      level: 'IMHS',
      ruleEdition: CURRENT_2024.id,
      status: 'IN_REVIEW',
      startedAt: day('2026-08-20'),
      submittedAt: day(SUBMITTED_ON),
      codeOfEthicsVersion: '2024-1',
      codeOfEthicsAcceptedAt: day('2026-10-14'),
      agreementVersion: '2024-1',
      agreementAcceptedAt: day('2026-10-14'),
      references: {
        create: [
          rater(
            1,
            'Marcus Ellery',
            'CURRENT_SUPERVISOR',
            'A thoughtful clinician who uses supervision well.',
          ),
          rater(2, 'Ruth Bakker', 'RSC_PROVIDER', 'Reflective, curious, and attuned to parents.'),
          rater(3, 'Priya Natarajan', 'COLLEAGUE', 'A generous colleague; families trust her.'),
        ],
      },
      events: {
        create: [
          { toStatus: 'DRAFT', actorId: APPLICANT, createdAt: day('2026-08-20') },
          { fromStatus: 'DRAFT', toStatus: 'SUBMITTED', actorId: APPLICANT, createdAt: day(SUBMITTED_ON) },
          {
            fromStatus: 'SUBMITTED',
            toStatus: 'IN_REVIEW',
            actorId: 'demo-coordinator',
            createdAt: day('2026-10-20'),
          },
        ],
      },
    },
  });
  const app = await tx.application.findUniqueOrThrow({
    where: { id: APPLICATION },
    include: judgedApplicationInclude,
  });
  await tx.applicationSubmission.create({
    data: {
      applicationId: APPLICATION,
      round: 1,
      snapshot: snapshotOf(app) as unknown as Prisma.InputJsonValue,
      evaluation: judge(app, day(SUBMITTED_ON)) as unknown as Prisma.InputJsonValue,
      submittedById: APPLICANT,
      submittedAt: day(SUBMITTED_ON),
    },
  });
}
