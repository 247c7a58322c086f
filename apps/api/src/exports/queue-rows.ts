import { toIsoDay } from '../calendar-day.ts';
import type { Context } from '../context.ts';
import { type QueueFilter, type QueueOrder, queueOrderBy, queueWhere, waitingDays } from '../queue/filter.ts';

/** A spreadsheet of this size is already beyond reading; the queue view narrows further. */
export const MAX_EXPORT_ROWS = 10_000;

export const QUEUE_CSV_HEADER = [
  'Application ID',
  'Applicant',
  'Email',
  'Chapter',
  'Employer',
  'Level',
  'Track',
  'Status',
  'Submitted on',
  'Waiting days',
  'Reviewers',
];

/** The filtered queue, in the queue's order, one row per application. */
export async function queueCsvRows(ctx: Context, filter: QueueFilter, order: QueueOrder) {
  const apps = await ctx.prisma.application.findMany({
    where: queueWhere(ctx, filter),
    orderBy: queueOrderBy(order),
    take: MAX_EXPORT_ROWS,
    include: {
      profile: {
        include: { user: { select: { name: true, email: true } }, chapter: { select: { name: true } } },
      },
      assignments: {
        where: { status: { not: 'WITHDRAWN' } },
        include: { reviewer: { select: { name: true } } },
        orderBy: { createdAt: 'asc' },
      },
    },
  });
  const now = ctx.now();
  return apps.map((a) => [
    a.id,
    a.profile.user.name,
    a.profile.user.email,
    a.profile.chapter?.name ?? '',
    a.profile.employer ?? '',
    a.level,
    a.track ?? '',
    a.status,
    a.submittedAt ? toIsoDay(a.submittedAt) : '',
    waitingDays(a.submittedAt, now),
    a.assignments.map((s) => s.reviewer.name).join('; '),
  ]);
}
