import type { Role } from '../../gql/graphql';

/**
 * Where a staff member lands after signing in: coordinators at the application queue, reviewers at
 * their reviews, chapter analysts at their chapter's statistics.
 */
export const startPath = (roles: readonly Role[]): string => {
  if (roles.includes('COORDINATOR')) return '/applications';
  if (roles.includes('REVIEWER')) return '/reviews';
  return '/statistics';
};
