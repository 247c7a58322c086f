import { useQuery } from '@apollo/client/react';
import { Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { graphql } from '../../../gql';
import { PagedResults } from '../../shell/components/paged-results';
import { RequireRole } from '../../shell/components/require-role';
import { useLoadMore } from '../../shell/hooks/use-load-more';
import { type AuditFilterValues, EMPTY_AUDIT_FILTER, ENTITY_TYPES, toAuditFilter } from '../audit-filter';
import { AuditTable } from './audit-table';
import { ChainStatus } from './chain-status';

const AuditPage_Entries = graphql(`
  query AuditPage_Entries($first: Int!, $after: String, $filter: AuditEntryFilter) {
    auditEntries(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          at
          actorName
          action
          entityType
          entityId
          before
          after
          ip
          hash
          prevHash
        }
      }
    }
  }
`);

const PAGE_SIZE = 50;

const AuditList = () => {
  const [values, setValues] = useState<AuditFilterValues>(EMPTY_AUDIT_FILTER);
  // The action is typed; the other filters are picked, so only typing waits for a pause.
  const [debounced] = useDebouncedValue(values, 300);
  const variables = { first: PAGE_SIZE, filter: toAuditFilter(debounced) };
  const { data, loading, error, fetchMore } = useQuery(AuditPage_Entries, {
    variables,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.auditEntries;
  const entries = connection?.edges.map((edge) => edge.node) ?? [];
  const set = (key: keyof AuditFilterValues) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setValues((current) => ({ ...current, [key]: value }));
  };

  const { loadMore, loadingMore } = useLoadMore(connection, variables, fetchMore);

  return (
    <Stack gap="md">
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label="Action"
          description="Exact, e.g. review.submit"
          value={values.action}
          onChange={set('action')}
          w={240}
        />
        <NativeSelect
          label="Entity type"
          value={values.entityType}
          onChange={set('entityType')}
          data={[{ value: '', label: 'Any entity' }, ...ENTITY_TYPES]}
          w={220}
        />
        <TextInput label="From" type="date" value={values.from} onChange={set('from')} w={170} />
        <TextInput label="To" type="date" value={values.to} onChange={set('to')} w={170} />
      </Group>
      <PagedResults
        error={error}
        loading={loading}
        connection={connection}
        shown={entries.length}
        noun={['entry', 'entries']}
        loadingLabel="Loading the audit trail"
        onLoadMore={loadMore}
        loadingMore={loadingMore}
      >
        <AuditTable entries={entries} />
      </PagedResults>
    </Stack>
  );
};

export const AuditPage = () => (
  <RequireRole requiredRole="COORDINATOR" title="Audit trail">
    <Stack gap="lg">
      <div>
        <Title order={1}>Audit trail</Title>
        <Text c="dimmed">Every decision, assignment, override, role change and failed sign-in.</Text>
      </div>
      <ChainStatus />
      <AuditList />
    </Stack>
  </RequireRole>
);
