import { Prisma } from '@imh/db';
import { associationsWhere, type Context } from '../context.ts';
import { workloadOf } from './workload.ts';

/** The reviewers a coordinator manages: people holding REVIEWER in an association they run. */
export function reviewersWhere(ctx: Context, search?: string | null): Prisma.UserWhereInput {
  const term = search?.trim();
  return {
    roles: { some: { role: 'REVIEWER', associationId: { in: associationsWhere(ctx, 'COORDINATOR') } } },
    ...(term
      ? {
          OR: [
            { email: { contains: term, mode: Prisma.QueryMode.insensitive } },
            { name: { contains: term, mode: Prisma.QueryMode.insensitive } },
          ],
        }
      : {}),
  };
}

/** A reviewer's assignments on the coordinator's associations' applications: the workload's input. */
export const assignmentsSeenBy = (ctx: Context): Prisma.ReviewAssignmentWhereInput => ({
  application: { associationId: { in: associationsWhere(ctx, 'COORDINATOR') } },
});

// One query per reviewer and request, however many workload fields a page asks for.
const cache = new WeakMap<Context, Map<string, ReturnType<typeof loadWorkload>>>();

async function loadWorkload(ctx: Context, reviewerId: string) {
  const assignments = await ctx.prisma.reviewAssignment.findMany({
    where: { reviewerId, ...assignmentsSeenBy(ctx) },
    select: { status: true, createdAt: true, completedAt: true, dueAt: true },
  });
  return workloadOf(assignments, ctx.now());
}

export function workloadFor(ctx: Context, reviewerId: string) {
  let perUser = cache.get(ctx);
  if (!perUser) {
    perUser = new Map();
    cache.set(ctx, perUser);
  }
  let loaded = perUser.get(reviewerId);
  if (!loaded) {
    loaded = loadWorkload(ctx, reviewerId);
    perUser.set(reviewerId, loaded);
  }
  return loaded;
}
