import { Stack, Table, Title } from '@mantine/core';
import { useId } from 'react';
import { formatDate } from '../../application/format-date';
import { RENEWAL_STATUS_WORDS } from '../standing-words';
import type { Endorsement } from './endorsement-card';

type Renewal = Endorsement['renewals'][number];

const statusOf = (renewal: Renewal): string => {
  const words = RENEWAL_STATUS_WORDS[renewal.status] ?? 'Not submitted';
  return renewal.kind === 'REINSTATEMENT' ? `${words} (reinstatement)` : words;
};

/** The years renewed (or tried) before this one. */
export const PastRenewals = ({ renewals }: { renewals: readonly Renewal[] }) => {
  const headingId = useId();
  if (renewals.length === 0) return null;
  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Title order={3} id={headingId}>
        Past renewals
      </Title>
      <Table striped aria-labelledby={headingId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Year</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Late</Table.Th>
            <Table.Th>Submitted</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {renewals.map((renewal) => (
            <Table.Tr key={renewal.id}>
              <Table.Td>{renewal.year}</Table.Td>
              <Table.Td>{statusOf(renewal)}</Table.Td>
              <Table.Td>{renewal.late ? 'Yes' : 'No'}</Table.Td>
              <Table.Td>{renewal.submittedAt ? formatDate(renewal.submittedAt) : '–'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
};
