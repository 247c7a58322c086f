import type { LevelCode, MentorTrack } from '@imh/db';
import { appendAudit } from '../audit/audit-log.ts';
import { newToken } from '../auth/tokens.ts';
import type { Context } from '../context.ts';
import { enqueueEmail } from '../mail/outbox.ts';
import { assertQualifications } from './qualification.ts';

/** Longer than a reset link's hour: an invitation may sit in an inbox for days. */
export const INVITATION_TTL_MS = 7 * 86_400_000;

export type InviteInput = {
  associationId: string;
  name: string;
  email: string;
  levels: readonly LevelCode[];
  heldLevel: LevelCode;
  heldTrack: MentorTrack | null;
};

/**
 * Makes someone a reviewer of the association: a new account, or the REVIEWER role added to an
 * existing one, with the levels they may review. The emailed link is a password reset token (same
 * table, same single-use claim in resetPassword), opened on the portal's /reset-password page.
 */
export async function inviteReviewer(ctx: Context, input: InviteInput) {
  const levels = assertQualifications(input.levels, { level: input.heldLevel, track: input.heldTrack });
  const now = ctx.now();
  const { token, hash } = newToken();
  const link = `${ctx.config.publicUrl}/reset-password?token=${token}`;
  return ctx.prisma.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({
      where: { email: input.email },
      include: { qualifications: true },
    });
    const user =
      existing ?? (await tx.user.create({ data: { email: input.email, name: input.name, createdAt: now } }));
    await tx.userRole.upsert({
      where: {
        userId_role_associationId: { userId: user.id, role: 'REVIEWER', associationId: input.associationId },
      },
      create: { userId: user.id, role: 'REVIEWER', associationId: input.associationId },
      update: {},
    });
    await tx.reviewerQualification.deleteMany({ where: { userId: user.id } });
    await tx.reviewerQualification.createMany({
      data: levels.map((level) => ({
        userId: user.id,
        level,
        heldLevel: input.heldLevel,
        heldTrack: input.heldTrack,
      })),
    });
    await tx.passwordResetToken.create({
      data: {
        tokenHash: hash,
        userId: user.id,
        createdAt: now,
        expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
      },
    });
    await enqueueEmail(tx, {
      to: user.email,
      subject: 'You are invited to review Endorsement applications',
      text: [
        `Hello ${user.name},`,
        '',
        `You have been invited to review Infant Mental Health Endorsement applications (${levels.join(', ') || 'levels to be set'}).`,
        existing?.passwordHash
          ? 'You already have an account: sign in as usual, or choose a new password here:'
          : 'To choose your password and sign in, open:',
        link,
        '',
        'The link works once and expires in 7 days. Then sign in to the admin console.',
      ].join('\n'),
      now,
    });
    await appendAudit(tx, {
      actorId: ctx.viewer?.userId ?? null,
      action: 'reviewer.invited',
      entityType: 'User',
      entityId: user.id,
      before: existing ? { qualifications: existing.qualifications.map((q) => q.level).sort() } : null,
      after: {
        email: user.email,
        associationId: input.associationId,
        levels,
        heldLevel: input.heldLevel,
        heldTrack: input.heldTrack,
        existingAccount: Boolean(existing),
      },
      ip: ctx.ip,
      at: now,
    });
    return user;
  });
}

/** Replaces the levels a reviewer may review, checked against the endorsement they hold. */
export async function setQualifications(
  ctx: Context,
  userId: string,
  input: { levels: readonly LevelCode[]; heldLevel: LevelCode; heldTrack: MentorTrack | null },
) {
  const levels = assertQualifications(input.levels, { level: input.heldLevel, track: input.heldTrack });
  const now = ctx.now();
  return ctx.prisma.$transaction(async (tx) => {
    const before = await tx.reviewerQualification.findMany({ where: { userId }, orderBy: { level: 'asc' } });
    await tx.reviewerQualification.deleteMany({ where: { userId } });
    await tx.reviewerQualification.createMany({
      data: levels.map((level) => ({
        userId,
        level,
        heldLevel: input.heldLevel,
        heldTrack: input.heldTrack,
      })),
    });
    await appendAudit(tx, {
      actorId: ctx.viewer?.userId ?? null,
      action: 'reviewer.qualifications_changed',
      entityType: 'User',
      entityId: userId,
      before: {
        levels: before.map((q) => q.level),
        heldLevel: before[0]?.heldLevel ?? null,
        heldTrack: before[0]?.heldTrack ?? null,
      },
      after: { levels, heldLevel: input.heldLevel, heldTrack: input.heldTrack },
      ip: ctx.ip,
      at: now,
    });
    return tx.user.findUniqueOrThrow({ where: { id: userId } });
  });
}
