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
