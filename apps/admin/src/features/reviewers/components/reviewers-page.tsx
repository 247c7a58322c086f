import { useQuery } from '@apollo/client/react';
import { describeRequestError } from '@imh/ui';
import { Alert, Button, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { graphql } from '../../../gql';
import { RequireRole } from '../../shell/components/require-role';
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
  const [loadingMore, setLoadingMore] = useState(false);
  const connection = data?.reviewers;
  const reviewers = connection?.edges.map((edge) => edge.node) ?? [];

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
    <Stack gap="md">
      <TextInput
        label="Search"
        description="Name or email"
        type="search"
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        w={320}
      />
      {error && (
        <Alert color="red" variant="light" role="alert">
          {describeRequestError(error)}
        </Alert>
      )}
      {loading && !connection ? (
        <Loader aria-label="Loading reviewers" />
      ) : (
        connection && (
          <>
            <Text size="sm" c="dimmed" aria-live="polite">
              Showing {reviewers.length} of {connection.totalCount}{' '}
              {connection.totalCount === 1 ? 'reviewer' : 'reviewers'}
            </Text>
            <ReviewersTable reviewers={reviewers} />
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
