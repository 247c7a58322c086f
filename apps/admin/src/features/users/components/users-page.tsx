import { useQuery } from '@apollo/client/react';
import { describeRequestError } from '@imh/ui';
import { Alert, Button, Group, Loader, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { graphql } from '../../../gql';
import type { Role } from '../../../gql/graphql';
import { RequireRole } from '../../shell/components/require-role';
import { roleLabels } from '../role-labels';
import { ROLES } from '../validation/set-roles-schema';
import { UsersTable } from './users-table';

const UsersPage_Users = graphql(`
  query UsersPage_Users($first: Int!, $after: String, $search: String, $role: Role) {
    users(first: $first, after: $after, search: $search, role: $role) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          email
          roles
          active
          lastSignInAt
          chapter {
            id
            name
          }
        }
      }
    }
  }
`);

const PAGE_SIZE = 25;

const UsersList = () => {
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  // Wait for a pause in typing so each keystroke does not become a request.
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const variables = { first: PAGE_SIZE, search: debouncedSearch || null, role: role || null };
  const { data, loading, error, fetchMore } = useQuery(UsersPage_Users, {
    variables,
    notifyOnNetworkStatusChange: true,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const connection = data?.users;
  const users = connection?.edges.map((edge) => edge.node) ?? [];

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
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label="Search"
          description="Name or email"
          type="search"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={320}
        />
        <NativeSelect
          label="Role"
          description="Show only people with this role"
          value={role}
          onChange={(event) => setRole(event.currentTarget.value as Role | '')}
          data={[
            { value: '', label: 'All roles' },
            ...ROLES.map((r) => ({ value: r, label: roleLabels[r] })),
          ]}
          w={240}
        />
      </Group>
      {error && (
        <Alert color="red" variant="light" role="alert">
          {describeRequestError(error)}
        </Alert>
      )}
      {loading && !connection ? (
        <Loader aria-label="Loading users" />
      ) : (
        connection && (
          <>
            <Text size="sm" c="dimmed" aria-live="polite">
              Showing {users.length} of {connection.totalCount}{' '}
              {connection.totalCount === 1 ? 'user' : 'users'}
            </Text>
            <UsersTable users={users} />
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

export const UsersPage = () => (
  <RequireRole requiredRole="COORDINATOR" title="Users">
    <Stack gap="lg">
      <div>
        <Title order={1}>Users</Title>
        <Text c="dimmed">Change what each person may do, or close an account.</Text>
      </div>
      <UsersList />
    </Stack>
  </RequireRole>
);
