import type { Prisma } from '@imh/db';
import { type Notice, notifyUser } from '../applications/notify.ts';
import type { Context } from '../context.ts';

type Tx = Prisma.TransactionClient;

/** Every active coordinator of the association hears of it, except the person who caused it. */
export async function notifyCoordinators(
  tx: Tx,
  ctx: Context,
  associationId: string,
  notice: Notice,
  except: string[] = [],
): Promise<void> {
  const coordinators = await tx.user.findMany({
    where: {
      active: true,
      id: { notIn: except },
      roles: { some: { role: 'COORDINATOR', associationId } },
    },
    select: { id: true, name: true, email: true },
  });
  for (const coordinator of coordinators) {
    await notifyUser(tx, coordinator, notice, { now: ctx.now(), publicUrl: ctx.config.publicUrl });
  }
}

/** Tells one person (a reviewer) in the app and by email. */
export async function notifyPerson(tx: Tx, ctx: Context, userId: string, notice: Notice, dedupeKey?: string) {
  const to = await tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, name: true, email: true },
  });
  await notifyUser(tx, to, notice, { now: ctx.now(), publicUrl: ctx.config.publicUrl, dedupeKey });
}
