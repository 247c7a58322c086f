import type { Prisma } from '@imh/db';
import { appendAudit } from '../audit/audit-log.ts';
import type { Context } from '../context.ts';
import { coordinatedApplications } from './access.ts';
import { lockApplication } from './lock.ts';
import { moveApplication } from './transition.ts';

/** An application of one of the coordinator's associations, not their own, locked for a status change. */
export const lockForCoordinator = (tx: Prisma.TransactionClient, ctx: Context, id: string) =>
  lockApplication(tx, id, coordinatedApplications(ctx));

/** The coordinator has checked the file and sends it to the reviewers. */
export async function startReview(ctx: Context, applicationId: string) {
  return ctx.prisma.$transaction(async (tx) => {
    const app = await lockForCoordinator(tx, ctx, applicationId);
    return moveApplication(tx, ctx, app, 'IN_REVIEW', {
      role: 'coordinator',
      userId: ctx.viewer?.userId ?? null,
    });
  });
}

/**
 * Returns the application to the applicant with the reviewers' questions. The message and the named
 * sections are kept as a change request, so every round stays in the history.
 */
export async function requestChanges(
  ctx: Context,
  applicationId: string,
  message: string,
  sections: string[],
) {
  const userId = ctx.viewer?.userId ?? '';
  return ctx.prisma.$transaction(async (tx) => {
    const app = await lockForCoordinator(tx, ctx, applicationId);
    const moved = await moveApplication(tx, ctx, app, 'CHANGES_REQUESTED', {
      role: 'coordinator',
      userId,
      message,
    });
    const decision = await tx.decision.create({
      data: {
        applicationId,
        kind: 'REQUEST_CHANGES',
        message,
        sections,
        decidedById: userId,
        createdAt: ctx.now(),
      },
    });
    await appendAudit(tx, {
      actorId: userId,
      action: 'application.request_changes',
      entityType: 'Application',
      entityId: applicationId,
      after: { decisionId: decision.id, sections },
      ip: ctx.ip,
      at: ctx.now(),
    });
    return moved;
  });
}
