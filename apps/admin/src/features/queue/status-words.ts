import type { ApplicationStatus } from '../../gql/graphql';

/** The words staff use for each status; "Not approved" is how associations phrase a denial. */
export const statusWords: Record<ApplicationStatus, string> = {
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

export const statusColors: Record<ApplicationStatus, string> = {
  DRAFT: 'gray',
  SUBMITTED: 'blue',
  IN_REVIEW: 'indigo',
  CHANGES_REQUESTED: 'yellow',
  RESUBMITTED: 'cyan',
  EXAM_PENDING: 'grape',
  ENDORSED: 'teal',
  DENIED: 'red',
  WITHDRAWN: 'gray',
};

/** The queue never lists drafts; the order is the order of the process. */
export const QUEUE_STATUSES: readonly ApplicationStatus[] = [
  'SUBMITTED',
  'IN_REVIEW',
  'CHANGES_REQUESTED',
  'RESUBMITTED',
  'EXAM_PENDING',
  'ENDORSED',
  'DENIED',
  'WITHDRAWN',
];
