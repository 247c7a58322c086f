import { appendAudit } from '../audit/audit-log.ts';
import type { Context } from '../context.ts';
import { InvalidTokenError } from '../errors.ts';
import { enqueueEmail } from '../mail/outbox.ts';
import { hashPassword } from './passwords.ts';
import { hashToken, newToken } from './tokens.ts';

export const RESET_POLICY = { ttlMs: 60 * 60_000, perHour: 3 } as const;

export async function requestPasswordReset(ctx: Context, email: string): Promise<void> {
  const now = ctx.now();
  const user = await ctx.prisma.user.findUnique({ where: { email } });
  if (!user?.active) return;
  // A cap per account stops the form from being used to flood someone's inbox.
  const recent = await ctx.prisma.passwordResetToken.count({
    where: { userId: user.id, createdAt: { gt: new Date(now.getTime() - 3_600_000) } },
  });
  if (recent >= RESET_POLICY.perHour) return;
  const { token, hash } = newToken();
  const link = `${ctx.config.publicUrl}/reset-password?token=${token}`;
  await ctx.prisma.$transaction(async (tx) => {
    await tx.passwordResetToken.create({
      data: {
        tokenHash: hash,
        userId: user.id,
        createdAt: now,
        expiresAt: new Date(now.getTime() + RESET_POLICY.ttlMs),
      },
    });
    await enqueueEmail(tx, {
      to: user.email,
      subject: 'Reset your Endorsement password',
      text: [
        `Hello ${user.name},`,
        '',
        'Someone asked to reset the password of your Endorsement account. To choose a new one, open:',
        link,
        '',
        'The link works once and expires in one hour. If you did not ask for this, ignore this email.',
      ].join('\n'),
      now,
    });
  });
}

export async function resetPassword(ctx: Context, token: string, password: string): Promise<void> {
  const now = ctx.now();
  const invalid = new InvalidTokenError(
    'This reset link is invalid, already used or expired. Request a new one.',
  );
  const record = await ctx.prisma.passwordResetToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!record || record.usedAt || record.expiresAt <= now) throw invalid;
  const passwordHash = await hashPassword(password);
  await ctx.prisma.$transaction(async (tx) => {
    // Claiming the token with a conditional update makes two simultaneous uses of one link impossible.
    const claimed = await tx.passwordResetToken.updateMany({
      where: { id: record.id, usedAt: null },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) throw invalid;
    await tx.user.update({ where: { id: record.userId }, data: { passwordHash } });
    await tx.session.deleteMany({ where: { userId: record.userId } });
    await appendAudit(tx, {
      actorId: record.userId,
      action: 'auth.password_reset',
      entityType: 'User',
      entityId: record.userId,
      ip: ctx.ip,
      at: now,
    });
  });
}
