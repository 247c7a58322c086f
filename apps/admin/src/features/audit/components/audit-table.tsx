import { Button, Code, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { AuditPage_EntriesQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../formatting/format-date-time';
import { AuditEntryDialog } from './audit-entry-dialog';

export type AuditRow = AuditPage_EntriesQuery['auditEntries']['edges'][number]['node'];

export const AuditTable = ({ entries }: { entries: readonly AuditRow[] }) => {
  const [open, setOpen] = useState<AuditRow | null>(null);
  if (entries.length === 0) return <Text>No entries match these filters.</Text>;

  return (
    <>
      <Table.ScrollContainer minWidth={860}>
        <Table striped highlightOnHover verticalSpacing="xs">
          <Table.Caption>Audit entries, newest first. Choose a row to see what changed.</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">When</Table.Th>
              <Table.Th scope="col">Who</Table.Th>
              <Table.Th scope="col">Action</Table.Th>
              <Table.Th scope="col">Entity</Table.Th>
              <Table.Th scope="col">IP</Table.Th>
              <Table.Th scope="col">Details</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry) => (
              // The row click is a convenience for the mouse; the Details button is the accessible way in.
              <Table.Tr key={entry.id} onClick={() => setOpen(entry)} style={{ cursor: 'pointer' }}>
                <Table.Td>{formatDateTime(entry.at)}</Table.Td>
                <Table.Td>{entry.actorName ?? <Text c="dimmed">System</Text>}</Table.Td>
                <Table.Td>
                  <Code>{entry.action}</Code>
                </Table.Td>
                <Table.Td>
                  {entry.entityType}
                  {entry.entityId && (
                    <Text size="xs" c="dimmed">
                      {entry.entityId}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{entry.ip ?? '—'}</Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="default"
                    onClick={(event) => {
                      event.stopPropagation();
                      setOpen(entry);
                    }}
                  >
                    Details
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {open && <AuditEntryDialog entry={open} onClose={() => setOpen(null)} />}
    </>
  );
};
