import { useQuery } from '@apollo/client/react';
import { Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { graphql } from '../../../gql';
import type { Role } from '../../../gql/graphql';
import { PagedResults } from '../../shell/components/paged-results';
import { RequireRole } from '../../shell/components/require-role';
import { useLoadMore } from '../../shell/hooks/use-load-more';
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
  const connection = data?.users;
  const users = connection?.edges.map((edge) => edge.node) ?? [];

  const { loadMore, loadingMore } = useLoadMore(connection, variables, fetchMore);

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
      <PagedResults
        error={error}
        loading={loading}
        connection={connection}
        shown={users.length}
        noun={['user', 'users']}
        loadingLabel="Loading users"
        onLoadMore={loadMore}
        loadingMore={loadingMore}
      >
        <UsersTable users={users} />
      </PagedResults>
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
