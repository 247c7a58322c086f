import { useQuery } from '@apollo/client/react';
import { describeRequestError } from '@imh/ui';
import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { graphql } from '../../../gql';
import { useSignedInUser } from '../../shell/hooks/use-signed-in-user';
import { type QueueView, queueCsvUrl, readQueueView, toQueueFilter, writeQueueView } from '../queue-params';
import { QueueFilters } from './queue-filters';
import { QueueTable } from './queue-table';
import { StatusCounts } from './status-counts';

const QueuePage_Queue = graphql(`
  query QueuePage_Queue(
    $filter: ApplicationQueueFilter
    $orderBy: ApplicationQueueOrder
    $first: Int!
    $after: String
    $withAssignments: Boolean!
  ) {
    applicationQueue(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          applicantName
          status
          level
          track
          targetName
          submittedAt
          waitingDays
          assignments @include(if: $withAssignments) {
            id
            status
            reviewer {
              id
              name
            }
          }
        }
      }
    }
  }
`);

const PAGE_SIZE = 25;

/** The application queue: a coordinator's whole association, or a reviewer's assignments. */
export const QueuePage = () => {
  const me = useSignedInUser();
  const isCoordinator = me.roles.includes('COORDINATOR');
  const [searchParams, setSearchParams] = useSearchParams();
  const view = readQueueView(searchParams);
  const setView = (next: QueueView) => setSearchParams(writeQueueView(next), { replace: true });

  const variables = {
    filter: toQueueFilter(view),
    orderBy: { field: view.orderBy, direction: view.direction },
    first: PAGE_SIZE,
    // Assignments are the coordinator's to read; a reviewer's queue is their assignments anyway.
    withAssignments: isCoordinator,
  };
  const { data, loading, error, fetchMore } = useQuery(QueuePage_Queue, {
    variables,
    notifyOnNetworkStatusChange: true,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const connection = data?.applicationQueue;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];

  const loadMore = async () => {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { ...variables, after: connection.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>Applications</Title>
          <Text c="dimmed">
            {isCoordinator
              ? 'Every submitted application of your association.'
              : 'The applications assigned to you for review.'}
          </Text>
        </div>
        {isCoordinator && (
          <Button component="a" href={queueCsvUrl(view)} variant="default" download>
            Export CSV
          </Button>
        )}
      </Group>
      <StatusCounts view={view} onChange={setView} />
      <QueueFilters view={view} onChange={setView} isCoordinator={isCoordinator} />
      {error && (
        <Alert color="red" variant="light" role="alert">
          {describeRequestError(error)}
        </Alert>
      )}
      {loading && !connection ? (
        <Loader aria-label="Loading applications" />
      ) : (
        connection && (
          <>
            <Text size="sm" c="dimmed" aria-live="polite">
              Showing {rows.length} of {connection.totalCount}{' '}
              {connection.totalCount === 1 ? 'application' : 'applications'}
            </Text>
            <QueueTable rows={rows} showReviewers={isCoordinator} />
            {connection.pageInfo.hasNextPage && (
              <Group>
                <Button variant="default" onClick={loadMore} loading={loadingMore}>
                  Load more
                </Button>
              </Group>
            )}
          </>
        )
      )}
    </Stack>
  );
};
