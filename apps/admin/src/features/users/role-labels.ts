import type { Role } from '../../gql/graphql';

export const roleLabels: Record<Role, string> = {
  APPLICANT: 'Applicant',
  REVIEWER: 'Reviewer',
  COORDINATOR: 'Coordinator',
  CHAPTER_ANALYST: 'Chapter analyst',
};
