import type { ApplicationStatus, Prisma, PrismaClient } from '@imh/db';
import { ConflictError } from '../errors.ts';

/**
 * While an application is with the coordinator or the reviewers, they judge the portfolio as it was
 * submitted; edits would either go unseen or change the evidence under the reviewers' feet.
 */
export const PORTFOLIO_LOCKED_STATUSES: readonly ApplicationStatus[] = [
  'SUBMITTED',
  'RESUBMITTED',
  'IN_REVIEW',
  'EXAM_PENDING',
];

export const PORTFOLIO_LOCKED_MESSAGE =
  'Your portfolio is locked while your application is being reviewed. You can edit it again if the ' +
  'reviewers ask for changes or once a decision has been made.';

/**
 * Refuses with a ConflictError while any of the profile's applications is under review.
 *
 * Run it inside the transaction that writes: the rows are read FOR UPDATE, so an edit and a
 * submission (which locks its application row) wait for each other, and the edit sees the status the
 * submission committed instead of slipping in between the submission's snapshot and its status change.
 */
export async function assertPortfolioEditable(
  prisma: PrismaClient | Prisma.TransactionClient,
  profileId: string,
): Promise<void> {
  const rows = await prisma.$queryRaw<{ status: ApplicationStatus }[]>`
    SELECT status::text AS status FROM "Application" WHERE "profileId" = ${profileId} FOR UPDATE`;
  if (rows.some((r) => PORTFOLIO_LOCKED_STATUSES.includes(r.status))) {
    throw new ConflictError(PORTFOLIO_LOCKED_MESSAGE);
  }
}
