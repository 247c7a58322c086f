import type { ApplicationStatus } from '../../gql/graphql';

/** What the applicant reads for each status: plain words, never the enum. */
export const STATUS_WORDS: Readonly<Record<ApplicationStatus, string>> = {
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted',
  IN_REVIEW: 'In review',
  CHANGES_REQUESTED: 'Changes requested',
  RESUBMITTED: 'Resubmitted',
  EXAM_PENDING: 'Exam pending',
  ENDORSED: 'Endorsed',
  DENIED: 'Not approved',
  WITHDRAWN: 'Withdrawn',
};

// Orange asks the applicant to act; blue means someone else is working on it.
export const STATUS_COLORS: Readonly<Record<ApplicationStatus, string>> = {
  DRAFT: 'gray',
  SUBMITTED: 'blue',
  IN_REVIEW: 'blue',
  CHANGES_REQUESTED: 'orange',
  RESUBMITTED: 'blue',
  EXAM_PENDING: 'violet',
  ENDORSED: 'teal',
  DENIED: 'red',
  WITHDRAWN: 'gray',
};

const FINAL_STATUSES: readonly ApplicationStatus[] = ['ENDORSED', 'DENIED', 'WITHDRAWN'];

/** An application still under way: the API allows only one of these per applicant. */
export const isOpenStatus = (status: ApplicationStatus): boolean => !FINAL_STATUSES.includes(status);

export const findOpenApplication = <T extends { status: ApplicationStatus }>(
  applications: readonly T[],
): T | null => applications.find((a) => isOpenStatus(a.status)) ?? null;
