import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import type { ChapterTokensPage_TokensQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../formatting/format-date-time';
import { formatDate } from '../../queue/format-date';
import { RecentCallsTable } from './recent-calls-table';
import { RevokeTokenDialog } from './revoke-token-dialog';

export type TokenRow = ChapterTokensPage_TokensQuery['chapterTokens'][number];

const COLUMNS = ['Name', 'Chapter', 'Created by', 'Created', 'Last used', 'Calls', 'Status', 'Actions'];

/** The chapter tokens, newest first, each with its recent calls on demand and a way to revoke it. */
export const ChapterTokensTable = ({ tokens }: { tokens: readonly TokenRow[] }) => {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [revoking, setRevoking] = useState<TokenRow | null>(null);
  const toggle = (id: string) =>
    setExpanded((open) => {
      const next = new Set(open);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  if (tokens.length === 0) return <Text>No tokens yet.</Text>;
  return (
    <>
      <Table.ScrollContainer minWidth={900}>
        <Table striped verticalSpacing="sm">
          <Table.Caption>Chapter API tokens, newest first</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {COLUMNS.map((column) => (
                <Table.Th key={column} scope="col">
                  {column}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tokens.map((token) => {
              const open = expanded.has(token.id);
              const callsId = `token-calls-${token.id}`;
              return (
                <Fragment key={token.id}>
                  <Table.Tr>
                    <Table.Th scope="row" fw={500}>
                      {token.name}
                    </Table.Th>
                    <Table.Td>{token.chapter.name}</Table.Td>
                    <Table.Td>{token.createdBy}</Table.Td>
                    <Table.Td>{formatDateTime(token.createdAt)}</Table.Td>
                    <Table.Td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : 'Never'}</Table.Td>
                    <Table.Td>{token.callCount}</Table.Td>
                    <Table.Td>
                      <Badge variant="dot" color={token.revokedAt ? 'gray' : 'teal'} miw="max-content">
                        {token.revokedAt ? `Revoked ${formatDate(token.revokedAt)}` : 'Active'}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => toggle(token.id)}
                          aria-expanded={open}
                          aria-controls={open ? callsId : undefined}
                          aria-label={`Recent calls with ${token.name}`}
                        >
                          Recent calls
                        </Button>
                        {!token.revokedAt && (
                          <Button
                            size="xs"
                            variant="light"
                            color="red"
                            onClick={() => setRevoking(token)}
                            aria-label={`Revoke ${token.name}`}
                          >
                            Revoke
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                  {open && (
                    <Table.Tr id={callsId}>
                      <Table.Td colSpan={COLUMNS.length}>
                        <RecentCallsTable calls={token.recentCalls} tokenName={token.name} />
                      </Table.Td>
                    </Table.Tr>
                  )}
                </Fragment>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {revoking && <RevokeTokenDialog token={revoking} onClose={() => setRevoking(null)} />}
    </>
  );
};
