import type { Application, Prisma } from '@imh/db';
import { NotFoundError } from '../errors.ts';

/**
 * Finds an application the caller may act on and locks its row for the rest of the transaction.
 * Access is checked before the lock, so nobody can hold someone else's application locked; the
 * row is read again after the lock, as it stands once any concurrent change has committed.
 */
export async function lockApplication(
  tx: Prisma.TransactionClient,
  id: string,
  access: Prisma.ApplicationWhereInput,
): Promise<Application> {
  const visible = await tx.application.findFirst({ where: { AND: [{ id }, access] }, select: { id: true } });
  if (!visible) throw new NotFoundError('No such application.');
  await tx.$queryRaw`SELECT id FROM "Application" WHERE id = ${id} FOR UPDATE`;
  return tx.application.findUniqueOrThrow({ where: { id } });
}
