import type { Context } from '../context.ts';
import { reviewersWhere, workloadFor } from '../reviewers/roster.ts';
import { MAX_EXPORT_ROWS } from './queue-rows.ts';

export const WORKLOAD_CSV_HEADER = [
  'Reviewer',
  'Email',
  'Active',
  'Levels reviewed',
  'Open assignments',
  'Completed assignments',
  'Average days to complete',
  'Overdue assignments',
];

/** Every reviewer of the coordinator's associations with their load, as the reviewers view shows it. */
export async function workloadCsvRows(ctx: Context) {
  const reviewers = await ctx.prisma.user.findMany({
    where: reviewersWhere(ctx),
    orderBy: { email: 'asc' },
    take: MAX_EXPORT_ROWS,
    include: { qualifications: { orderBy: { level: 'asc' } } },
  });
  return Promise.all(
    reviewers.map(async (r) => {
      const load = await workloadFor(ctx, r.id);
      return [
        r.name,
        r.email,
        r.active ? 'yes' : 'no',
        r.qualifications.map((q) => q.level).join('; '),
        load.openAssignments,
        load.completedAssignments,
        load.averageDaysToComplete,
        load.overdueAssignments,
      ];
    }),
  );
}
