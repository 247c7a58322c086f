import type { Prisma, PrismaClient } from '@imh/db';
import type { ApiPrincipal } from '../context.ts';
import { AppError } from '../errors.ts';
import { TOKEN_CALLS_PER_MINUTE } from './policy.ts';

export class RateLimitedError extends AppError {
  override readonly code = 'RATE_LIMITED';
  override name = 'RateLimitedError';
}

export type TokenCall = { operationName: string | null; query: string; variables: unknown; ip: string };

/** The operation a request names, or the name of its first operation when it does not say. */
export function operationNameOf(body: { operationName?: unknown; query?: unknown }): string | null {
  if (typeof body.operationName === 'string') return body.operationName;
  const match =
    typeof body.query === 'string' ? /^\s*(?:query|mutation|subscription)\s+(\w+)/.exec(body.query) : null;
  return match?.[1] ?? null;
}

/**
 * Records one call made with a token, whatever it asks for, and says whether the rate limit refuses
 * it. One transaction under the token's row lock, so that concurrent calls are counted one after
 * another; a refused call is recorded too.
 */
export async function recordTokenCall(
  prisma: PrismaClient,
  principal: ApiPrincipal,
  call: TokenCall,
  now: Date,
): Promise<{ refused: boolean }> {
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "ApiToken" WHERE id = ${principal.tokenId} FOR UPDATE`;
    const recent = await tx.apiTokenCall.count({
      where: { tokenId: principal.tokenId, refused: false, at: { gt: new Date(now.getTime() - 60_000) } },
    });
    const refused = recent >= TOKEN_CALLS_PER_MINUTE;
    await tx.apiTokenCall.create({
      data: {
        tokenId: principal.tokenId,
        at: now,
        operationName: call.operationName,
        query: call.query.slice(0, 10_000),
        variables: (call.variables ?? undefined) as Prisma.InputJsonValue | undefined,
        ip: call.ip,
        refused,
      },
    });
    if (!refused) await tx.apiToken.update({ where: { id: principal.tokenId }, data: { lastUsedAt: now } });
    return { refused };
  });
}

export const rateLimited = () =>
  new RateLimitedError(`This token may make ${TOKEN_CALLS_PER_MINUTE} calls a minute; try again shortly.`);
