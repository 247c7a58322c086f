import type { ApplicationStatus, LevelCode, MentorTrack, Prisma } from '@imh/db';
import { staffApplications } from '../applications/access.ts';
import { fromIsoDay } from '../calendar-day.ts';
import type { Context } from '../context.ts';

const DAY_MS = 86_400_000;

export type QueueFilter = {
  statuses?: readonly ApplicationStatus[] | null;
  level?: LevelCode | null;
  track?: MentorTrack | null;
  chapterId?: string | null;
  /** Calendar days, inclusive at both ends. */
  submittedFrom?: string | null;
  submittedTo?: string | null;
  waitingMoreThanDays?: number | null;
  /** A reviewer's user id (not a global id). */
  reviewerId?: string | null;
};

export const QUEUE_SORT_FIELDS = ['SUBMITTED_AT', 'WAITING', 'LEVEL', 'APPLICANT_NAME'] as const;
export type QueueSortField = (typeof QUEUE_SORT_FIELDS)[number];
export type QueueOrder = { field: QueueSortField; direction: 'ASC' | 'DESC' };
export const DEFAULT_QUEUE_ORDER: QueueOrder = { field: 'WAITING', direction: 'DESC' };

/**
 * The staff queue: what staffApplications lets the viewer handle (the one visibility rule), less
 * drafts, which are the applicant's own business until submitted, narrowed by the filter.
 */
export function queueWhere(ctx: Context, filter: QueueFilter = {}): Prisma.ApplicationWhereInput {
  const now = ctx.now().getTime();
  const submittedAt: Prisma.DateTimeNullableFilter = {};
  if (filter.submittedFrom) submittedAt.gte = fromIsoDay(filter.submittedFrom);
  if (filter.submittedTo) submittedAt.lt = new Date(fromIsoDay(filter.submittedTo).getTime() + DAY_MS);
  if (filter.waitingMoreThanDays != null) {
    const cutoff = new Date(now - filter.waitingMoreThanDays * DAY_MS);
    submittedAt.lt = submittedAt.lt && submittedAt.lt < cutoff ? submittedAt.lt : cutoff;
  }
  return {
    AND: [
      staffApplications(ctx),
      { status: filter.statuses?.length ? { in: [...filter.statuses], not: 'DRAFT' } : { not: 'DRAFT' } },
      filter.level ? { level: filter.level } : {},
      filter.track ? { track: filter.track } : {},
      filter.chapterId ? { profile: { chapterId: filter.chapterId } } : {},
      Object.keys(submittedAt).length ? { submittedAt } : {},
      filter.reviewerId
        ? { assignments: { some: { reviewerId: filter.reviewerId, status: { not: 'WITHDRAWN' } } } }
        : {},
    ],
  };
}

/** Every order ends on the id, so that pages never repeat or skip rows that tie. */
export function queueOrderBy(
  order: QueueOrder = DEFAULT_QUEUE_ORDER,
): Prisma.ApplicationOrderByWithRelationInput[] {
  const dir = order.direction === 'ASC' ? 'asc' : 'desc';
  // Waiting longest means submitted earliest: the two sorts run in opposite directions.
  const flipped = dir === 'asc' ? 'desc' : 'asc';
  const primary: Prisma.ApplicationOrderByWithRelationInput[] = {
    SUBMITTED_AT: [{ submittedAt: { sort: dir, nulls: 'last' } }],
    WAITING: [{ submittedAt: { sort: flipped, nulls: 'last' } }],
    // The enum's declared order is the ladder of levels, IFA to IMHM.
    LEVEL: [{ level: dir }, { track: { sort: dir, nulls: 'first' } }],
    APPLICANT_NAME: [{ profile: { user: { name: dir } } }],
  }[order.field] as Prisma.ApplicationOrderByWithRelationInput[];
  return [...primary, { id: 'asc' }];
}

/** Whole days since the latest submission; null before the first. */
export function waitingDays(submittedAt: Date | null, now: Date): number | null {
  return submittedAt ? Math.max(0, Math.floor((now.getTime() - submittedAt.getTime()) / DAY_MS)) : null;
}
