import { Prisma } from '@imh/db';
import { appendAudit } from '../audit/audit-log.ts';
import type { Context } from '../context.ts';
import { ConflictError, FieldValidationError } from '../errors.ts';
import { hashPassword } from './passwords.ts';
import { createSession } from './sessions.ts';

type SignUpArgs = {
  name: string;
  email: string;
  password: string;
  associationId: string | number;
  chapterId?: string | number | null;
};

export async function signUp(ctx: Context, input: SignUpArgs) {
  const associationId = String(input.associationId);
  const chapterId = input.chapterId ? String(input.chapterId) : null;
  const association = await ctx.prisma.association.findUnique({
    where: { id: associationId },
    include: { chapters: { select: { id: true } } },
  });
  if (!association)
    throw new FieldValidationError([{ path: 'associationId', message: 'Choose an association.' }]);
  if (chapterId && !association.chapters.some((c) => c.id === chapterId)) {
    throw new FieldValidationError([
      { path: 'chapterId', message: 'Choose a chapter of the chosen association.' },
    ]);
  }
  const passwordHash = await hashPassword(input.password);
  const now = ctx.now();
  try {
    const user = await ctx.prisma.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          passwordHash,
          createdAt: now,
          lastSignInAt: now,
          roles: { create: { role: 'APPLICANT', associationId } },
          profile: { create: { associationId, chapterId } },
        },
      });
      await appendAudit(tx, {
        actorId: created.id,
        action: 'user.signed_up',
        entityType: 'User',
        entityId: created.id,
        after: { email: created.email, associationId, chapterId },
        ip: ctx.ip,
        at: now,
      });
      return created;
    });
    const session = await createSession(ctx.prisma, user.id, now, ctx.config.session, ctx);
    ctx.cookies.setSession(session.token, session.expiresAt);
    return user;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new ConflictError('An account with this email already exists. Sign in, or reset your password.');
    }
    throw error;
  }
}
