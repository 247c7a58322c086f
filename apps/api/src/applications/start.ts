import { type AgreementDocument, targetKey, upgradeTargets } from '@imh/competencies';
import type { LevelCode, MentorTrack, Prisma } from '@imh/db';
import { appendAudit } from '../audit/audit-log.ts';
import type { Context } from '../context.ts';
import { ConflictError, FieldValidationError, NotFoundError } from '../errors.ts';
import { AGREEMENTS } from './agreements.ts';
import { editionById, targetOf } from './judge.ts';
import { lockApplication } from './lock.ts';
import { EDITABLE_STATUSES, FINAL_STATUSES } from './statuses.ts';
import { moveApplication } from './transition.ts';

export type TargetInput = { level: LevelCode; track?: MentorTrack | null };

function checkTarget(ruleEdition: string, input: TargetInput) {
  if (input.level === 'IMHM' && !input.track) {
    throw new FieldValidationError([{ path: 'track', message: 'Choose a Mentor track.' }]);
  }
  if (input.level !== 'IMHM' && input.track) {
    throw new FieldValidationError([{ path: 'track', message: 'Only the Mentor level has tracks.' }]);
  }
  if (!editionById(ruleEdition).levels[input.level]) {
    throw new FieldValidationError([
      { path: 'level', message: 'Your association does not offer this level.' },
    ]);
  }
}

/**
 * An endorsee moves up (domain.md "Upgrading"): a level they hold, or one below it, is refused; a
 * Mentor may add another track. A lapsed endorsement holds nothing, so its holder may apply anew.
 */
async function checkUpgrade(tx: Prisma.TransactionClient, profileId: string, input: TargetInput) {
  const held = await tx.endorsement.findMany({
    where: { profileId, status: 'ACTIVE' },
    select: { level: true, track: true },
  });
  if (held.length === 0) return;
  const heldTargets = held.map(targetOf);
  const wanted = targetKey(targetOf({ level: input.level, track: input.track ?? null }));
  if (!upgradeTargets(heldTargets).some((t) => targetKey(t) === wanted)) {
    const holds = heldTargets.map(targetKey).join(', ');
    throw new FieldValidationError([
      {
        path: 'level',
        message: `You already hold ${holds}: choose a higher level${heldTargets.some((t) => t.level === 'IMHM') ? ' or another Mentor track' : ''}.`,
      },
    ]);
  }
}

/**
 * Starts a draft for a level. The association's edition at this moment is recorded on the
 * application and judges it to the end, even if the association adopts new rules meanwhile.
 */
export async function startApplication(ctx: Context, input: TargetInput) {
  const userId = ctx.viewer?.userId ?? '';
  return ctx.prisma.$transaction(async (tx) => {
    const profile = await tx.applicantProfile.findUnique({
      where: { userId },
      include: { association: true },
    });
    if (!profile) throw new NotFoundError('You have no applicant profile.');
    await tx.$queryRaw`SELECT id FROM "ApplicantProfile" WHERE id = ${profile.id} FOR UPDATE`;
    checkTarget(profile.association.ruleEdition, input);
    await checkUpgrade(tx, profile.id, input);
    const open = await tx.application.findFirst({
      where: { profileId: profile.id, status: { notIn: [...FINAL_STATUSES] } },
    });
    if (open)
      throw new ConflictError('You already have an application in progress; finish or withdraw it first.');
    const now = ctx.now();
    const app = await tx.application.create({
      data: {
        profileId: profile.id,
        associationId: profile.associationId,
        level: input.level,
        track: input.track ?? null,
        ruleEdition: profile.association.ruleEdition,
        startedAt: now,
      },
    });
    await tx.applicationEvent.create({
      data: { applicationId: app.id, toStatus: 'DRAFT', actorId: userId, createdAt: now },
    });
    await appendAudit(tx, {
      actorId: userId,
      action: 'application.start',
      entityType: 'Application',
      entityId: app.id,
      after: { level: app.level, track: app.track, ruleEdition: app.ruleEdition },
      ip: ctx.ip,
      at: now,
    });
    return app;
  });
}

/** The viewer's own application, locked, in a state where the applicant may still change it. */
async function lockOwnEditable(tx: Prisma.TransactionClient, ctx: Context, applicationId: string) {
  const app = await lockApplication(tx, applicationId, { profile: { userId: ctx.viewer?.userId ?? '' } });
  if (!EDITABLE_STATUSES.includes(app.status)) {
    throw new ConflictError('This application cannot be changed now.');
  }
  return app;
}

/** A draft can aim at another level; references already asked stay (a rater may fit both). */
export async function changeTarget(ctx: Context, applicationId: string, input: TargetInput) {
  return ctx.prisma.$transaction(async (tx) => {
    const app = await lockOwnEditable(tx, ctx, applicationId);
    if (app.status !== 'DRAFT') throw new ConflictError('The level can be changed only before submission.');
    checkTarget(app.ruleEdition, input);
    await checkUpgrade(tx, app.profileId, input);
    const updated = await tx.application.update({
      where: { id: app.id },
      data: { level: input.level, track: input.track ?? null },
    });
    await appendAudit(tx, {
      actorId: ctx.viewer?.userId ?? null,
      action: 'application.change_target',
      entityType: 'Application',
      entityId: app.id,
      before: { level: app.level, track: app.track },
      after: { level: updated.level, track: updated.track },
      ip: ctx.ip,
      at: ctx.now(),
    });
    return updated;
  });
}

export async function acceptAgreement(
  ctx: Context,
  applicationId: string,
  document: AgreementDocument,
  version: string,
) {
  const current = AGREEMENTS[document];
  if (version !== current.version) {
    throw new ConflictError(
      `${current.title} has a newer version (${current.version}); read it and accept that one.`,
    );
  }
  const now = ctx.now();
  const data =
    document === 'CODE_OF_ETHICS'
      ? { codeOfEthicsVersion: version, codeOfEthicsAcceptedAt: now }
      : { agreementVersion: version, agreementAcceptedAt: now };
  return ctx.prisma.$transaction(async (tx) => {
    const app = await lockOwnEditable(tx, ctx, applicationId);
    const updated = await tx.application.update({ where: { id: app.id }, data });
    await appendAudit(tx, {
      actorId: ctx.viewer?.userId ?? null,
      action: 'application.accept_agreement',
      entityType: 'Application',
      entityId: app.id,
      after: { document, version },
      ip: ctx.ip,
      at: now,
    });
    return updated;
  });
}

export async function withdrawApplication(ctx: Context, applicationId: string, reason: string | null) {
  const userId = ctx.viewer?.userId ?? '';
  return ctx.prisma.$transaction(async (tx) => {
    const app = await lockApplication(tx, applicationId, { profile: { userId } });
    return moveApplication(tx, ctx, app, 'WITHDRAWN', { role: 'applicant', userId, message: reason });
  });
}
