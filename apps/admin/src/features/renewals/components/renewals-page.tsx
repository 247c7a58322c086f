import { useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { graphql } from '../../../gql';
import { PagedResults } from '../../shell/components/paged-results';
import { RequireRole } from '../../shell/components/require-role';
import { useLoadMore } from '../../shell/hooks/use-load-more';
import {
  type RenewalView,
  readRenewalView,
  renewalsCsvUrl,
  toRenewalFilter,
  writeRenewalView,
} from '../renewal-params';
import { RenewalBuckets } from './renewal-buckets';
import { RenewalFilters } from './renewal-filters';
import { RenewalsTable } from './renewals-table';

export const RenewalsPage_Counts = graphql(`
  query RenewalsPage_Counts($filter: RenewalFilter) {
    renewalCounts(filter: $filter) {
      bucket
      count
    }
  }
`);

export const RenewalsPage_Queue = graphql(`
  query RenewalsPage_Queue($bucket: RenewalBucket!, $filter: RenewalFilter, $first: Int!, $after: String) {
    renewalQueue(bucket: $bucket, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          holderName
          holderEmail
          chapterName
          number
          level
          track
          standing {
            status
            dueOn
            graceEndsOn
            renewal {
              id
              kind
              status
              late
            }
          }
        }
      }
    }
  }
`);

const PAGE_SIZE = 25;

const RenewalsDashboard = () => {
  const [searchParams, setSearchParams] = useSearchParams();
  const view = readRenewalView(searchParams);
  const setView = (next: RenewalView) => setSearchParams(writeRenewalView(next), { replace: true });
  const filter = toRenewalFilter(view);

  // Renewals move between buckets as endorsees submit and as the coordinator decides on other pages.
  const counts = useQuery(RenewalsPage_Counts, { variables: { filter }, fetchPolicy: 'cache-and-network' });
  const variables = { bucket: view.bucket, filter, first: PAGE_SIZE };
  const { data, loading, error, fetchMore } = useQuery(RenewalsPage_Queue, {
    variables,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.renewalQueue;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const { loadMore, loadingMore } = useLoadMore(connection, variables, fetchMore);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>Renewals</Title>
          <Text c="dimmed">Every endorsement of your associations, by where its yearly renewal stands.</Text>
        </div>
        {/* A plain link: the server answers with a file download, outside the app's router. */}
        <Button component="a" href={renewalsCsvUrl(view)} variant="default" download>
          Download CSV
        </Button>
      </Group>
      <RenewalBuckets
        counts={counts.data?.renewalCounts ?? []}
        bucket={view.bucket}
        onChange={(bucket) => setView({ ...view, bucket })}
      />
      <RenewalFilters view={view} onChange={setView} />
      <PagedResults
        error={error}
        loading={loading}
        connection={connection}
        shown={rows.length}
        noun={['endorsement', 'endorsements']}
        loadingLabel="Loading renewals"
        onLoadMore={loadMore}
        loadingMore={loadingMore}
      >
        <RenewalsTable rows={rows} />
      </PagedResults>
    </Stack>
  );
};

/** The coordinator's renewals dashboard: one bucket at a time, filtered by level and chapter. */
export const RenewalsPage = () => (
  <RequireRole requiredRole="COORDINATOR" title="Renewals">
    <RenewalsDashboard />
  </RequireRole>
);
