import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '@imh/db';
import { judge, judgedApplicationInclude } from '../src/applications/judge.ts';
import { snapshotOf } from '../src/applications/submit.ts';
import { hashPassword } from '../src/auth/passwords.ts';
import { rubricFor } from '../src/review/rubric.ts';
import { createUser, TEST_PASSWORD } from '../test/helpers/factories.ts';
import type { BenchWorld } from './operations/index.ts';

const DAY_MS = 86_400_000;
const token = () => randomBytes(16).toString('hex');

/**
 * Review assignments for every application that has been with reviewers: the population generator
 * writes none, and the queue page shows them. Two reviewers each, picked by a hash of the id; open
 * while in review, completed once past it. One INSERT … SELECT, like the generator's own steps.
 */
async function assignReviewers(prisma: PrismaClient, associationId: string, coordinatorId: string) {
  return prisma.$executeRawUnsafe(
    `WITH reviewers AS (
       SELECT u.id, (row_number() OVER (ORDER BY u.id) - 1)::int AS i, count(*) OVER ()::int AS n
       FROM "User" u JOIN "UserRole" r ON r."userId" = u.id
       WHERE r.role = 'REVIEWER' AND r."associationId" = $1)
     INSERT INTO "ReviewAssignment" (id, "applicationId", "reviewerId", "assignedById", status, round, "dueAt",
       "createdAt", "completedAt")
     SELECT 'bench-ra-' || a.id || '-' || k, a.id, rv.id, $2,
       CASE WHEN a.status IN ('IN_REVIEW', 'RESUBMITTED') THEN 'ASSIGNED' ELSE 'COMPLETED' END::"AssignmentStatus", 1,
       a."submittedAt" + interval '21 days', a."submittedAt" + interval '1 day' + k * interval '1 hour',
       CASE WHEN a.status IN ('IN_REVIEW', 'RESUBMITTED') THEN NULL ELSE a."submittedAt" + interval '14 days' END
     FROM "Application" a CROSS JOIN generate_series(1, 2) k
     JOIN reviewers rv ON rv.i = (abs(hashtext(a.id)) + k) % rv.n
     WHERE a."associationId" = $1 AND a."submittedAt" IS NOT NULL
       AND a.status IN ('IN_REVIEW', 'CHANGES_REQUESTED', 'RESUBMITTED', 'EXAM_PENDING', 'ENDORSED', 'DENIED')
     ON CONFLICT DO NOTHING`,
    associationId,
    coordinatorId,
  );
}

/** Raters for an application: `received` of them answered (with ratings on the level's competencies). */
async function addReferences(prisma: PrismaClient, applicationId: string, at: Date, received: number) {
  const app = await prisma.application.findUniqueOrThrow({ where: { id: applicationId } });
  const competencies = rubricFor(app).flatMap((d) => d.competencies.map((c) => c.id));
  const roles = ['CURRENT_SUPERVISOR', 'RSC_PROVIDER', 'COLLEAGUE'] as const;
  for (const [i, raterRole] of roles.entries()) {
    const answered = i < received;
    await prisma.referenceRequest.create({
      data: {
        applicationId,
        raterName: `Rater ${i + 1}`,
        raterEmail: `rater-${i + 1}-${applicationId}@example.org`,
        raterRole,
        raterLevel: i === 1 ? 'IMHM' : null,
        knownSince: new Date(at.getTime() - 900 * DAY_MS),
        tokenHash: token(),
        status: answered ? 'RECEIVED' : 'REQUESTED',
        sentAt: new Date(at.getTime() - (20 - i) * DAY_MS),
        expiresAt: new Date(at.getTime() + (10 + i) * DAY_MS),
        rating: answered
          ? {
              create: {
                knownSince: new Date(at.getTime() - 900 * DAY_MS),
                ratings: Object.fromEntries(competencies.map((id, k) => [id, k === 2 ? null : 3 + (k % 3)])),
                comments: 'Works thoughtfully with families; reflective in supervision.',
                submittedAt: new Date(at.getTime() - (5 - i) * DAY_MS),
              },
            }
          : undefined,
      },
    });
  }
}

/**
 * The application the detail page opens: an application in review made as complete as the real flow
 * makes one (the generated rounds carry empty snapshots): raters with their answers, a document, the
 * status history, reviews, and its rounds' snapshot and judgement rebuilt by the real snapshot code.
 */
