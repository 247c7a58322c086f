import { Table, Text } from '@mantine/core';
import { Section } from '../../application/components/section';
import { formatDate } from '../../queue/format-date';
import { renewalKindWords, renewalStatusWords } from '../standing-words';
import type { ManagedEndorsement } from './renewal-query';

/** Every renewal year started for this endorsement, newest first, as the API lists them. */
export const PastRenewalsSection = ({ renewals }: { renewals: ManagedEndorsement['renewals'] }) => (
  <Section title="Past renewals">
    {renewals.length === 0 ? (
      <Text size="sm">No renewal has been started for this endorsement yet.</Text>
    ) : (
      <Table.ScrollContainer minWidth={620}>
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Year</Table.Th>
              <Table.Th scope="col">Kind</Table.Th>
              <Table.Th scope="col">Status</Table.Th>
              <Table.Th scope="col">Submitted</Table.Th>
              <Table.Th scope="col">Decided</Table.Th>
              <Table.Th scope="col">Late</Table.Th>
              <Table.Th scope="col">Extended until</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {renewals.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Th scope="row">{r.year}</Table.Th>
                <Table.Td>{renewalKindWords[r.kind]}</Table.Td>
                <Table.Td>{renewalStatusWords[r.status]}</Table.Td>
                <Table.Td>{formatDate(r.submittedAt)}</Table.Td>
                <Table.Td>{formatDate(r.decidedAt)}</Table.Td>
                <Table.Td>{r.late ? 'Yes' : 'No'}</Table.Td>
                <Table.Td>{formatDate(r.extendedUntil)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    )}
  </Section>
);
