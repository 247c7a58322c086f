import type { Prisma, ReviewRecommendation } from '@imh/db';
import { staffApplications } from '../applications/access.ts';
import { appendAudit } from '../audit/audit-log.ts';
import type { Context } from '../context.ts';
import { ConflictError, FieldValidationError, NotFoundError } from '../errors.ts';
import { notifyCoordinators } from './notify-staff.ts';
import { type ReviewScore, rubricFor } from './rubric.ts';

type Tx = Prisma.TransactionClient;

export type ReviewInput = {
  scores: ReviewScore[];
  comments?: string | null;
  recommendation?: ReviewRecommendation | null;
};

/**
 * The viewer's own open assignment, locked for the rest of the transaction. Only the assigned
 * reviewer reaches it, and only while staffApplications lets them handle the application (still a
 * reviewer of the association, never their own file); a coordinator is no exception.
 */
async function lockOwnAssignment(tx: Tx, ctx: Context, assignmentId: string) {
  const visible = await tx.reviewAssignment.findFirst({
    where: {
      id: assignmentId,
      reviewerId: ctx.viewer?.userId ?? '',
      status: { not: 'WITHDRAWN' },
      application: staffApplications(ctx),
    },
    select: { id: true },
  });
  if (!visible) throw new NotFoundError('No such assignment.');
  await tx.$queryRaw`SELECT id FROM "ReviewAssignment" WHERE id = ${assignmentId} FOR UPDATE`;
  const assignment = await tx.reviewAssignment.findUniqueOrThrow({
    where: { id: assignmentId },
    include: { review: true, application: true },
  });
  if (assignment.status === 'COMPLETED' || assignment.review?.status === 'SUBMITTED') {
    throw new ConflictError('This review is submitted and can no longer be changed.');
  }
  if (assignment.application.status !== 'IN_REVIEW') {
    throw new ConflictError('The application is no longer in review.');
  }
  return assignment;
}

/** Creates or updates the reviewer's draft. Scores are checked against the level's rubric. */
export async function saveReview(ctx: Context, assignmentId: string, input: ReviewInput) {
  return ctx.prisma.$transaction(async (tx) => {
    const assignment = await lockOwnAssignment(tx, ctx, assignmentId);
    const domains = new Set(rubricFor(assignment.application).map((d) => d.id));
    const seen = new Set<string>();
    const issues = input.scores.flatMap((s, i) => {
      if (!domains.has(s.domainId))
        return [
          { path: `scores.${i}.domainId`, message: 'This domain is not on the rubric for this level.' },
        ];
      if (seen.has(s.domainId))
        return [{ path: `scores.${i}.domainId`, message: 'This domain is scored twice.' }];
      seen.add(s.domainId);
      return [];
    });
    if (issues.length > 0) throw new FieldValidationError(issues);
    const data = {
      scores: Object.fromEntries(input.scores.map((s) => [s.domainId, s.score])),
      comments: input.comments?.trim() || null,
      recommendation: input.recommendation ?? null,
    };
    return tx.review.upsert({
      where: { assignmentId },
      create: { assignmentId, ...data },
      update: data,
    });
  });
}

/**
 * Submits the draft: every domain scored and a recommendation made. The review becomes read-only and
 * the assignment complete; the coordinators hear of it (the recommendation itself stays in the app).
 */
export async function submitReview(ctx: Context, assignmentId: string) {
  const userId = ctx.viewer?.userId ?? '';
  return ctx.prisma.$transaction(async (tx) => {
    const assignment = await lockOwnAssignment(tx, ctx, assignmentId);
    const review = assignment.review;
    const scores = (review?.scores ?? {}) as Record<string, number>;
    const missing = rubricFor(assignment.application).filter((d) => scores[d.id] === undefined);
    const issues = [
      ...missing.map((d) => ({ path: `scores.${d.id}`, message: `Score ${d.name}.` })),
      ...(review?.recommendation ? [] : [{ path: 'recommendation', message: 'Choose a recommendation.' }]),
    ];
    if (!review || issues.length > 0) throw new FieldValidationError(issues);
    const now = ctx.now();
    const submitted = await tx.review.update({
      where: { id: review.id },
      data: { status: 'SUBMITTED', submittedAt: now },
    });
    await tx.reviewAssignment.update({
      where: { id: assignmentId },
      data: { status: 'COMPLETED', completedAt: now },
    });
    await appendAudit(tx, {
      actorId: userId,
      action: 'review.submit',
      entityType: 'Review',
      entityId: review.id,
      after: { applicationId: assignment.applicationId, recommendation: review.recommendation, scores },
      ip: ctx.ip,
      at: now,
    });
    await notifyCoordinators(
      tx,
      ctx,
      assignment.application.associationId,
      {
        kind: 'review.submitted',
        title: 'Review submitted',
        body: `A reviewer submitted their review of a ${assignment.application.level} application. Open the admin console to read it.`,
        link: '/admin/',
      },
      [userId, ...(await applicantId(tx, assignment.application.profileId))],
    );
    return submitted;
  });
}

const applicantId = async (tx: Tx, profileId: string) => [
  (await tx.applicantProfile.findUniqueOrThrow({ where: { id: profileId }, select: { userId: true } }))
    .userId,
];
