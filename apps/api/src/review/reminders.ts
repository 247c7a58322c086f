import type { PrismaClient } from '@imh/db';
import { notifyUser } from '../applications/notify.ts';
import { type PeriodicJob, startPeriodicJob } from '../jobs/periodic-job.ts';

const DAY_MS = 86_400_000;
/** Reviewers hear that a review is due this many days ahead, and once more when it is overdue. */
export const REMINDER_DAYS_BEFORE = 3;

type Kind = 'due-soon' | 'overdue';

const NOTICES: Record<Kind, { title: string; body: (due: string) => string }> = {
  'due-soon': {
    title: 'Review due soon',
    body: (due) => `A review assigned to you is due on ${due}. Open the admin console to finish it.`,
  },
  overdue: {
    title: 'Review overdue',
    body: (due) => `A review assigned to you was due on ${due}. Please finish it or tell the coordinator.`,
  },
};

/**
 * Reminds reviewers of open assignments on applications in review: once when due within three days
 * and once when overdue. "Once" is the outbox's dedupe key (per assignment, kind and due date, so a
 * reviewer assigned again gets fresh reminders); the assignment's row lock keeps two processes from
 * both writing the in-app notice.
 */
export async function sendReviewReminders(
  prisma: PrismaClient,
  now: Date,
  config: { publicUrl: string },
): Promise<{ sent: number }> {
  const due = await prisma.reviewAssignment.findMany({
    where: {
      status: 'ASSIGNED',
      dueAt: { lte: new Date(now.getTime() + REMINDER_DAYS_BEFORE * DAY_MS) },
      application: { status: 'IN_REVIEW' },
      reviewer: { active: true },
    },
    select: { id: true, dueAt: true },
  });
  let sent = 0;
  for (const assignment of due) {
    const kind: Kind = assignment.dueAt <= now ? 'overdue' : 'due-soon';
    const dedupeKey = `review-reminder:${kind}:${assignment.id}:${assignment.dueAt.getTime()}`;
    const wrote = await prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "ReviewAssignment" WHERE id = ${assignment.id} FOR UPDATE`;
      if (await tx.outboxMessage.findUnique({ where: { dedupeKey }, select: { id: true } })) return false;
      const current = await tx.reviewAssignment.findUniqueOrThrow({
        where: { id: assignment.id },
        select: { status: true, reviewer: { select: { id: true, name: true, email: true } } },
      });
      if (current.status !== 'ASSIGNED') return false;
      const notice = NOTICES[kind];
      await notifyUser(
        tx,
        current.reviewer,
        {
          kind: `review.${kind}`,
          title: notice.title,
          body: notice.body(assignment.dueAt.toISOString().slice(0, 10)),
          link: '/admin/',
        },
        { now, publicUrl: config.publicUrl, dedupeKey },
      );
      return true;
    });
    if (wrote) sent++;
  }
  return { sent };
}

/** Runs sendReviewReminders every so often until stopped. */
export const startReviewReminders = (
  prisma: PrismaClient,
  clock: () => Date,
  config: { publicUrl: string },
  intervalMs = 15 * 60_000,
): PeriodicJob =>
  startPeriodicJob('reminders', () => sendReviewReminders(prisma, clock(), config), { intervalMs });
