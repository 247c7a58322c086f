import type { Context } from '../context.ts';
import { cachedForRequest } from '../request-cache.ts';
import { portfolioInclude } from './rules-portfolio.ts';

/**
 * A profile with its portfolio, read once per request: the progress page judges the applicant's
 * portfolio on its own and with their open application's evidence, the same rows twice.
 */
export function profilePortfolio(ctx: Context, profileId: string) {
  return cachedForRequest(ctx, `portfolio:${profileId}`, () =>
    ctx.prisma.applicantProfile.findUnique({ where: { id: profileId }, include: portfolioInclude }),
  );
}
