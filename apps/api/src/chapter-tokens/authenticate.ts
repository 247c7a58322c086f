import type { PrismaClient } from '@imh/db';
import { hashToken } from '../auth/tokens.ts';
import type { ApiPrincipal } from '../context.ts';
import { TOKEN_PREFIX } from './policy.ts';

/** The bearer token of a request, if it sent one. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

/** The chapter a token speaks for, or false when it is unknown or revoked (only its hash is stored). */
export async function authenticateToken(prisma: PrismaClient, token: string): Promise<ApiPrincipal | false> {
  if (!token.startsWith(TOKEN_PREFIX)) return false;
  const row = await prisma.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, revokedAt: true, chapter: { select: { id: true, associationId: true } } },
  });
  if (!row || row.revokedAt) return false;
  return { tokenId: row.id, chapterId: row.chapter.id, associationId: row.chapter.associationId };
}
