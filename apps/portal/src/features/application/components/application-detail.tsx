import { useQuery } from '@apollo/client/react';
import { describeRequestError } from '@imh/ui';
import { Alert, Badge, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { graphql } from '../../../gql';
import { ReferencesSection } from '../../references/components/references-section';
import { formatDate } from '../format-date';
import { isOpenStatus, STATUS_COLORS, STATUS_WORDS } from '../status-words';
import { AgreementsSection } from './agreements-section';
import { ChangeRequestAlert } from './change-request-alert';
import { HistorySection } from './history-section';
import { RequirementsSection } from './requirements-section';
import { StatusNotice } from './status-notice';
import { SubmitSection } from './submit-section';
import { WithdrawButton } from './withdraw-button';

// Every mutation on an application selects these same fields, so its answer refreshes the whole page.
export const ApplicationDetail_Application = graphql(`
  fragment ApplicationDetail_Application on Application {
    id
    level
    track
    targetName
    editionId
    status
    editable
    startedAt
    submittedAt
    decidedAt
    codeOfEthicsVersion
    codeOfEthicsAcceptedAt
    agreementVersion
    agreementAcceptedAt
    evaluation {
      editionId
      eligible
      readyForReview
      requirements {
        id
        label
        status
        progress {
          have
          need
          unit
        }
        reasons
      }
    }
    references {
      id
      raterName
      raterEmail
      raterRole
      raterLevel
      knownSince
      status
      sentAt
      sendCount
    }
    changeRequests {
      id
      message
      sections
      createdAt
    }
    events {
      id
      fromStatus
      toStatus
      message
      createdAt
    }
    submissions {
      id
      round
      submittedAt
      response
    }
  }
`);

const ApplicationDetail_Data = graphql(`
  query ApplicationDetail_Data($id: ID!) {
    application(id: $id) {
      ...ApplicationDetail_Application
    }
    agreements {
      document
      version
      title
      paragraphs
    }
  }
`);

export const ApplicationDetail = ({ id }: { id: string }) => {
  // The portfolio is edited on other pages, so the server's judgement is re-read on every visit.
  const { data, loading, error } = useQuery(ApplicationDetail_Data, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });

  if (loading && !data) return <Loader aria-label="Loading your application" />;
  if (error && !data) {
    return (
      <Alert color="red" variant="light" role="alert">
        {describeRequestError(error)}
      </Alert>
    );
  }
  const application = data?.application;
  if (!application) {
    return (
      <Alert color="yellow" variant="light">
        This application could not be found.
      </Alert>
    );
  }
  const { status } = application;

  return (
    <Stack gap="xl">
      <Stack gap={4}>
        <Group gap="sm" align="center">
          <Title order={2}>{application.targetName}</Title>
          <Badge color={STATUS_COLORS[status]} variant="light" size="lg" data-testid="application-status">
            {STATUS_WORDS[status]}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          Started {formatDate(application.startedAt)}
          {application.submittedAt && ` · submitted ${formatDate(application.submittedAt)}`}
          {application.decidedAt && ` · decided ${formatDate(application.decidedAt)}`}
        </Text>
      </Stack>
      <StatusNotice status={status} />
      {status === 'CHANGES_REQUESTED' && application.changeRequests[0] && (
        <ChangeRequestAlert request={application.changeRequests[0]} />
      )}
      <RequirementsSection application={application} />
      <ReferencesSection
        applicationId={application.id}
        editionId={application.editionId}
        references={application.references}
        editable={application.editable}
      />
      <AgreementsSection application={application} agreements={data.agreements} />
      {application.editable && <SubmitSection application={application} />}
      <HistorySection events={application.events} submissions={application.submissions} />
      {isOpenStatus(status) && <WithdrawButton applicationId={application.id} />}
    </Stack>
  );
};
