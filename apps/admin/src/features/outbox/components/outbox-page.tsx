import { useQuery } from '@apollo/client/react';
import { describeRequestError } from '@imh/ui';
import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Stack,
  Table,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../../gql';
import type { OutboxPage_MessagesQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../formatting/format-date-time';
import { RequireRole } from '../../shell/components/require-role';
import { useLoadMore } from '../../shell/hooks/use-load-more';
import { OutboxMessageDialog } from './outbox-message-dialog';

const OutboxPage_Messages = graphql(`
  query OutboxPage_Messages($first: Int!, $after: String) {
    outboxMessages(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          toAddress
          subject
          textBody
          status
          attempts
          lastError
          createdAt
          sentAt
        }
      }
    }
  }
`);

export type OutboxMessage = OutboxPage_MessagesQuery['outboxMessages']['edges'][number]['node'];

const PAGE_SIZE = 25;

const statusColor = (status: string): string => {
  const normalized = status.toUpperCase();
  if (normalized === 'SENT') return 'teal';
  if (normalized === 'FAILED') return 'red';
  return 'yellow';
};

const OutboxList = () => {
  const { data, loading, error, fetchMore } = useQuery(OutboxPage_Messages, {
    variables: { first: PAGE_SIZE },
    // New messages arrive as people use the system; show them whenever the page is opened.
    fetchPolicy: 'cache-and-network',
  });
  const [open, setOpen] = useState<OutboxMessage | null>(null);
  const connection = data?.outboxMessages;
  const messages = connection?.edges.map((edge) => edge.node) ?? [];
  const { loadMore, loadingMore } = useLoadMore(connection, { first: PAGE_SIZE }, fetchMore);

  if (error && !connection) {
    return (
      <Alert color="red" variant="light" role="alert">
        {describeRequestError(error)}
      </Alert>
    );
  }
  if (loading && !connection) return <Loader aria-label="Loading messages" />;
  if (messages.length === 0) return <Text>No emails have been written yet.</Text>;

  return (
    <Stack gap="md">
      <Table.ScrollContainer minWidth={720}>
        <Table striped highlightOnHover verticalSpacing="sm">
          <Table.Caption>Newest first. Choose a subject to read the message.</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">To</Table.Th>
              <Table.Th scope="col">Subject</Table.Th>
              <Table.Th scope="col">Status</Table.Th>
              <Table.Th scope="col">Created</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {messages.map((message) => (
              <Table.Tr key={message.id}>
                <Table.Td>{message.toAddress}</Table.Td>
                <Table.Td>
                  <UnstyledButton
                    onClick={() => setOpen(message)}
                    c="teal.8"
                    td="underline"
                    aria-haspopup="dialog"
                  >
                    {message.subject}
                  </UnstyledButton>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={statusColor(message.status)}>
                    {message.status}
                  </Badge>
                </Table.Td>
                <Table.Td>{formatDateTime(message.createdAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {connection?.pageInfo.hasNextPage && (
        <Group>
          <Button variant="default" onClick={loadMore} loading={loadingMore}>
            Load more
          </Button>
        </Group>
      )}
      {open && <OutboxMessageDialog message={open} onClose={() => setOpen(null)} />}
    </Stack>
  );
};

export const OutboxPage = () => (
  <RequireRole requiredRole="COORDINATOR" title="Outbox">
    <Stack gap="lg">
      <div>
        <Title order={1}>Outbox</Title>
        <Text c="dimmed">
          Every email the system writes. With the local mail transport, this is where you read them.
        </Text>
      </div>
      <OutboxList />
    </Stack>
  </RequireRole>
);
