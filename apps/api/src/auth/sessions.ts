import type { PrismaClient, Role } from '@imh/db';
import { hashToken, newToken } from './tokens.ts';

export type Viewer = {
  userId: string;
  sessionId: string;
  email: string;
  name: string;
  roles: { role: Role; associationId: string; chapterId: string | null }[];
};

type SessionPolicy = { idleMs: number; maxMs: number };

// Touching lastSeenAt on every request would turn each read into a write; a minute's precision is
// plenty for an idle timeout measured in hours.
const TOUCH_AFTER_MS = 60_000;

export async function createSession(
  prisma: PrismaClient,
  userId: string,
  now: Date,
  policy: SessionPolicy,
  meta: { ip: string; userAgent?: string | undefined },
): Promise<{ token: string; expiresAt: Date }> {
  const { token, hash } = newToken();
  const expiresAt = new Date(now.getTime() + policy.maxMs);
  await prisma.session.create({
    data: {
      tokenHash: hash,
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      ip: meta.ip,
      userAgent: meta.userAgent,
    },
  });
  return { token, expiresAt };
}

/**
 * Resolves a cookie token to the signed-in person. A session past its absolute expiry, idle for too
 * long, or whose account was deactivated is deleted and reported as expired.
 */
export async function resolveSession(
  prisma: PrismaClient,
  token: string,
  now: Date,
  policy: SessionPolicy,
): Promise<{ viewer: Viewer | null; expired: boolean }> {
  const session = await prisma.session.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { user: { include: { roles: true } } },
  });
  if (!session) return { viewer: null, expired: true };
  const idleFor = now.getTime() - session.lastSeenAt.getTime();
  if (now >= session.expiresAt || idleFor > policy.idleMs || !session.user.active) {
    await prisma.session.deleteMany({ where: { id: session.id } });
    return { viewer: null, expired: true };
  }
  if (idleFor > TOUCH_AFTER_MS) {
    await prisma.session.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  const { user } = session;
  return {
    expired: false,
    viewer: {
      userId: user.id,
      sessionId: session.id,
      email: user.email,
      name: user.name,
      roles: user.roles.map((r) => ({
        role: r.role,
        associationId: r.associationId,
        chapterId: r.chapterId,
      })),
    },
  };
}

export async function destroySession(prisma: PrismaClient, sessionId: string): Promise<void> {
  await prisma.session.deleteMany({ where: { id: sessionId } });
}
