import type { Endorsement, Renewal } from '@imh/db';
import { z } from 'zod';
import { toIsoDay } from '../calendar-day.ts';
import type { Context } from '../context.ts';
import {
  coordinatorToday,
  RENEWAL_BUCKETS,
  type RenewalBucket,
  type RenewalFilter,
  renewalQueueOrder,
  renewalQueueWhere,
} from '../renewals/dashboard.ts';
import { MAX_EXPORT_ROWS } from './queue-rows.ts';

export const RENEWAL_CSV_HEADER = [
  'Holder',
  'Email',
  'Chapter',
  'Endorsement number',
  'Level',
  'Track',
  'Status',
  'Renewal year due',
  'Due on',
  'Late renewal accepted until',
  'Renewal (year and status)',
  'Submitted on',
  'Late',
];

const params = z.object({
  bucket: z.enum(RENEWAL_BUCKETS),
  level: z.enum(['IFA', 'IFS', 'IFRS', 'IMHS', 'IMHM']).optional(),
  chapterId: z.string().min(1).optional(),
});

/** The renewals dashboard's URL parameters, as the admin console's CSV link writes them. */
export function parseRenewalParams(
  query: unknown,
): { ok: true; filter: RenewalFilter } | { ok: false; error: string } {
  const parsed = params.safeParse(query);
  if (!parsed.success)
    return {
      ok: false,
      error: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    };
  return { ok: true, filter: parsed.data };
}

/**
 * The renewal a row reports: the one waiting in "submitted", the one approved this year in
 * "renewed", otherwise the open year's (returned, signed or extended), if any.
 */
function renewalShown(
  e: Endorsement & { renewals: Renewal[] },
  bucket: RenewalBucket,
  today: Date,
): Renewal | undefined {
  if (bucket === 'SUBMITTED') return e.renewals.find((r) => r.status === 'SUBMITTED');
  if (bucket === 'RENEWED')
    return e.renewals.find(
      (r) => r.status === 'APPROVED' && r.decidedAt?.getUTCFullYear() === today.getUTCFullYear(),
    );
  return e.renewals.find((r) => r.year === e.expiresOn.getUTCFullYear());
}

/** One bucket of the dashboard, filtered as shown, a row per endorsement. */
export async function renewalCsvRows(ctx: Context, filter: RenewalFilter) {
  const today = await coordinatorToday(ctx);
  const rows = await ctx.prisma.endorsement.findMany({
    where: renewalQueueWhere(ctx, filter, today),
    orderBy: renewalQueueOrder(filter.bucket),
    take: MAX_EXPORT_ROWS,
    include: {
      profile: {
        select: { chapter: { select: { name: true } }, user: { select: { name: true, email: true } } },
      },
      renewals: { orderBy: [{ year: 'desc' }, { decidedAt: 'desc' }] },
    },
  });
  return rows.map((e) => {
    const shown = renewalShown(e, filter.bucket, today);
    return [
      e.profile.user.name,
      e.profile.user.email,
      e.profile.chapter?.name ?? '',
      e.number,
      e.level,
      e.track ?? '',
      e.status,
      e.expiresOn.getUTCFullYear(),
      toIsoDay(e.expiresOn),
      toIsoDay(e.graceEndsOn),
      shown ? `${shown.year} ${shown.status}` : '',
      shown?.submittedAt ? toIsoDay(shown.submittedAt) : '',
      shown?.late ? 'yes' : '',
    ];
  });
}
