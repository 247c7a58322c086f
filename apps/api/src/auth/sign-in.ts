import { appendAudit } from '../audit/audit-log.ts';
import type { Context } from '../context.ts';
import { ForbiddenError, InvalidCredentialsError } from '../errors.ts';
import { verifyPassword } from './passwords.ts';
import { createSession } from './sessions.ts';
import { assertNotThrottled, recordSignInAttempt } from './throttle.ts';

export async function signIn(ctx: Context, input: { email: string; password: string }) {
  const now = ctx.now();
  await assertNotThrottled(ctx.prisma, input.email, ctx.ip, now);
  const user = await ctx.prisma.user.findUnique({ where: { email: input.email } });
  const ok = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !ok) {
    await recordSignInAttempt(ctx.prisma, { email: input.email, ip: ctx.ip, succeeded: false, now });
    await ctx.prisma.$transaction((tx) =>
      appendAudit(tx, {
        actorId: null,
        action: 'auth.sign_in_failed',
        entityType: 'User',
        entityId: user?.id ?? null,
        after: { email: input.email },
        ip: ctx.ip,
        at: now,
      }),
    );
    throw new InvalidCredentialsError();
  }
  if (!user.active) {
    throw new ForbiddenError('This account has been deactivated. Contact your endorsement coordinator.');
  }
  await recordSignInAttempt(ctx.prisma, { email: input.email, ip: ctx.ip, succeeded: true, now });
  const session = await createSession(ctx.prisma, user.id, now, ctx.config.session, ctx);
  ctx.cookies.setSession(session.token, session.expiresAt);
  return ctx.prisma.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
}
