import { type ActorRole, checkTransition, requiresExam } from '@imh/competencies';
import type { Application, ApplicationStatus, Prisma } from '@imh/db';
import { appendAudit } from '../audit/audit-log.ts';
import type { Context } from '../context.ts';
import { ConflictError } from '../errors.ts';
import { notifyCoordinators } from '../review/notify-staff.ts';
import { editionById, targetOf } from './judge.ts';
import { notifyUser } from './notify.ts';
import { STATUS_NOTICES, toState } from './statuses.ts';

type Tx = Prisma.TransactionClient;

/**
 * Moves an application along the one state machine of @imh/competencies, inside the caller's
 * transaction: the status, the timeline event, the audit entry and the applicant's notice and email
 * commit together or not at all.
 */
export async function moveApplication(
  tx: Tx,
  ctx: Context,
  app: Application,
  to: ApplicationStatus,
  actor: { role: ActorRole; userId: string | null; message?: string | null },
): Promise<Application> {
  const examRequired = requiresExam(editionById(app.ruleEdition), targetOf(app));
  const check = checkTransition(toState(app.status), toState(to), actor.role, { examRequired });
  if (!check.ok) throw new ConflictError(check.message);
  const now = ctx.now();
  const updated = await tx.application.update({
    where: { id: app.id },
    data: {
      status: to,
      ...(to === 'SUBMITTED' || to === 'RESUBMITTED' ? { submittedAt: now } : {}),
      ...(to === 'ENDORSED' || to === 'DENIED' ? { decidedAt: now } : {}),
    },
  });
  await tx.applicationEvent.create({
    data: {
      applicationId: app.id,
      fromStatus: app.status,
      toStatus: to,
      actorId: actor.userId,
      message: actor.message ?? null,
      createdAt: now,
    },
  });
  await appendAudit(tx, {
    actorId: actor.userId,
    action: 'application.status',
    entityType: 'Application',
    entityId: app.id,
    before: { status: app.status },
    after: { status: to },
    ip: ctx.ip,
    at: now,
  });
  const owner = await tx.applicantProfile.findUniqueOrThrow({
    where: { id: app.profileId },
    select: { user: { select: { id: true, name: true, email: true } } },
  });
  const notice = STATUS_NOTICES[to];
  await notifyUser(
    tx,
    owner.user,
    {
      kind: `application.${to.toLowerCase()}`,
      title: notice.title,
      body: actor.message ? `${notice.body}\n\n${actor.message}` : notice.body,
      link: `/application/${app.id}`,
    },
    { now, publicUrl: ctx.config.publicUrl },
  );
  if (to === 'SUBMITTED' || to === 'RESUBMITTED') await tellCoordinators(tx, ctx, app, owner.user, to);
  return updated;
}

/** A file arriving in the queue: the association's coordinators hear of it (not the applicant themself). */
function tellCoordinators(
  tx: Tx,
  ctx: Context,
  app: Application,
  applicant: { id: string; name: string },
  to: 'SUBMITTED' | 'RESUBMITTED',
) {
  const verb = to === 'SUBMITTED' ? 'submitted' : 'resubmitted';
  return notifyCoordinators(
    tx,
    ctx,
    app.associationId,
    {
      kind: `queue.${verb}`,
      title: `Application ${verb}: ${applicant.name}`,
      body: `${applicant.name} ${verb} an application for ${app.level}. It is waiting in the queue for your check.`,
      link: '/admin/',
    },
    [applicant.id],
  );
}
