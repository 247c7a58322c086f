import type { Application, Prisma } from '@imh/db';
import { associationsWhere, type Context } from '../context.ts';

/** Reviewers and coordinators: who may read an application's confidential parts (reference ratings). */
export async function isStaffFor(
  ctx: Context,
  app: Pick<Application, 'id' | 'associationId'>,
): Promise<boolean> {
  if (associationsWhere(ctx, 'COORDINATOR').includes(app.associationId)) return true;
  if (!ctx.viewer || associationsWhere(ctx, 'REVIEWER').length === 0) return false;
  const assignment = await ctx.prisma.reviewAssignment.findFirst({
    where: { applicationId: app.id, reviewerId: ctx.viewer.userId, status: { not: 'WITHDRAWN' } },
    select: { id: true },
  });
  return assignment !== null;
}

/** The applications a viewer may read: their own, their associations' as coordinator, and assigned reviews. */
export function readableApplications(ctx: Context): Prisma.ApplicationWhereInput {
  const userId = ctx.viewer?.userId ?? '';
  return {
    OR: [
      { profile: { userId } },
      { associationId: { in: associationsWhere(ctx, 'COORDINATOR') } },
      { assignments: { some: { reviewerId: userId, status: { not: 'WITHDRAWN' } } } },
    ],
  };
}
