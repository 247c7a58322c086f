import { CURRENT_2024, DEFAULT_EDITION } from '@imh/competencies';
import type { Prisma, PrismaClient } from '@imh/db';
import { appendAudit } from '../audit/audit-log.ts';
import { hashPassword } from '../auth/passwords.ts';
import { fromIsoDay } from '../calendar-day.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.ts';
import { seedDemoRenewals } from './demo-renewals.ts';
import { seedSubmittedApplicant } from './demo-submitted.ts';
import { generatePopulation } from './population/index.ts';

export const DEMO_ASSOCIATION_ID = 'demo-mi-aimh';
const VIRGINIA_ID = 'demo-vaimh';
const CHAPTERS = ['Detroit Metro', 'Grand Rapids', 'Lansing', 'Upper Peninsula', 'Washtenaw'];
// Richmond first: the generated register puts the most members in its first chapter.
const VIRGINIA_CHAPTERS = ['Richmond', 'Northern Virginia', 'Tidewater'];
const day = fromIsoDay;
const slug = (name: string) => name.toLowerCase().replace(/\s+/g, '-');
const chapterId = (name: string) => `demo-chapter-${slug(name)}`;
const virginiaChapterId = (name: string) => `demo-va-${slug(name)}`;

/**
 * Virginia's register, generated (seed/population): Michigan's demo people are a handful per chapter,
 * so their chapter statistics are zeros and suppressed cells; Virginia's chapters have hundreds of
 * members with years of history, so its analyst sees real figures beside suppressed small ones.
 * Nobody can sign in as its members, and Virginia has no demo coordinator, so none of it enters the
 * queues, renewals and outbox the demo's Michigan accounts work with.
 */
const VIRGINIA_REGISTER = { applications: 2_000, endorsements: 1_000, reviewers: 20, seed: 2026 };

/**
 * Deterministic demo data: the same ids, names and dates on every machine, so the README's sign-ins
 * and what they show stay true. Dates are relative to `now` only where "due soon" must stay soon.
 */
export async function seedDemoData(prisma: PrismaClient, now: Date): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await prisma.$transaction(
    async (tx) => {
      await tx.association.create({
        data: {
          id: DEMO_ASSOCIATION_ID,
          code: 'MI-AIMH',
          name: 'Michigan Association for Infant Mental Health',
          ruleEdition: CURRENT_2024.id,
          settings: { graceDays: 60, suppressionThreshold: 11 },
          chapters: { create: CHAPTERS.map((name) => ({ id: chapterId(name), name, region: 'Michigan' })) },
        },
      });
      await tx.association.create({
        data: {
          id: VIRGINIA_ID,
          code: 'VAIMH',
          // Virginia uses Michigan's rules as licensed in 2010: the seeds' edition.
          ruleEdition: DEFAULT_EDITION.id,
          name: 'Virginia Association for Infant Mental Health',
          chapters: {
            create: VIRGINIA_CHAPTERS.map((name) => ({
              id: virginiaChapterId(name),
              name,
              region: 'Virginia',
            })),
          },
        },
      });
      for (const account of DEMO_ACCOUNTS) {
        const isApplicant = account.roles.includes('APPLICANT');
        await tx.user.create({
          data: {
            id: account.id,
            email: account.email,
            name: account.name,
            passwordHash,
            roles: {
              create: account.roles.map((role) => ({
                role,
                associationId: account.association === 'VA' ? VIRGINIA_ID : DEMO_ASSOCIATION_ID,
                chapterId:
                  role === 'CHAPTER_ANALYST' && account.chapter
                    ? (account.association === 'VA' ? virginiaChapterId : chapterId)(account.chapter)
                    : null,
              })),
            },
            profile: isApplicant
              ? {
                  create: {
                    id: `${account.id}-profile`,
                    associationId: DEMO_ASSOCIATION_ID,
                    chapterId: account.chapter ? chapterId(account.chapter) : null,
                  },
                }
              : undefined,
          },
        });
      }
      await seedPortfolios(tx, now);
      await appendAudit(tx, {
        actorId: null,
        action: 'system.demo_seeded',
        entityType: 'Association',
        entityId: DEMO_ASSOCIATION_ID,
        at: now,
      });
    },
    { timeout: 60_000 },
  );
  await generatePopulation(prisma, {
    associationId: VIRGINIA_ID,
    chapterIds: VIRGINIA_CHAPTERS.map(virginiaChapterId),
    ...VIRGINIA_REGISTER,
    today: now,
    idPrefix: 'demo-va-register',
  });
}

