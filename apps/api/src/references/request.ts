import { levelName } from '@imh/competencies';
import type { Prisma, RaterRole, ReferenceRequest } from '@imh/db';
import { editionById, targetOf } from '../applications/judge.ts';
import { lockApplication } from '../applications/lock.ts';
import { EDITABLE_STATUSES } from '../applications/statuses.ts';
import { appendAudit } from '../audit/audit-log.ts';
import { newToken } from '../auth/tokens.ts';
import { fromIsoDay, toIsoDay } from '../calendar-day.ts';
import type { Context } from '../context.ts';
import { ConflictError, FieldValidationError, NotFoundError } from '../errors.ts';
import { enqueueEmail } from '../mail/outbox.ts';
import { EARLIEST_DAY, effectiveStatus, expiryFrom, REFERENCE_POLICY } from './policy.ts';

type Tx = Prisma.TransactionClient;

export type RaterInput = {
  raterName: string;
  raterEmail: string;
  raterRole: RaterRole;
  raterLevel?: ReferenceRequest['raterLevel'];
  knownSince: string;
};

/** The applicant's open application that owns this request, locked for the change. */
async function ownApplication(tx: Tx, ctx: Context, applicationId: string) {
  await lockApplication(tx, applicationId, { profile: { userId: ctx.viewer?.userId ?? '' } });
  const app = await tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    include: { profile: { include: { user: { select: { name: true, email: true } } } } },
  });
  if (!EDITABLE_STATUSES.includes(app.status)) {
    throw new ConflictError(
      'References can be changed only before you submit, or when changes are requested.',
    );
  }
  return app;
}

type OwnApplication = Awaited<ReturnType<typeof ownApplication>>;

async function checkRater(tx: Tx, ctx: Context, app: OwnApplication, input: RaterInput, ignoreId?: string) {
  const issues = [];
  if (input.raterEmail.toLowerCase() === app.profile.user.email.toLowerCase()) {
    issues.push({ path: 'raterEmail', message: 'A rater cannot be you: enter someone who knows your work.' });
  }
  if (input.knownSince > toIsoDay(ctx.now())) {
    issues.push({ path: 'knownSince', message: 'The date you met the rater cannot be in the future.' });
  } else if (input.knownSince < EARLIEST_DAY) {
    issues.push({ path: 'knownSince', message: 'Check the year: dates start in 1950.' });
  }
  const twin = await tx.referenceRequest.findFirst({
    where: {
      applicationId: app.id,
      raterEmail: { equals: input.raterEmail, mode: 'insensitive' },
      status: { not: 'REPLACED' },
      ...(ignoreId ? { id: { not: ignoreId } } : {}),
    },
  });
  if (twin)
    issues.push({ path: 'raterEmail', message: 'You already asked this rater for this application.' });
  if (issues.length > 0) throw new FieldValidationError(issues);
}

async function sendLink(
  tx: Tx,
  ctx: Context,
  app: OwnApplication,
  request: Pick<ReferenceRequest, 'id' | 'raterName' | 'raterEmail' | 'expiresAt'>,
  token: string,
) {
  const level = levelName(editionById(app.ruleEdition), targetOf(app).level) ?? app.level;
  await enqueueEmail(tx, {
    to: request.raterEmail,
    subject: `Reference request for ${app.profile.user.name}`,
    text: [
      `Hello ${request.raterName},`,
      '',
      `${app.profile.user.name} is applying for the ${level} Endorsement and named you as a reference.`,
      'Please rate their competencies on the form at this link (no account is needed):',
      `${ctx.config.publicUrl}/reference/${token}`,
      '',
      `The link works once and expires on ${toIsoDay(request.expiresAt)}. Your ratings and comments are confidential: the applicant never sees them.`,
    ].join('\n'),
    now: ctx.now(),
  });
}

/** Every request (replacements too) sends an email to an address the applicant typed: capped. */
async function checkRequestCap(tx: Tx, applicationId: string) {
  if (
    (await tx.referenceRequest.count({ where: { applicationId } })) >=
    REFERENCE_POLICY.maxRequestsPerApplication
  ) {
    throw new ConflictError(
      `An application can ask at most ${REFERENCE_POLICY.maxRequestsPerApplication} raters; contact the coordinator if you need more.`,
    );
  }
}

