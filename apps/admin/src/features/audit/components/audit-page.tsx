import { useQuery } from '@apollo/client/react';
import { describeRequestError } from '@imh/ui';
import { Alert, Button, Group, Loader, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { graphql } from '../../../gql';
import { RequireRole } from '../../shell/components/require-role';
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
  const [loadingMore, setLoadingMore] = useState(false);
  const connection = data?.auditEntries;
  const entries = connection?.edges.map((edge) => edge.node) ?? [];
  const set = (key: keyof AuditFilterValues) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setValues((current) => ({ ...current, [key]: value }));
  };

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
      {error && (
        <Alert color="red" variant="light" role="alert">
          {describeRequestError(error)}
        </Alert>
      )}
      {loading && !connection ? (
        <Loader aria-label="Loading the audit trail" />
      ) : (
        connection && (
          <>
            <Text size="sm" c="dimmed" aria-live="polite">
              Showing {entries.length} of {connection.totalCount}{' '}
              {connection.totalCount === 1 ? 'entry' : 'entries'}
            </Text>
            <AuditTable entries={entries} />
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
