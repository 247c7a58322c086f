import { useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { graphql } from '../../../gql';
import { PagedResults } from '../../shell/components/paged-results';
import { useLoadMore } from '../../shell/hooks/use-load-more';
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
  const connection = data?.applicationQueue;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];

  const { loadMore, loadingMore } = useLoadMore(connection, variables, fetchMore);

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
      <PagedResults
        error={error}
        loading={loading}
        connection={connection}
        shown={rows.length}
        noun={['application', 'applications']}
        loadingLabel="Loading applications"
        onLoadMore={loadMore}
        loadingMore={loadingMore}
      >
        <QueueTable rows={rows} showReviewers={isCoordinator} />
      </PagedResults>
    </Stack>
  );
};
