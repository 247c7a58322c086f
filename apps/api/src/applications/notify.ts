import type { Prisma } from '@imh/db';
import { enqueueEmail } from '../mail/outbox.ts';

type Tx = Pick<Prisma.TransactionClient, 'notification' | 'outboxMessage'>;

export type Notice = {
  kind: string;
  title: string;
  body: string;
  /** A path in the portal, e.g. /application; the email carries it as a full link. */
  link: string;
};

/**
 * Tells someone in the app and by email, in the caller's transaction. The email says only what the
 * in-app notice says: nothing confidential (ratings, reviewer notes) travels by email.
 */
export async function notifyUser(
  tx: Tx,
  to: { id: string; name: string; email: string },
  notice: Notice,
  opts: { now: Date; publicUrl: string; dedupeKey?: string },
): Promise<void> {
  await tx.notification.create({
    data: {
      userId: to.id,
      kind: notice.kind,
      title: notice.title,
      body: notice.body,
      link: notice.link,
      createdAt: opts.now,
    },
  });
  await enqueueEmail(tx, {
    to: to.email,
    subject: notice.title,
    text: [`Hello ${to.name},`, '', notice.body, '', `${opts.publicUrl}${notice.link}`].join('\n'),
    dedupeKey: opts.dedupeKey,
    now: opts.now,
  });
}
