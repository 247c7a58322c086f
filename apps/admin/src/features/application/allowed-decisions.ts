import { type ApplicationState, nextStates } from '@imh/competencies';
import type { ApplicationStatus } from '../../gql/graphql';

export type DecideKind = 'REQUEST_CHANGES' | 'EXAM_PENDING' | 'ENDORSE' | 'DENY';

export const decisionWords: Record<DecideKind, string> = {
  REQUEST_CHANGES: 'Request changes',
  EXAM_PENDING: 'Exam pending',
  ENDORSE: 'Endorse',
  DENY: 'Deny',
};

const TARGET_STATE: Record<DecideKind, ApplicationState> = {
  REQUEST_CHANGES: 'changes_requested',
  EXAM_PENDING: 'exam_pending',
  ENDORSE: 'endorsed',
  DENY: 'denied',
};

/**
 * The decisions a coordinator may record now, by the shared state machine (the API judges again and
 * may still refuse, e.g. before any review is submitted). Starting the review is its own button.
 */
export const allowedDecisions = (status: ApplicationStatus, examRequired: boolean): DecideKind[] => {
  const next = nextStates(status.toLowerCase() as ApplicationState, 'coordinator', { examRequired });
  return (Object.keys(TARGET_STATE) as DecideKind[]).filter((kind) => next.includes(TARGET_STATE[kind]));
};

/** The request-changes and deny messages reach the applicant, and the API refuses them empty. */
export const decisionNeedsMessage = (kind: DecideKind) => kind === 'REQUEST_CHANGES' || kind === 'DENY';

export const canStartReview = (status: ApplicationStatus) =>
  status === 'SUBMITTED' || status === 'RESUBMITTED';
