import { useQuery } from '@apollo/client/react';
import { describeRequestError } from '@imh/ui';
import { Alert, Anchor, Badge, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { statusColors, statusWords } from '../../queue/status-words';
import { useSignedInUser } from '../../shell/hooks/use-signed-in-user';
import { canStartReview } from '../allowed-decisions';
import { ApplicationPage_Application } from './application-query';
import { DecisionSection } from './decision-section';
import { EndorsementCard } from './endorsement-card';
import { EvaluationSection } from './evaluation-section';
import { HistorySection } from './history-section';
import { PortfolioSection } from './portfolio-section';
import { ReferencesSection } from './references-section';
import { ReviewersSection } from './reviewers-section';
import { ReviewsSection } from './reviews-section';
import { StartReviewButton } from './start-review-button';

/** One application as staff read it; coordinators also act on it, an assigned reviewer goes on to review. */
export const ApplicationPage = () => {
  const { id = '' } = useParams();
  const me = useSignedInUser();
  const isCoordinator = me.roles.includes('COORDINATOR');
  const isReviewer = me.roles.includes('REVIEWER');
  const { data, loading, error, refetch } = useQuery(ApplicationPage_Application, {
    variables: { id, isCoordinator, isReviewer },
  });

  if (loading && !data) return <Loader aria-label="Loading the application" />;
  const application = data?.application;
  if (error || !application) {
    return (
      <Stack>
        <Title order={1}>Application</Title>
        <Alert color={error ? 'red' : 'yellow'} variant="light" role="alert">
          {error ? describeRequestError(error) : 'This application does not exist, or is not yours to see.'}
        </Alert>
        <Anchor component={Link} to="/applications">
          Back to applications
        </Anchor>
      </Stack>
    );
  }

  // The reviewer's open (or completed) assignment for this application, which their review belongs to.
  const myAssignment = data.myAssignments?.find(
    (a) => a.application.id === application.id && a.status !== 'WITHDRAWN',
  );
  const onChanged = () => refetch();

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/applications" size="sm">
        ← Applications
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{application.applicantName}</Title>
          <Group gap="xs" mt={4}>
            <Text c="dimmed">{application.targetName}</Text>
            <Badge variant="light" color={statusColors[application.status]}>
              {statusWords[application.status]}
            </Badge>
            {application.waitingDays != null && (
              <Text size="sm" c="dimmed">
                · waiting {application.waitingDays} days
              </Text>
            )}
          </Group>
          {application.applicant && (
            <Text size="sm" c="dimmed">
              {[
                application.applicant.email,
                application.applicant.jobTitle,
                application.applicant.employer,
                application.applicant.chapterName,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          )}
        </div>
        {myAssignment && (
          <Button component={Link} to={`/reviews/${myAssignment.id}`}>
            Write your review
          </Button>
        )}
      </Group>
      {application.endorsement && <EndorsementCard endorsement={application.endorsement} />}
      {isCoordinator && canStartReview(application.status) && (
        <StartReviewButton applicationId={application.id} onStarted={onChanged} />
      )}
      <EvaluationSection application={application} />
      <PortfolioSection application={application} />
      <ReferencesSection application={application} />
      {isCoordinator && <ReviewersSection application={application} onChanged={onChanged} />}
      <ReviewsSection application={application} />
      {isCoordinator && <DecisionSection application={application} onChanged={onChanged} />}
      <HistorySection application={application} />
    </Stack>
  );
};
