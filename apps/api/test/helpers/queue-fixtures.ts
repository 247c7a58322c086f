import { DEFAULT_EDITION } from '@imh/competencies';
import type { ApplicationStatus, LevelCode, MentorTrack, Prisma, PrismaClient } from '@imh/db';
import { judge, judgedApplicationInclude } from '../../src/applications/judge.ts';
import { snapshotOf } from '../../src/applications/submit.ts';
import { createAssociation, createUser } from './factories.ts';
import { signedInClient } from './sign-in.ts';
import type { TestServer } from './test-server.ts';

/**
 * An application as the queue sees it, written straight to the database: the applicant, the
 * application in the given status and one frozen round built by the real snapshot code.
 */
export async function queuedApplication(
  prisma: PrismaClient,
  opts: {
    associationId: string;
    name?: string;
    level?: LevelCode;
    track?: MentorTrack | null;
    chapterId?: string;
    status?: ApplicationStatus;
    submittedAt?: Date | null;
    employer?: string;
  },
) {
  const user = await createUser(prisma, {
    associationId: opts.associationId,
    name: opts.name ?? 'Queued Applicant',
    chapterId: opts.chapterId,
  });
  const profile = await prisma.applicantProfile.update({
    where: { userId: user.id },
    data: { employer: opts.employer ?? null },
  });
  const status = opts.status ?? 'SUBMITTED';
  const submittedAt = status === 'DRAFT' ? null : (opts.submittedAt ?? new Date('2026-11-01T10:00:00Z'));
  const document = await prisma.document.create({
    data: {
      profileId: profile.id,
      filename: 'certificate.pdf',
      contentType: 'application/pdf',
      sizeBytes: 4,
      sha256: 'x',
      storageKey: `missing-${profile.id}`,
    },
  });
  await prisma.trainingEntry.create({
    data: {
      profileId: profile.id,
      title: 'Infant development',
      provider: 'MI-AIMH',
      date: new Date('2025-03-01T00:00:00Z'),
      hours: 12,
      competencyDomains: [],
      topics: [],
      documentId: document.id,
    },
  });
  const application = await prisma.application.create({
    data: {
      profileId: profile.id,
      associationId: opts.associationId,
      level: opts.level ?? 'IFA',
      track: opts.track ?? null,
      ruleEdition: DEFAULT_EDITION.id,
      status,
      submittedAt,
    },
  });
  if (submittedAt) {
    const judged = await prisma.application.findUniqueOrThrow({
      where: { id: application.id },
      include: judgedApplicationInclude,
    });
    await prisma.applicationSubmission.create({
      data: {
        applicationId: application.id,
        round: 1,
        snapshot: snapshotOf(judged) as unknown as Prisma.InputJsonValue,
        evaluation: judge(judged, submittedAt) as unknown as Prisma.InputJsonValue,
        submittedById: user.id,
        submittedAt,
      },
    });
  }
  return { user, profile, application, document };
}

export async function assign(
  prisma: PrismaClient,
  applicationId: string,
  reviewerId: string,
  assignedById: string,
  extra: Partial<Prisma.ReviewAssignmentUncheckedCreateInput> = {},
) {
  return prisma.reviewAssignment.create({
    data: { applicationId, reviewerId, assignedById, dueAt: new Date('2026-12-15T00:00:00Z'), ...extra },
  });
}

/** A fresh association with a signed-in coordinator and reviewer. */
export async function staffTenant(server: TestServer) {
  const association = await createAssociation(server.prisma, ['North', 'South']);
  const coordinator = await createUser(server.prisma, {
    associationId: association.id,
    roles: ['COORDINATOR'],
    name: 'Casey Coordinator',
  });
  const reviewer = await createUser(server.prisma, {
    associationId: association.id,
    roles: ['REVIEWER'],
    name: 'Robin Reviewer',
  });
  return {
    association,
    coordinator,
    reviewer,
    coordinatorClient: await signedInClient(server.url, coordinator.email),
    reviewerClient: await signedInClient(server.url, reviewer.email),
  };
}
