import type { PrismaClient, Role } from '@imh/db';
import { fillIfaPortfolio } from '../helpers/applications.ts';
import { createAssociation, createUser } from '../helpers/factories.ts';
import { assign, queuedApplication } from '../helpers/queue-fixtures.ts';
import { type LoadClient, loadClient } from './load-client.ts';

export type Actor = { userId: string; email: string; client: LoadClient };
export type ApplicantAccount = Actor & { name: string; profileId: string; chapterId: string };
export type LoadWorld = Awaited<ReturnType<typeof createLoadWorld>>;

const DAY_MS = 86_400_000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * One association (tenant) for a load run: coordinators, chapter analysts, IFA reviewers each with a
 * few files already in review, and a factory of applicants whose portfolios already meet IFA, as
 * readyIfaApplication sets them up, so that what they do over the API can end in a real submission.
 * Accounts are made in the database (as the factories do); every action after that goes over HTTP.
 */
export async function createLoadWorld(
  prisma: PrismaClient,
  baseUrl: () => string,
  sizes: { coordinators: number; reviewers: number; analysts: number; filesPerReviewer: number },
  timeoutMs = 15_000,
) {
  const association = await createAssociation(prisma, ['North', 'South']);
  const [north, south] = association.chapters as unknown as [{ id: string }, { id: string }];
  const chapters = [north.id, south.id];
  const actor = async (roles: Role[], name: string, chapterId?: string): Promise<Actor> => {
    const user = await createUser(prisma, { associationId: association.id, roles, name, chapterId });
    const client = loadClient(baseUrl, timeoutMs);
    await client.signIn(user.email);
    return { userId: user.id, email: user.email, client };
  };
  const times = <T>(n: number, make: (i: number) => Promise<T>) =>
    Promise.all(Array.from({ length: n }, (_, i) => make(i)));

  const coordinators = await times(sizes.coordinators, (i) => actor(['COORDINATOR'], `Coordinator ${i}`));
  const analysts = await times(sizes.analysts, (i) =>
    actor(['CHAPTER_ANALYST'], `Analyst ${i}`, chapters[i % 2]),
  );
  const reviewers = await times(sizes.reviewers, async (i) => {
    const reviewer = await actor(['REVIEWER'], `Reviewer ${i}`);
    await prisma.reviewerQualification.create({
      data: { userId: reviewer.userId, level: 'IFA', heldLevel: 'IMHS' },
    });
    return reviewer;
  });
  const assignedBy = coordinators[0]?.userId ?? '';
  for (const reviewer of reviewers) {
    for (let i = 0; i < sizes.filesPerReviewer; i++) {
      const { application } = await queuedApplication(prisma, {
        associationId: association.id,
        name: `In review ${reviewer.email.slice(7, 13)}-${i}`,
        status: 'IN_REVIEW',
        chapterId: chapters[i % 2],
        submittedAt: new Date(Date.now() - (i + 3) * DAY_MS),
      });
      await assign(prisma, application.id, reviewer.userId, assignedBy, {
        dueAt: new Date(Date.now() + 21 * DAY_MS),
      });
    }
  }

  // Files waiting in the queue from the start, so coordinators have something to assign at once.
  for (const [i, coordinator] of coordinators.entries()) {
    for (let j = 0; j < 2; j++) {
      await queuedApplication(prisma, {
        associationId: association.id,
        name: `Waiting ${coordinator.email.slice(7, 13)}-${j}`,
        status: 'SUBMITTED',
        chapterId: chapters[(i + j) % 2],
        submittedAt: new Date(Date.now() - (j + 1) * DAY_MS),
      });
    }
  }

  let made = 0;
  /** A new applicant, signed in, whose portfolio meets IFA (degree, work, 30 h training, membership). */
  async function newApplicant(): Promise<ApplicantAccount> {
    made += 1;
    const name = `Load Applicant ${made}-${Math.random().toString(36).slice(2, 8)}`;
    const chapterId = chapters[made % 2] ?? north.id;
    const user = await createUser(prisma, { associationId: association.id, name, chapterId });
    const profile = await prisma.applicantProfile.findUniqueOrThrow({ where: { userId: user.id } });
    await fillIfaPortfolio(prisma, profile.id);
    // The fixture's membership is for the calendar year 2026; the load runs on the real clock.
    await prisma.membershipEntry.updateMany({
      where: { profileId: profile.id },
      data: {
        startsOn: new Date(`${isoDay(new Date(Date.now() - 60 * DAY_MS))}T00:00:00Z`),
        endsOn: new Date(`${isoDay(new Date(Date.now() + 300 * DAY_MS))}T00:00:00Z`),
      },
    });
    const client = loadClient(baseUrl, timeoutMs);
    await client.signIn(user.email);
    return { userId: user.id, email: user.email, name, profileId: profile.id, chapterId, client };
  }

  return { prisma, association, chapters, coordinators, analysts, reviewers, newApplicant };
}
