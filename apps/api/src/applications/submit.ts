import type { Portfolio } from '@imh/competencies';
import type { Prisma } from '@imh/db';
import { appendAudit } from '../audit/audit-log.ts';
import type { Context } from '../context.ts';
import { ConflictError } from '../errors.ts';
import { UnmetRequirementsError } from './errors.ts';
import { type JudgedApplication, judge, judgedApplicationInclude, rulesPortfolioOf } from './judge.ts';
import { lockApplication } from './lock.ts';
import { SUBMITTED_STATUSES } from './statuses.ts';
import { moveApplication } from './transition.ts';

/**
 * Submits (or resubmits) the viewer's application. One transaction: the row lock makes a second
 * press wait for the first and then find the application already submitted, which it returns
 * unchanged, so pressing twice submits once. Refused with every unmet requirement unless the rules
 * say the application is ready for review.
 */
export async function submitApplication(ctx: Context, applicationId: string, response: string | null) {
  const userId = ctx.viewer?.userId ?? '';
  return ctx.prisma.$transaction(async (tx) => {
    await lockApplication(tx, applicationId, { profile: { userId } });
    const app = await tx.application.findUniqueOrThrow({
      where: { id: applicationId },
      include: judgedApplicationInclude,
    });
    if (SUBMITTED_STATUSES.includes(app.status)) return app;
    if (app.status !== 'DRAFT' && app.status !== 'CHANGES_REQUESTED') {
      throw new ConflictError('This application can no longer be submitted.');
    }
    const evaluation = judge(app, ctx.now());
    if (!evaluation.readyForReview) {
      throw new UnmetRequirementsError(evaluation.requirements.filter((r) => r.status === 'not_met'));
    }
    const round = (await tx.applicationSubmission.count({ where: { applicationId } })) + 1;
    await tx.applicationSubmission.create({
      data: {
        applicationId,
        round,
        snapshot: snapshotOf(app) as unknown as Prisma.InputJsonValue,
        evaluation: evaluation as unknown as Prisma.InputJsonValue,
        response: app.status === 'CHANGES_REQUESTED' ? response : null,
        submittedById: userId,
        submittedAt: ctx.now(),
      },
    });
    await appendAudit(tx, {
      actorId: userId,
      action: 'application.submit',
      entityType: 'Application',
      entityId: applicationId,
      after: { round, editionId: evaluation.editionId },
      ip: ctx.ip,
      at: ctx.now(),
    });
    const resubmission = app.status === 'CHANGES_REQUESTED';
    await moveApplication(tx, ctx, app, resubmission ? 'RESUBMITTED' : 'SUBMITTED', {
      role: 'applicant',
      userId,
      // An answer belongs to a change request; a first submission has none to answer.
      message: resubmission ? response : null,
    });
    return tx.application.findUniqueOrThrow({
      where: { id: applicationId },
      include: judgedApplicationInclude,
    });
  });
}

/**
 * What reviewers judge: the portfolio as the rules read it, plus the documents and the profile
 * details a reviewer needs to read it. Frozen here; later edits to entries never reach this round.
 */
export function snapshotOf(app: JudgedApplication) {
  const { profile } = app;
  return {
    applicant: { name: profile.user.name, email: profile.user.email },
    portfolio: rulesPortfolioOf(app, 'applicant'),
    // Only for reviewers and coordinators: includes what the raters answered.
    staffPortfolio: rulesPortfolioOf(app, 'staff'),
    documents: [...profile.education, ...profile.work, ...profile.trainings, ...profile.rsc]
      .filter((entry) => entry.documentId)
      .map((entry) => ({ entryId: entry.id, documentId: entry.documentId })),
    trainingProviders: Object.fromEntries(profile.trainings.map((t) => [t.id, t.provider])),
  };
}

/** The portfolio frozen in a round's snapshot. */
export const snapshotPortfolio = (snapshot: Prisma.JsonValue): Portfolio =>
  (snapshot as unknown as ReturnType<typeof snapshotOf>).portfolio;
