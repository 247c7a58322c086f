import type { ApplicationState } from '@imh/competencies';
import type { ApplicationStatus } from '@imh/db';

export const toState = (status: ApplicationStatus): ApplicationState =>
  status.toLowerCase() as ApplicationState;
export const toStatus = (state: ApplicationState): ApplicationStatus =>
  state.toUpperCase() as ApplicationStatus;

/** The applicant may change the portfolio and the application's own evidence in these states. */
export const EDITABLE_STATUSES: readonly ApplicationStatus[] = ['DRAFT', 'CHANGES_REQUESTED'];
export const FINAL_STATUSES: readonly ApplicationStatus[] = ['ENDORSED', 'DENIED', 'WITHDRAWN'];
/** Already submitted: a second press of "Submit" lands here and changes nothing. */
export const SUBMITTED_STATUSES: readonly ApplicationStatus[] = ['SUBMITTED', 'RESUBMITTED'];

/** What the applicant reads at each step, in the timeline, the notification and the email. */
export const STATUS_NOTICES: Readonly<Record<ApplicationStatus, { title: string; body: string }>> = {
  DRAFT: { title: 'Application started', body: 'Your application is a draft until you submit it.' },
  SUBMITTED: {
    title: 'Application submitted',
    body: 'We received your application. The endorsement coordinator will check it and send it to reviewers.',
  },
  IN_REVIEW: { title: 'Application in review', body: 'Reviewers are reading your application.' },
  CHANGES_REQUESTED: {
    title: 'Changes requested',
    body: 'The reviewers asked for changes to your application. Read their message, edit your portfolio and resubmit.',
  },
  RESUBMITTED: {
    title: 'Application resubmitted',
    body: 'We received your changes. The endorsement coordinator will send them back to the reviewers.',
  },
  EXAM_PENDING: {
    title: 'Approved to take the exam',
    body: 'Your portfolio was approved. The coordinator will contact you to schedule the written exam.',
  },
  ENDORSED: { title: 'Endorsed', body: 'Congratulations: your Endorsement was granted.' },
  DENIED: { title: 'Application not approved', body: 'Your application was not approved this time.' },
  WITHDRAWN: { title: 'Application withdrawn', body: 'Your application was withdrawn.' },
};
