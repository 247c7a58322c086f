import { appendAudit } from '../audit/audit-log.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import type { Context } from '../context.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { MAX_TOKENS_PER_CHAPTER, TOKEN_PREFIX } from './policy.ts';

const coordinatorAssociations = (ctx: Context) =>
  ctx.viewer?.roles.filter((r) => r.role === 'COORDINATOR').map((r) => r.associationId) ?? [];

/** A chapter of one of the coordinator's associations, or "not found". */
async function coordinatedChapter(ctx: Context, chapterId: string) {
  const chapter = await ctx.prisma.chapter.findFirst({
    where: { id: chapterId, associationId: { in: coordinatorAssociations(ctx) } },
  });
  if (!chapter) throw new NotFoundError('No such chapter.');
  return chapter;
}

/** Creates a named token for a chapter; the token itself is returned this once and stored only as a hash. */
export async function createChapterToken(ctx: Context, chapterId: string, name: string) {
  const chapter = await coordinatedChapter(ctx, chapterId);
  // The prefix is part of what the caller sends, so the stored hash covers the whole secret.
  const secret = `${TOKEN_PREFIX}${newToken().token}`;
  const now = ctx.now();
  const created = await ctx.prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Chapter" WHERE id = ${chapter.id} FOR UPDATE`;
    const live = await tx.apiToken.count({ where: { chapterId: chapter.id, revokedAt: null } });
    if (live >= MAX_TOKENS_PER_CHAPTER)
      throw new ConflictError(
        `A chapter can hold at most ${MAX_TOKENS_PER_CHAPTER} tokens; revoke one first.`,
      );
    const row = await tx.apiToken.create({
      data: {
        chapterId: chapter.id,
        name,
        tokenHash: hashToken(secret),
        createdById: ctx.viewer?.userId ?? '',
        createdAt: now,
      },
    });
    await appendAudit(tx, {
      actorId: ctx.viewer?.userId ?? null,
      action: 'api_token.create',
      entityType: 'ApiToken',
      entityId: row.id,
      after: { chapterId: chapter.id, name },
      ip: ctx.ip,
      at: now,
    });
    return row;
  });
  return { token: secret, apiToken: created };
}

export async function revokeChapterToken(ctx: Context, tokenId: string) {
  const row = await ctx.prisma.apiToken.findFirst({
    where: { id: tokenId, chapter: { associationId: { in: coordinatorAssociations(ctx) } } },
  });
  if (!row) throw new NotFoundError('No such token.');
  if (row.revokedAt) throw new ConflictError('This token is already revoked.');
  const now = ctx.now();
  return ctx.prisma.$transaction(async (tx) => {
    // Only a live token is revoked: of two revocations at once, the second finds nothing to do.
    const done = await tx.apiToken.updateMany({
      where: { id: row.id, revokedAt: null },
      data: { revokedAt: now, revokedById: ctx.viewer?.userId ?? null },
    });
    if (done.count === 0) throw new ConflictError('This token is already revoked.');
    const revoked = await tx.apiToken.findUniqueOrThrow({ where: { id: row.id } });
    await appendAudit(tx, {
      actorId: ctx.viewer?.userId ?? null,
      action: 'api_token.revoke',
      entityType: 'ApiToken',
      entityId: row.id,
      before: { revokedAt: null },
      after: { revokedAt: now.toISOString() },
      ip: ctx.ip,
      at: now,
    });
    return revoked;
  });
}