async function enrichDetailApplication(prisma: PrismaClient, associationId: string, coordinatorId: string) {
  const app = await prisma.application.findFirstOrThrow({
    where: { associationId, status: 'IN_REVIEW', profile: { trainings: { some: {} } } },
    orderBy: { id: 'asc' },
    include: { profile: { include: { trainings: { take: 1 } } }, assignments: true, references: true },
  });
  if (app.references.length) return app.id; // prepared by an earlier run (--reuse)
  const submittedAt = app.submittedAt as Date;
  await addReferences(prisma, app.id, submittedAt, 2);
  const training = app.profile.trainings[0];
  if (training) {
    const document = await prisma.document.create({
      data: {
        profileId: app.profileId,
        filename: 'certificate.pdf',
        contentType: 'application/pdf',
        sizeBytes: 48_213,
        sha256: token(),
        storageKey: `bench-${token()}`,
      },
    });
    await prisma.trainingEntry.update({ where: { id: training.id }, data: { documentId: document.id } });
  }
  await prisma.applicationEvent.createMany({
    data: [
      {
        applicationId: app.id,
        fromStatus: 'DRAFT',
        toStatus: 'SUBMITTED',
        actorId: app.profile.userId,
        createdAt: submittedAt,
      },
      {
        applicationId: app.id,
        fromStatus: 'SUBMITTED',
        toStatus: 'IN_REVIEW',
        actorId: coordinatorId,
        createdAt: new Date(submittedAt.getTime() + DAY_MS),
      },
    ],
  });
  const domains = rubricFor(app).map((d) => d.id);
  for (const [i, assignment] of app.assignments.entries()) {
    await prisma.review.create({
      data: {
        assignmentId: assignment.id,
        scores: Object.fromEntries(domains.map((id, k) => [id, 3 + ((k + i) % 3)])),
        comments: i === 0 ? 'Strong reflective practice; training hours well documented.' : null,
        recommendation: i === 0 ? 'ENDORSE' : null,
        status: i === 0 ? 'SUBMITTED' : 'DRAFT',
        submittedAt: i === 0 ? new Date(submittedAt.getTime() + 9 * DAY_MS) : null,
      },
    });
  }
  const judged = await prisma.application.findUniqueOrThrow({
    where: { id: app.id },
    include: judgedApplicationInclude,
  });
  await prisma.applicationSubmission.updateMany({
    where: { applicationId: app.id },
    data: { snapshot: snapshotOf(judged) as never, evaluation: judge(judged, submittedAt) as never },
  });
  return app.id;
}

/** An applicant with one application, a draft, and a portfolio; signing in with the factories' password. */
async function prepareApplicant(prisma: PrismaClient, associationId: string) {
  const [found] = await prisma.$queryRawUnsafe<{ applicationId: string; userId: string }[]>(
    `SELECT a.id AS "applicationId", p."userId" FROM "Application" a JOIN "ApplicantProfile" p ON p.id = a."profileId"
     WHERE a."associationId" = $1 AND a.status = 'DRAFT'
       AND (SELECT count(*) FROM "Application" b WHERE b."profileId" = p.id) = 1
       AND (SELECT count(*) FROM "TrainingEntry" t WHERE t."profileId" = p.id) >= 3
     ORDER BY a.id LIMIT 1`,
    associationId,
  );
  if (!found) throw new Error('The population has no applicant with a single draft application.');
  const user = await prisma.user.update({
    where: { id: found.userId },
    data: { passwordHash: await hashPassword(TEST_PASSWORD) },
  });
  if (!(await prisma.referenceRequest.count({ where: { applicationId: found.applicationId } })))
    await addReferences(prisma, found.applicationId, new Date(), 1);
  return { userId: user.id, email: user.email, applicationId: found.applicationId };
}

/** The signed-in people and the rows the operations read, on top of the generated population. */
export async function prepareWorld(
  prisma: PrismaClient,
  opts: { associationId: string; chapterId: string },
): Promise<{ world: BenchWorld; assignments: number }> {
  const { associationId, chapterId } = opts;
  const coordinator = await createUser(prisma, {
    associationId,
    roles: ['COORDINATOR'],
    name: 'Bench Coordinator',
  });
  const analyst = await createUser(prisma, {
    associationId,
    roles: ['CHAPTER_ANALYST'],
    chapterId,
    name: 'Bench Analyst',
  });
  const assignments = await assignReviewers(prisma, associationId, coordinator.id);
  const detailApplicationId = await enrichDetailApplication(prisma, associationId, coordinator.id);
  const applicant = await prepareApplicant(prisma, associationId);
  return {
    assignments,
    world: {
      associationId,
      chapterId,
      applicant,
      coordinator: { userId: coordinator.id, email: coordinator.email },
      analyst: { userId: analyst.id, email: analyst.email },
      detailApplicationId,
    },
  };
}
