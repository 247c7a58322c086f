import { checkTransition, requiresExam } from '@imh/competencies';
import type { Application, ApplicationStatus, Prisma } from '@imh/db';
import { lockForCoordinator, requestChanges } from '../applications/coordinate.ts';
import { editionById, targetOf } from '../applications/judge.ts';
import { toState } from '../applications/statuses.ts';
import { moveApplication } from '../applications/transition.ts';
import { appendAudit } from '../audit/audit-log.ts';
import type { Context } from '../context.ts';
import { ConflictError, FieldValidationError } from '../errors.ts';
import { createEndorsement } from './endorse.ts';

export type DecisionKindInput = 'REQUEST_CHANGES' | 'EXAM_PENDING' | 'ENDORSE' | 'DENY';
export type DecisionInput = { kind: DecisionKindInput; message?: string | null; sections?: string[] | null };

const TARGET: Record<Exclude<DecisionKindInput, 'REQUEST_CHANGES'>, ApplicationStatus> = {
  EXAM_PENDING: 'EXAM_PENDING',
  ENDORSE: 'ENDORSED',
  DENY: 'DENIED',
};

type Tx = Prisma.TransactionClient;

/** "Applications are reviewed by at least one" reviewer (domain.md): no outcome without a submitted review. */
async function requireSubmittedReview(tx: Tx, applicationId: string) {
  const reviewed = await tx.review.count({
    where: { status: 'SUBMITTED', assignment: { applicationId, status: 'COMPLETED' } },
  });
  if (reviewed === 0)
    throw new ConflictError('At least one reviewer must submit a review before a decision.');
}

/** Endorsing after the exam step needs a passed exam on record. */
async function requirePassedExam(tx: Tx, applicationId: string) {
  const latest = await tx.exam.findFirst({
    where: { applicationId, passed: { not: null } },
    orderBy: [{ takenOn: 'desc' }, { createdAt: 'desc' }],
  });
  if (!latest?.passed) throw new ConflictError('Record a passed exam before endorsing.');
}

/** The state machine's verdict, asked before anything is written (moveApplication asks it again). */
function assertLegal(app: Application, to: ApplicationStatus) {
  const examRequired = requiresExam(editionById(app.ruleEdition), targetOf(app));
  const check = checkTransition(toState(app.status), toState(to), 'coordinator', { examRequired });
  if (!check.ok) throw new ConflictError(check.message);
}

/**
 * The coordinator's decision. Every outcome is a move of the one state machine (an illegal one is its
 * ConflictError), with a Decision row, an audit entry and the applicant's notice; endorsing also
 * grants the numbered endorsement and names its number in the notice.
 */
export async function decideApplication(ctx: Context, applicationId: string, input: DecisionInput) {
  const message = input.message?.trim() || null;
  if (input.kind === 'REQUEST_CHANGES' || input.kind === 'DENY') {
    if (!message) {
      const what =
        input.kind === 'DENY' ? 'Give the reasons for the denial.' : 'Say what the applicant should change.';
      throw new FieldValidationError([{ path: 'message', message: what }]);
    }
  }
  if (input.kind === 'REQUEST_CHANGES') {
    return requestChanges(ctx, applicationId, message ?? '', [...new Set(input.sections ?? [])]);
  }
  const kind = input.kind;
  const userId = ctx.viewer?.userId ?? '';
  const now = ctx.now();
  return ctx.prisma.$transaction(async (tx) => {
    const app = await lockForCoordinator(tx, ctx, applicationId);
    const to = TARGET[kind];
    // The state machine judges first: an illegal decision is refused with its reason, and numbers nothing.
    assertLegal(app, to);
    if (app.status === 'IN_REVIEW') await requireSubmittedReview(tx, applicationId);
    if (input.kind === 'ENDORSE' && app.status === 'EXAM_PENDING') await requirePassedExam(tx, applicationId);
    const endorsement = input.kind === 'ENDORSE' ? await createEndorsement(tx, app, now) : null;
    const notice = endorsement
      ? [`Your endorsement number is ${endorsement.number}.`, message].filter(Boolean).join('\n\n')
      : message;
    const moved = await moveApplication(tx, ctx, app, to, { role: 'coordinator', userId, message: notice });
    const decision = await tx.decision.create({
      data: { applicationId, kind: input.kind, message, sections: [], decidedById: userId, createdAt: now },
    });
    await appendAudit(tx, {
      actorId: userId,
      action: 'application.decide',
      entityType: 'Application',
      entityId: applicationId,
      before: { status: app.status },
      after: { decisionId: decision.id, kind: input.kind, endorsementNumber: endorsement?.number ?? null },
      ip: ctx.ip,
      at: now,
    });
    return moved;
  });
}
