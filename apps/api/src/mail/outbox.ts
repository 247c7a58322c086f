import type { Prisma } from '@imh/db';

type Tx = Pick<Prisma.TransactionClient, 'outboxMessage'>;

/**
 * Queues an email in the same transaction as the change that causes it: if the change rolls back, no
 * email goes out, and if sending fails later the row stays and is retried.
 */
export async function enqueueEmail(
  tx: Tx,
  mail: { to: string; subject: string; text: string; dedupeKey?: string; now: Date },
): Promise<void> {
  const data = {
    toAddress: mail.to,
    subject: mail.subject,
    textBody: mail.text,
    dedupeKey: mail.dedupeKey ?? null,
    createdAt: mail.now,
    nextAttemptAt: mail.now,
  };
  if (mail.dedupeKey) {
    await tx.outboxMessage.upsert({ where: { dedupeKey: mail.dedupeKey }, create: data, update: {} });
  } else {
    await tx.outboxMessage.create({ data });
  }
}
