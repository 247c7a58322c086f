import type { Application, Prisma } from '@imh/db';
import { coordinatedApplications } from '../applications/access.ts';
import { lockForCoordinator } from '../applications/coordinate.ts';
import { SUBMITTED_STATUSES } from '../applications/statuses.ts';
import { moveApplication } from '../applications/transition.ts';
import { appendAudit } from '../audit/audit-log.ts';
import type { Context } from '../context.ts';
import { ConflictError, FieldValidationError, NotFoundError } from '../errors.ts';
import { conflictsFor } from './conflicts.ts';
import { ConflictOfInterestError } from './errors.ts';
import { notifyPerson } from './notify-staff.ts';
import { currentRound } from './round.ts';

const DAY_MS = 86_400_000;
/** When the coordinator gives no due date: three weeks, within the domain's "up to about 8 weeks" for the whole review. */
export const DEFAULT_REVIEW_DAYS = 21;

type Tx = Prisma.TransactionClient;

/**
 * Whom a coordinator may assign: an active reviewer of the application's association, qualified for
 * its level, who is not the applicant. Someone outside the association is "not found", so that a
 * coordinator learns nothing about other associations' people.
 */
async function checkReviewer(tx: Tx, app: Application, reviewerId: string) {
  const reviewer = await tx.user.findFirst({
    where: { id: reviewerId, roles: { some: { role: 'REVIEWER', associationId: app.associationId } } },
    select: {
      id: true,
      name: true,
      active: true,
      profile: { select: { id: true } },
      qualifications: { where: { level: app.level }, select: { id: true } },
    },
  });
  if (!reviewer) throw new NotFoundError('No such reviewer in this association.');
  const problem = !reviewer.active
    ? 'This reviewer’s account is deactivated.'
    : reviewer.profile?.id === app.profileId
      ? 'Applicants cannot review their own application.'
      : reviewer.qualifications.length === 0
        ? `This reviewer is not qualified to review ${app.level} applications.`
        : null;
  if (problem) throw new FieldValidationError([{ path: 'reviewerId', message: problem }]);
  return reviewer;
}

export type AssignInput = { reviewerId: string; dueAt?: Date | null; overrideReason?: string | null };

/**
 * Assigns a reviewer. A conflicted reviewer is refused with the reasons unless the coordinator gives
 * an override reason, which is kept on the assignment and in the audit log with the reasons. Assigning
 * a file still waiting in the queue sends it to review, through the one state machine.
 */
export async function assignReviewer(ctx: Context, applicationId: string, input: AssignInput) {
  const userId = ctx.viewer?.userId ?? '';
  const now = ctx.now();
  const dueAt = input.dueAt ?? new Date(now.getTime() + DEFAULT_REVIEW_DAYS * DAY_MS);
  if (dueAt <= now)
    throw new FieldValidationError([{ path: 'dueAt', message: 'The due date must be in the future.' }]);
  return ctx.prisma.$transaction(async (tx) => {
    let app = await lockForCoordinator(tx, ctx, applicationId);
    if (app.status !== 'IN_REVIEW' && !SUBMITTED_STATUSES.includes(app.status)) {
      throw new ConflictError('Reviewers can be assigned only to a submitted application or one in review.');
    }
    const reviewer = await checkReviewer(tx, app, input.reviewerId);
    const round = await currentRound(tx, applicationId);
    const existing = await tx.reviewAssignment.findUnique({
      where: { applicationId_reviewerId_round: { applicationId, reviewerId: reviewer.id, round } },
    });
    if (existing && existing.status !== 'WITHDRAWN')
      throw new ConflictError('This reviewer is already assigned.');
    const reasons = await conflictsFor(tx, applicationId, reviewer.id);
    const overrideReason = input.overrideReason?.trim() || null;
    if (reasons.length > 0 && !overrideReason) throw new ConflictOfInterestError(reasons);
    if (SUBMITTED_STATUSES.includes(app.status)) {
      app = await moveApplication(tx, ctx, app, 'IN_REVIEW', { role: 'coordinator', userId });
    }
    const data = {
      status: 'ASSIGNED' as const,
      dueAt,
      assignedById: userId,
      // Kept only when there was a conflict to override: the field means "assigned despite a conflict".
      overrideReason: reasons.length > 0 ? overrideReason : null,
      createdAt: now,
      completedAt: null,
    };
    // A reviewer withdrawn earlier in this round is assigned again on the same row (one per reviewer and round).
    const assignment = existing
      ? await tx.reviewAssignment.update({ where: { id: existing.id }, data })
      : await tx.reviewAssignment.create({
          data: { ...data, applicationId, reviewerId: reviewer.id, round },
        });
    await appendAudit(tx, {
      actorId: userId,
      action: 'assignment.create',
      entityType: 'ReviewAssignment',
      entityId: assignment.id,
      after: { applicationId, reviewerId: reviewer.id, dueAt: dueAt.toISOString() },
      ip: ctx.ip,
      at: now,
    });
    if (reasons.length > 0) {
      await appendAudit(tx, {
        actorId: userId,
        action: 'assignment.override',
        entityType: 'ReviewAssignment',
        entityId: assignment.id,
        after: { applicationId, reviewerId: reviewer.id, overrideReason, reasons },
        ip: ctx.ip,
        at: now,
      });
    }
    await notifyPerson(tx, ctx, reviewer.id, {
      kind: 'review.assigned',
      title: 'New review assigned',
      body: `You were assigned a ${app.level} application to review, due ${dueAt.toISOString().slice(0, 10)}. Open the admin console to read it.`,
      link: '/admin/',
    });
    return assignment;
  });
}

/** Takes a reviewer off an application; a completed review stays, as part of the record. */
export async function unassignReviewer(ctx: Context, assignmentId: string) {
  const userId = ctx.viewer?.userId ?? '';
  return ctx.prisma.$transaction(async (tx) => {
    const found = await tx.reviewAssignment.findFirst({
      where: { id: assignmentId, application: coordinatedApplications(ctx) },
      select: { applicationId: true },
    });
    if (!found) throw new NotFoundError('No such assignment.');
    await lockForCoordinator(tx, ctx, found.applicationId);
    const assignment = await tx.reviewAssignment.findUniqueOrThrow({ where: { id: assignmentId } });
    if (assignment.status === 'WITHDRAWN') return assignment;
    if (assignment.status === 'COMPLETED') throw new ConflictError('This review is already submitted.');
    const withdrawn = await tx.reviewAssignment.update({
      where: { id: assignmentId },
      data: { status: 'WITHDRAWN' },
    });
    await appendAudit(tx, {
      actorId: userId,
      action: 'assignment.withdraw',
      entityType: 'ReviewAssignment',
      entityId: assignmentId,
      before: { status: assignment.status },
      after: { status: 'WITHDRAWN' },
      ip: ctx.ip,
      at: ctx.now(),
    });
    await notifyPerson(tx, ctx, assignment.reviewerId, {
      kind: 'review.withdrawn',
      title: 'Review assignment withdrawn',
      body: 'The coordinator took you off an application you were assigned to review. You need not review it.',
      link: '/admin/',
    });
    return withdrawn;
  });
}
