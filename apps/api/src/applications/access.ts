import type { Prisma } from '@imh/db';
import { associationsWhere, type Context } from '../context.ts';

/**
 * The applications a viewer handles as staff: as a coordinator of the association, or as a reviewer
 * of the association with an active assignment. Never their own: staff who apply are applicants
 * for that file, and read no rating of their own references.
 */
export function staffApplications(ctx: Context): Prisma.ApplicationWhereInput {
  const userId = ctx.viewer?.userId ?? '';
  return {
    profile: { userId: { not: userId } },
    OR: [
      coordinatorPart(ctx),
      {
        associationId: { in: associationsWhere(ctx, 'REVIEWER') },
        assignments: { some: { reviewerId: userId, status: { not: 'WITHDRAWN' } } },
      },
    ],
  };
}

// The coordinator half of staffApplications, shared with coordinatedApplications so the rule stays one.
const coordinatorPart = (ctx: Context): Prisma.ApplicationWhereInput => ({
  associationId: { in: associationsWhere(ctx, 'COORDINATOR') },
});

/** The part of staffApplications a coordinator runs: every file of their associations but their own. */
export function coordinatedApplications(ctx: Context): Prisma.ApplicationWhereInput {
  return { profile: { userId: { not: ctx.viewer?.userId ?? '' } }, ...coordinatorPart(ctx) };
}

/** Whether the viewer runs this application as a coordinator (decisions, assignments, all reviews). */
export async function isCoordinatorFor(ctx: Context, applicationId: string): Promise<boolean> {
  if (!ctx.viewer) return false;
  return (
    (await ctx.prisma.application.count({ where: { id: applicationId, ...coordinatedApplications(ctx) } })) >
    0
  );
}

/** The applications a viewer may read: their own and those they handle as staff. */
export function readableApplications(ctx: Context): Prisma.ApplicationWhereInput {
  return { OR: [{ profile: { userId: ctx.viewer?.userId ?? '' } }, staffApplications(ctx)] };
}

/** Whether the viewer may read an application's confidential parts (reference ratings). */
export async function isStaffFor(ctx: Context, applicationId: string): Promise<boolean> {
  if (!ctx.viewer) return false;
  return (
    (await ctx.prisma.application.count({ where: { id: applicationId, ...staffApplications(ctx) } })) > 0
  );
}
