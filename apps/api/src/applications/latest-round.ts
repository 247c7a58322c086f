import type { Context } from '../context.ts';
import { cachedForRequest } from '../request-cache.ts';

/**
 * The latest submitted round of an application (its frozen snapshot and judgement), or null before
 * the first submission. Read once per request: the staff view's fields and the applicant's
 * evaluation and portfolio all start from it.
 */
export function latestRound(ctx: Context, applicationId: string) {
  return cachedForRequest(ctx, `latest-round:${applicationId}`, () =>
    ctx.prisma.applicationSubmission.findFirst({
      where: { applicationId },
      orderBy: { round: 'desc' },
      select: { snapshot: true, evaluation: true, submittedAt: true },
    }),
  );
}
