import type { LevelCode, Prisma } from '@imh/db';
import { editionById } from '../applications/judge.ts';
import { fromIsoDay } from '../calendar-day.ts';
import type { Context } from '../context.ts';
import { coordinatedEndorsements } from './endorsement.ts';
import { localDay, renewalSettings } from './settings.ts';

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
export function bucketWhere(bucket: RenewalBucket, today: Date): Prisma.EndorsementWhereInput {
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

/** Today in the coordinator's association (the first, for the rare coordinator of several). */
export async function coordinatorToday(ctx: Context): Promise<Date> {
  const first = ctx.viewer?.roles.find((r) => r.role === 'COORDINATOR');
  const association = first
    ? await ctx.prisma.association.findUnique({
        where: { id: first.associationId },
        select: { ruleEdition: true, settings: true },
      })
    : null;
  const timeZone = association
    ? renewalSettings(association.settings, editionById(association.ruleEdition)).timeZone
    : 'UTC';
  return fromIsoDay(localDay(ctx.now(), timeZone));
}

/** The coordinator's endorsements in one bucket, narrowed by level and chapter, as of `today`. */
export function renewalQueueWhere(
  ctx: Context,
  filter: RenewalFilter,
  today: Date,
): Prisma.EndorsementWhereInput {
  return {
    AND: [
      coordinatedEndorsements(ctx),
      bucketWhere(filter.bucket, today),
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
  const today = await coordinatorToday(ctx);
  const counts = await Promise.all(
    RENEWAL_BUCKETS.map((bucket) =>
      ctx.prisma.endorsement.count({ where: renewalQueueWhere(ctx, { ...filter, bucket }, today) }),
    ),
  );
  return Object.fromEntries(RENEWAL_BUCKETS.map((b, i) => [b, counts[i]])) as Record<RenewalBucket, number>;
}