async function seedPortfolios(tx: Prisma.TransactionClient, now: Date): Promise<void> {
  await tx.applicantProfile.update({
    where: { id: 'demo-applicant-draft-profile' },
    data: {
      employer: 'Wayne County Early Head Start',
      jobTitle: 'Home visitor',
      phone: '+1 313 555 0142',
      membershipNumber: 'MI-20418',
      membershipExpiresOn: day('2027-06-30'),
      education: {
        create: {
          degreeLevel: 'BACHELOR',
          field: 'Child Development',
          institution: 'Wayne State University',
          completedOn: day('2019-05-15'),
        },
      },
      work: {
        create: {
          role: 'Home visitor',
          employer: 'Wayne County Early Head Start',
          paid: true,
          kind: 'PREVENTION_EARLY_INTERVENTION',
          startDate: day('2020-08-01'),
          hoursPerWeek: 40,
          servesInfantsFamilies: true,
          familiesServed: 14,
        },
      },
      trainings: {
        create: [
          {
            title: 'Foundations of Infant Mental Health',
            provider: 'MI-AIMH',
            date: day('2023-03-10'),
            hours: 12,
            competencyDomains: ['theoretical_foundations'],
            topics: [],
          },
          {
            title: 'Working with Families Under Stress',
            provider: 'MI-AIMH',
            date: day('2024-02-02'),
            hours: 8,
            competencyDomains: ['direct_service_skills', 'working_with_others'],
            topics: [],
          },
        ],
      },
      rsc: {
        create: {
          startDate: day('2024-09-01'),
          endDate: day('2025-08-31'),
          hours: 18,
          format: 'GROUP',
          providerName: 'Ruth Bakker',
          providerLevel: 'IMHM',
          providerTrack: 'CLINICAL',
        },
      },
      memberships: {
        create: {
          associationName: 'MI-AIMH',
          memberNumber: 'MI-20418',
          startsOn: day('2026-07-01'),
          endsOn: day('2027-06-30'),
        },
      },
      applications: {
        create: {
          id: 'demo-application-draft',
          associationId: DEMO_ASSOCIATION_ID,
          level: 'IFS',
          ruleEdition: CURRENT_2024.id,
          startedAt: day('2026-09-01'),
          events: {
            create: { toStatus: 'DRAFT', actorId: 'demo-applicant-draft', createdAt: day('2026-09-01') },
          },
          references: {
            create: {
              raterName: 'Dana Whitfield',
              raterEmail: 'dana.whitfield@example.org',
              raterRole: 'CURRENT_SUPERVISOR',
              knownSince: day('2020-08-01'),
              // Nobody holds this link: "Resend" gives the demo a working one in the outbox.
              tokenHash: 'demo-unreachable-token-hash',
              sentAt: now,
              expiresAt: new Date(now.getTime() + 30 * 86_400_000),
            },
          },
        },
      },
    },
  });
  await seedSubmittedApplicant(tx, DEMO_ASSOCIATION_ID);
  await tx.applicantProfile.update({
    where: { id: 'demo-applicant-endorsed-profile' },
    data: {
      employer: 'Ingham County Health Department',
      jobTitle: 'Early intervention specialist',
      membershipNumber: 'MI-15501',
      membershipExpiresOn: day('2027-12-31'),
    },
  });
  await seedDemoRenewals(tx, now);
  await tx.reviewerQualification.createMany({
    data: [
      { userId: 'demo-reviewer-1', level: 'IMHS', heldLevel: 'IMHM', heldTrack: 'CLINICAL' },
      { userId: 'demo-reviewer-1', level: 'IFS', heldLevel: 'IMHM', heldTrack: 'CLINICAL' },
      { userId: 'demo-reviewer-2', level: 'IFS', heldLevel: 'IMHS' },
      // Ruth Bakker is the submitted applicant's RSC provider and rater: the demo's conflict of
      // interest. Samuel Osei can review the IMHS file instead.
      { userId: 'demo-reviewer-2', level: 'IMHS', heldLevel: 'IMHS' },
    ],
  });
}

export async function isDatabaseEmpty(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.association.count()) === 0;
}
