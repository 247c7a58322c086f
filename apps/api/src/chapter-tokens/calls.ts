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
/** A leaked token must not be able to fill the database through its own call log. */
const MAX_QUERY = 10_000;
const MAX_VARIABLES = 2_000;
const MAX_NAME = 100;

function storedVariables(variables: unknown): Prisma.InputJsonValue | undefined {
  if (variables === null || variables === undefined) return undefined;
  const text = JSON.stringify(variables);
  return text.length <= MAX_VARIABLES
    ? (variables as Prisma.InputJsonValue)
    : { truncated: true, length: text.length };
}

export async function recordTokenCall(
  prisma: PrismaClient,
  principal: ApiPrincipal,
  call: TokenCall,
  now: Date,
): Promise<{ refused: boolean; revoked: boolean }> {
  return prisma.$transaction(async (tx) => {
    // Under the token's lock, and read again: a call that raced a revocation is not served.
    const [token] = await tx.$queryRaw<{ revokedAt: Date | null }[]>`
      SELECT "revokedAt" FROM "ApiToken" WHERE id = ${principal.tokenId} FOR UPDATE`;
    if (!token || token.revokedAt) return { refused: true, revoked: true };
    const recent = await tx.apiTokenCall.count({
      where: { tokenId: principal.tokenId, refused: false, at: { gt: new Date(now.getTime() - 60_000) } },
    });
    const refused = recent >= TOKEN_CALLS_PER_MINUTE;
    await tx.apiTokenCall.create({
      data: {
        tokenId: principal.tokenId,
        at: now,
        operationName: call.operationName?.slice(0, MAX_NAME) ?? null,
        query: call.query.slice(0, MAX_QUERY),
        variables: storedVariables(call.variables),
        ip: call.ip,
        refused,
      },
    });
    if (!refused) await tx.apiToken.update({ where: { id: principal.tokenId }, data: { lastUsedAt: now } });
    return { refused, revoked: false };
  });
}

export const rateLimited = () =>
  new RateLimitedError(`This token may make ${TOKEN_CALLS_PER_MINUTE} calls a minute; try again shortly.`);
