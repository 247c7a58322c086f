import type { LevelCode, Prisma } from '@imh/db';
import { fromIsoDay, toIsoDay } from '../calendar-day.ts';
import type { Context } from '../context.ts';
import { coordinatedEndorsements } from './endorsement.ts';

export const RENEWAL_BUCKETS = [
  'DUE_30',
  'DUE_60',
  'DUE_90',
  'SUBMITTED',
  'OVERDUE',
  'LAPSED',
  'RENEWED',
] as const;
export type RenewalBucket = (typeof RENEWAL_BUCKETS)[number];

export type RenewalFilter = { bucket: RenewalBucket; level?: LevelCode | null; chapterId?: string | null };

const DAY_MS = 86_400_000;
const waiting: Prisma.EndorsementWhereInput = { renewals: { some: { status: 'SUBMITTED' } } };
const notWaiting: Prisma.EndorsementWhereInput = { renewals: { none: { status: 'SUBMITTED' } } };

/**
 * The dashboard's buckets as SQL conditions on the stored dates. "Due within N days" counts those
 * due from today to N days ahead (so 30 ⊂ 60 ⊂ 90); a submitted renewal leaves the due and overdue
 * buckets for "submitted"; an endorsement past its grace that the scheduler has not yet marked is
 * already counted as lapsed.
 */
export function bucketWhere(bucket: RenewalBucket, now: Date): Prisma.EndorsementWhereInput {
  const today = fromIsoDay(toIsoDay(now));
  const ahead = (days: number) => new Date(today.getTime() + days * DAY_MS);
  switch (bucket) {
    case 'DUE_30':
    case 'DUE_60':
    case 'DUE_90':
      return {
        status: 'ACTIVE',
        expiresOn: { gte: today, lte: ahead(Number(bucket.slice(4))) },
        ...notWaiting,
      };
    case 'SUBMITTED':
      return waiting;
    case 'OVERDUE':
      return { status: 'ACTIVE', expiresOn: { lt: today }, graceEndsOn: { gte: today }, ...notWaiting };
    case 'LAPSED':
      return {
        OR: [{ status: 'LAPSED' }, { status: 'ACTIVE', graceEndsOn: { lt: today }, ...notWaiting }],
      };
    case 'RENEWED': {
      const year = today.getUTCFullYear();
      return {
        renewals: {
          some: {
            status: 'APPROVED',
            decidedAt: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) },
          },
        },
      };
    }
  }
}

/** The coordinator's endorsements in one bucket, narrowed by level and chapter. */
export function renewalQueueWhere(ctx: Context, filter: RenewalFilter): Prisma.EndorsementWhereInput {
  return {
    AND: [
      coordinatedEndorsements(ctx),
      bucketWhere(filter.bucket, ctx.now()),
      filter.level ? { level: filter.level } : {},
      filter.chapterId ? { profile: { chapterId: filter.chapterId } } : {},
    ],
  };
}

/** Soonest first; submitted ones by how long they have waited. */
export const renewalQueueOrder = (bucket: RenewalBucket): Prisma.EndorsementOrderByWithRelationInput[] =>
  bucket === 'LAPSED' || bucket === 'RENEWED'
    ? [{ expiresOn: 'desc' }, { id: 'asc' }]
    : [{ expiresOn: 'asc' }, { id: 'asc' }];

export async function renewalCounts(
  ctx: Context,
  filter: Omit<RenewalFilter, 'bucket'>,
): Promise<Record<RenewalBucket, number>> {
  const counts = await Promise.all(
    RENEWAL_BUCKETS.map((bucket) =>
      ctx.prisma.endorsement.count({ where: renewalQueueWhere(ctx, { ...filter, bucket }) }),
    ),
  );
  return Object.fromEntries(RENEWAL_BUCKETS.map((b, i) => [b, counts[i]])) as Record<RenewalBucket, number>;
}
