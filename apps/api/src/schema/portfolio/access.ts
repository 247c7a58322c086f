import type { PrismaClient } from '@imh/db';
import type { Viewer } from '../../auth/sessions.ts';

/**
 * Who may read a portfolio (its entries and documents): the applicant, and the coordinators of the
 * applicant's association. Reviewers judge the snapshot frozen at submission, not the live entries.
 */
export function canReadPortfolio(
  viewer: Viewer | null,
  profile: { userId: string; associationId: string },
): boolean {
  if (!viewer) return false;
  return (
    viewer.userId === profile.userId ||
    viewer.roles.some((r) => r.role === 'COORDINATOR' && r.associationId === profile.associationId)
  );
}

/**
 * Who may download one document: whoever may read the portfolio, and a reviewer of the applicant's
 * association with an active assignment to an application whose submitted snapshot lists it. The
 * reviewer reaches only what was submitted for their review, never the rest of the portfolio.
 */
export async function canReadDocument(
  prisma: PrismaClient,
  viewer: Viewer | null,
  document: { id: string; profileId: string; profile: { userId: string; associationId: string } },
): Promise<boolean> {
  if (!viewer) return false;
  if (canReadPortfolio(viewer, document.profile)) return true;
  const reviews = viewer.roles.some(
    (r) => r.role === 'REVIEWER' && r.associationId === document.profile.associationId,
  );
  if (!reviews) return false;
  const assigned = await prisma.application.count({
    where: {
      profileId: document.profileId,
      assignments: { some: { reviewerId: viewer.userId, status: { not: 'WITHDRAWN' } } },
      submissions: {
        some: { snapshot: { path: ['documents'], array_contains: [{ documentId: document.id }] } },
      },
    },
  });
  return assigned > 0;
}
