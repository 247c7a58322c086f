import type { OutboxMessage, PrismaClient } from '@imh/db';
import { type PeriodicJob, startPeriodicJob } from '../jobs/periodic-job.ts';
import type { MailTransport } from './transport.ts';

export const OUTBOX_POLICY = {
  batchSize: 20,
  maxAttempts: 8,
  leaseMs: 60_000,
  baseBackoffMs: 30_000,
} as const;

/** Backoff doubles per attempt (30 s, 1 min, 2 min, …) up to an hour. */
export const backoffMs = (attempts: number): number =>
  Math.min(OUTBOX_POLICY.baseBackoffMs * 2 ** Math.max(0, attempts - 1), 3_600_000);

/**
 * Sends what is due. Rows are claimed with FOR UPDATE SKIP LOCKED and a lease, so several API
 * processes can run workers at once without sending a message twice; a process that dies mid-send
 * leaves a lease that expires, and the message is tried again.
 */
export async function deliverDueMail(
  prisma: PrismaClient,
  transport: MailTransport,
  now: Date,
): Promise<{ sent: number; failed: number }> {
  const leaseUntil = new Date(now.getTime() + OUTBOX_POLICY.leaseMs);
  const claimed = await prisma.$queryRaw<OutboxMessage[]>`
    UPDATE "OutboxMessage" SET "lockedUntil" = ${leaseUntil}, "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "OutboxMessage"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now}
        AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now})
      ORDER BY "nextAttemptAt" LIMIT ${OUTBOX_POLICY.batchSize}
      FOR UPDATE SKIP LOCKED)
    RETURNING *`;
  let sent = 0;
  let failed = 0;
  for (const message of claimed) {
    try {
      await transport.send({
        id: message.id,
        to: message.toAddress,
        subject: message.subject,
        text: message.textBody,
      });
      await prisma.outboxMessage.update({
        where: { id: message.id },
        data: { status: 'SENT', sentAt: now, lockedUntil: null, lastError: null },
      });
      sent++;
    } catch (error) {
      failed++;
      const giveUp = message.attempts >= OUTBOX_POLICY.maxAttempts;
      await prisma.outboxMessage.update({
        where: { id: message.id },
        data: {
          status: giveUp ? 'FAILED' : 'PENDING',
          lastError: String(error instanceof Error ? error.message : error).slice(0, 1000),
          lockedUntil: null,
          nextAttemptAt: new Date(now.getTime() + backoffMs(message.attempts)),
        },
      });
    }
  }
  return { sent, failed };
}

/** Runs deliverDueMail every few seconds until stopped. */
export const startOutboxWorker = (
  prisma: PrismaClient,
  transport: MailTransport,
  clock: () => Date,
  intervalMs = 3_000,
): PeriodicJob =>
  startPeriodicJob('outbox', () => deliverDueMail(prisma, transport, clock()), { intervalMs });
