import { useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { graphql } from '../../../gql';
import { PagedResults } from '../../shell/components/paged-results';
import { RequireRole } from '../../shell/components/require-role';
import { useLoadMore } from '../../shell/hooks/use-load-more';
import { ReviewerDialog } from './reviewer-dialog';
import { ReviewersTable } from './reviewers-table';

const ReviewersPage_Reviewers = graphql(`
  query ReviewersPage_Reviewers($first: Int!, $after: String, $search: String) {
    reviewers(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          user {
            id
            name
            email
            active
          }
          qualifications {
            level
            heldLevel
            heldTrack
          }
          openAssignments
          completedAssignments
          overdueAssignments
          averageDaysToComplete
        }
      }
    }
  }
`);

const PAGE_SIZE = 25;

const ReviewersList = () => {
  const [search, setSearch] = useState('');
  // Wait for a pause in typing so each keystroke does not become a request.
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const variables = { first: PAGE_SIZE, search: debouncedSearch || null };
  const { data, loading, error, fetchMore } = useQuery(ReviewersPage_Reviewers, {
    variables,
    // Workload changes as reviews are assigned and submitted elsewhere in the console.
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.reviewers;
  const reviewers = connection?.edges.map((edge) => edge.node) ?? [];

  const { loadMore, loadingMore } = useLoadMore(connection, variables, fetchMore);

  return (
    <Stack gap="md">
      <TextInput
        label="Search"
        description="Name or email"
        type="search"
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        w={320}
      />
      <PagedResults
        error={error}
        loading={loading}
        connection={connection}
        shown={reviewers.length}
        noun={['reviewer', 'reviewers']}
        loadingLabel="Loading reviewers"
        onLoadMore={loadMore}
        loadingMore={loadingMore}
      >
        <ReviewersTable reviewers={reviewers} />
      </PagedResults>
    </Stack>
  );
};

export const ReviewersPage = () => {
  const [inviting, setInviting] = useState(false);
  return (
    <RequireRole requiredRole="COORDINATOR" title="Reviewers">
      <Stack gap="lg">
        <Group justify="space-between" align="flex-end">
          <div>
            <Title order={1}>Reviewers</Title>
            <Text c="dimmed">Who reviews which levels, and how much each has on their desk.</Text>
          </div>
          <Group>
            {/* A plain link: the server answers with a file download, outside the app's router. */}
            <Button component="a" href="/api/exports/workload.csv" variant="default">
              Export workload CSV
            </Button>
            <Button onClick={() => setInviting(true)}>Invite a reviewer</Button>
          </Group>
        </Group>
        <ReviewersList />
      </Stack>
      {inviting && <ReviewerDialog onClose={() => setInviting(false)} />}
    </RequireRole>
  );
};