export async function requestReference(ctx: Context, applicationId: string, input: RaterInput) {
  return ctx.prisma.$transaction(async (tx) => {
    const app = await ownApplication(tx, ctx, applicationId);
    await checkRequestCap(tx, app.id);
    await checkRater(tx, ctx, app, input);
    return createRequest(tx, ctx, app, input);
  });
}

async function createRequest(tx: Tx, ctx: Context, app: OwnApplication, input: RaterInput) {
  const { token, hash } = newToken();
  const now = ctx.now();
  const request = await tx.referenceRequest.create({
    data: {
      applicationId: app.id,
      raterName: input.raterName,
      raterEmail: input.raterEmail,
      raterRole: input.raterRole,
      raterLevel: input.raterLevel ?? null,
      knownSince: fromIsoDay(input.knownSince),
      tokenHash: hash,
      sentAt: now,
      expiresAt: expiryFrom(now),
    },
  });
  await sendLink(tx, ctx, app, request, token);
  await appendAudit(tx, {
    actorId: ctx.viewer?.userId ?? null,
    action: 'reference.request',
    entityType: 'ReferenceRequest',
    entityId: request.id,
    after: { applicationId: app.id, raterRole: input.raterRole },
    ip: ctx.ip,
    at: now,
  });
  return request;
}

async function ownRequest(tx: Tx, ctx: Context, referenceId: string) {
  const found = await tx.referenceRequest.findFirst({
    where: { id: referenceId, application: { profile: { userId: ctx.viewer?.userId ?? '' } } },
  });
  if (!found) throw new NotFoundError('No such reference.');
  const app = await ownApplication(tx, ctx, found.applicationId);
  // Application first, then the request: the rater's submission takes the locks in the same order,
  // so a resend or a replacement never overwrites a form that has just arrived.
  await tx.$queryRaw`SELECT id FROM "ReferenceRequest" WHERE id = ${referenceId} FOR UPDATE`;
  const request = await tx.referenceRequest.findUniqueOrThrow({ where: { id: referenceId } });
  return { app, request };
}

/** A new link (the old one stops working) and a new expiry, for a rater who lost or missed the email. */
export async function resendReference(ctx: Context, referenceId: string) {
  return ctx.prisma.$transaction(async (tx) => {
    const { app, request } = await ownRequest(tx, ctx, referenceId);
    const status = effectiveStatus(request, ctx.now());
    if (status === 'RECEIVED') throw new ConflictError('This rater has already answered.');
    if (status === 'REPLACED') throw new ConflictError('This rater was replaced.');
    if (request.sendCount >= REFERENCE_POLICY.maxSends) {
      throw new ConflictError(
        `A request can be sent at most ${REFERENCE_POLICY.maxSends} times; replace the rater instead.`,
      );
    }
    const { token, hash } = newToken();
    const now = ctx.now();
    const updated = await tx.referenceRequest.update({
      where: { id: request.id },
      data: {
        tokenHash: hash,
        status: 'REQUESTED',
        sentAt: now,
        openedAt: null,
        expiresAt: expiryFrom(now),
        sendCount: { increment: 1 },
      },
    });
    await sendLink(tx, ctx, app, updated, token);
    await appendAudit(tx, {
      actorId: ctx.viewer?.userId ?? null,
      action: 'reference.resend',
      entityType: 'ReferenceRequest',
      entityId: request.id,
      ip: ctx.ip,
      at: now,
    });
    return updated;
  });
}

/** Retires a rater (their link stops working, any answer stops counting) and asks another. */
export async function replaceReference(ctx: Context, referenceId: string, input: RaterInput) {
  return ctx.prisma.$transaction(async (tx) => {
    const { app, request } = await ownRequest(tx, ctx, referenceId);
    if (request.status === 'REPLACED') throw new ConflictError('This rater was already replaced.');
    await checkRequestCap(tx, app.id);
    await checkRater(tx, ctx, app, input, request.id);
    // The old link still finds the request, so its rater reads that they are no longer needed.
    await tx.referenceRequest.update({ where: { id: request.id }, data: { status: 'REPLACED' } });
    return createRequest(tx, ctx, app, input);
  });
}
