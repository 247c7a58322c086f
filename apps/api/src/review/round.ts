import type { Prisma } from '@imh/db';

/** The submission round reviewers are reading now: the latest one (1 before any resubmission). */
export async function currentRound(
  tx: Pick<Prisma.TransactionClient, 'applicationSubmission'>,
  applicationId: string,
): Promise<number> {
  const latest = await tx.applicationSubmission.findFirst({
    where: { applicationId },
    orderBy: { round: 'desc' },
    select: { round: true },
  });
  return latest?.round ?? 1;
}
