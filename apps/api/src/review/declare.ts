import { appendAudit } from '../audit/audit-log.ts';
import { associationsWhere, type Context } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import { notifyCoordinators } from './notify-staff.ts';

/**
 * A reviewer declares a conflict with the applicant of an application assigned to them, or one they
 * could be offered (they review its level in its association). The declaration is kept per applicant,
 * so it holds for the applicant's later applications too; an open assignment is withdrawn, because
 * a reviewer who declares a conflict should not go on to review.
 */
export async function declareConflict(ctx: Context, applicationId: string, reason: string) {
  const userId = ctx.viewer?.userId ?? '';
  return ctx.prisma.$transaction(async (tx) => {
    // Drafts are the applicant's own business: nobody is offered one to review.
    const app = await tx.application.findFirst({
      where: {
        id: applicationId,
        associationId: { in: associationsWhere(ctx, 'REVIEWER') },
        profile: { userId: { not: userId } },
        status: { not: 'DRAFT' },
      },
      select: { id: true, profileId: true, associationId: true, level: true },
    });
    const assigned = await tx.reviewAssignment.count({
      where: { applicationId, reviewerId: userId, status: { not: 'WITHDRAWN' } },
    });
    const qualified = app ? await tx.reviewerQualification.count({ where: { userId, level: app.level } }) : 0;
    if (!app || (assigned === 0 && qualified === 0)) throw new NotFoundError('No such application.');
    const declaration = await tx.conflictDeclaration.upsert({
      where: { reviewerId_profileId: { reviewerId: userId, profileId: app.profileId } },
      create: { reviewerId: userId, profileId: app.profileId, reason, createdAt: ctx.now() },
      update: { reason },
    });
    const withdrawn = await tx.reviewAssignment.updateMany({
      where: { applicationId, reviewerId: userId, status: 'ASSIGNED' },
      data: { status: 'WITHDRAWN' },
    });
    await appendAudit(tx, {
      actorId: userId,
      action: 'conflict.declare',
      entityType: 'Application',
      entityId: applicationId,
      after: { reason, assignmentWithdrawn: withdrawn.count > 0 },
      ip: ctx.ip,
      at: ctx.now(),
    });
    await notifyCoordinators(
      tx,
      ctx,
      app.associationId,
      {
        kind: 'review.conflict_declared',
        title: 'A reviewer declared a conflict of interest',
        body:
          withdrawn.count > 0
            ? 'A reviewer declared a conflict with an application assigned to them and was withdrawn from it. Assign another reviewer.'
            : 'A reviewer declared a conflict of interest with an applicant.',
        link: '/admin/',
      },
      [userId],
    );
    return declaration;
  });
}
