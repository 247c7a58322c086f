import { Alert } from '@mantine/core';
import type { ApplicationStatus } from '../../../gql/graphql';

// What happens next, for the statuses where the applicant waits on someone else.
const NEXT_STEP: Partial<Record<ApplicationStatus, string>> = {
  SUBMITTED:
    'We received your application. The endorsement coordinator will check it and send it to reviewers.',
  IN_REVIEW: 'Reviewers are reading your application. Review usually takes up to eight weeks.',
  RESUBMITTED: 'We received your changes. The endorsement coordinator will send them back to the reviewers.',
  EXAM_PENDING: 'Your portfolio was approved. The coordinator will contact you to schedule the written exam.',
  ENDORSED: 'Congratulations: your Endorsement was granted.',
  DENIED: 'Your application was not approved this time.',
  WITHDRAWN: 'This application was withdrawn.',
};

export const StatusNotice = ({ status }: { status: ApplicationStatus }) => {
  const text = NEXT_STEP[status];
  if (!text) return null;
  return (
    <Alert color={status === 'ENDORSED' ? 'teal' : 'blue'} variant="light" role="status">
      {text}
    </Alert>
  );
};
