import type { Prisma } from '@imh/db';
import type { ApiPrincipal, Context } from '../context.ts';
import { AppError } from '../errors.ts';
import { TOKEN_CALLS_PER_MINUTE } from './policy.ts';

export class RateLimitedError extends AppError {
  override readonly code = 'RATE_LIMITED';
  override name = 'RateLimitedError';
}

/**
 * Records a token's call and enforces its rate limit, in one transaction under the token's row lock
 * so that concurrent calls are counted one after another. A refused call is recorded too.
 */
export async function recordTokenCall(
  ctx: Context,
  principal: ApiPrincipal,
  operationName: string | null,
): Promise<void> {
  const now = ctx.now();
  const refused = await ctx.prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "ApiToken" WHERE id = ${principal.tokenId} FOR UPDATE`;
    const recent = await tx.apiTokenCall.count({
      where: { tokenId: principal.tokenId, refused: false, at: { gt: new Date(now.getTime() - 60_000) } },
    });
    const over = recent >= TOKEN_CALLS_PER_MINUTE;
    await tx.apiTokenCall.create({
      data: {
        tokenId: principal.tokenId,
        at: now,
        operationName: operationName ?? ctx.operation?.name ?? null,
        query: (ctx.operation?.query ?? '').slice(0, 10_000),
        variables: (ctx.operation?.variables ?? undefined) as Prisma.InputJsonValue | undefined,
        ip: ctx.ip,
        refused: over,
      },
    });
    if (!over) await tx.apiToken.update({ where: { id: principal.tokenId }, data: { lastUsedAt: now } });
    return over;
  });
  if (refused)
    throw new RateLimitedError(
      `This token may make ${TOKEN_CALLS_PER_MINUTE} calls a minute; try again shortly.`,
    );
}
