import { addMonths, fromDay, toDay } from '@imh/competencies';
import { lockForCoordinator } from '../applications/coordinate.ts';
import { editionById } from '../applications/judge.ts';
import { notifyUser } from '../applications/notify.ts';
import { appendAudit } from '../audit/audit-log.ts';
import { fromIsoDay, toIsoDay } from '../calendar-day.ts';
import type { Context } from '../context.ts';
import { ConflictError, FieldValidationError } from '../errors.ts';

export type ExamResultInput = { takenOn: string; scorePercent: number; passed: boolean };

/**
 * Records a written exam taken by an applicant whose portfolio was approved (EXAM_PENDING). A failed
 * exam leaves the application waiting for a retake, which the edition allows only after
 * `exam.retakeWaitMonths` (a year in both editions); a pass lets the coordinator endorse.
 */
export async function recordExamResult(ctx: Context, applicationId: string, input: ExamResultInput) {
  const userId = ctx.viewer?.userId ?? '';
  const now = ctx.now();
  if (input.takenOn > toIsoDay(now)) {
    throw new FieldValidationError([{ path: 'takenOn', message: 'The exam date cannot be in the future.' }]);
  }
  return ctx.prisma.$transaction(async (tx) => {
    const app = await lockForCoordinator(tx, ctx, applicationId);
    if (app.status !== 'EXAM_PENDING')
      throw new ConflictError('This application is not waiting for an exam.');
    const previous = await tx.exam.findFirst({
      where: { applicationId, passed: { not: null } },
      orderBy: [{ takenOn: 'desc' }, { createdAt: 'desc' }],
    });
    if (previous?.passed)
      throw new ConflictError('A passed exam is already recorded: endorse the applicant.');
    if (previous?.takenOn) {
      const waitMonths = editionById(app.ruleEdition).exam.retakeWaitMonths;
      const earliest = fromDay(addMonths(toDay(toIsoDay(previous.takenOn)), waitMonths));
      if (input.takenOn < earliest) {
        throw new FieldValidationError([
          {
            path: 'takenOn',
            message: `After a failed exam, a retake counts from ${earliest} (${waitMonths} months later).`,
          },
        ]);
      }
    }
    const exam = await tx.exam.create({
      data: {
        applicationId,
        takenOn: fromIsoDay(input.takenOn),
        scorePercent: input.scorePercent,
        passed: input.passed,
        recordedById: userId,
        createdAt: now,
      },
    });
    const result = `${input.passed ? 'Passed' : 'Not passed'} (${input.scorePercent}%) on ${input.takenOn}.`;
    await tx.decision.create({
      data: { applicationId, kind: 'EXAM_RESULT', message: result, decidedById: userId, createdAt: now },
    });
    await appendAudit(tx, {
      actorId: userId,
      action: 'exam.record',
      entityType: 'Application',
      entityId: applicationId,
      after: {
        examId: exam.id,
        takenOn: input.takenOn,
        scorePercent: input.scorePercent,
        passed: input.passed,
      },
      ip: ctx.ip,
      at: now,
    });
    const owner = await tx.applicantProfile.findUniqueOrThrow({
      where: { id: app.profileId },
      select: { user: { select: { id: true, name: true, email: true } } },
    });
    await notifyUser(
      tx,
      owner.user,
      {
        kind: 'application.exam_result',
        title: input.passed ? 'You passed the exam' : 'Exam result recorded',
        body: input.passed
          ? 'Your exam result was recorded. The coordinator will now complete your endorsement.'
          : 'Your exam result was recorded: not passed this time. The coordinator will tell you when you may retake it.',
        link: `/application/${applicationId}`,
      },
      { now, publicUrl: ctx.config.publicUrl },
    );
    return tx.application.findUniqueOrThrow({ where: { id: applicationId } });
  });
}
