import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { RenewalsPage_QueueQuery } from '../../../gql/graphql';
import { formatDate } from '../../queue/format-date';
import { heldName } from '../../reviewers/qualifications';
import { describeStanding } from '../standing-words';

export type RenewalRow = RenewalsPage_QueueQuery['renewalQueue']['edges'][number]['node'];

export const RenewalsTable = ({ rows }: { rows: readonly RenewalRow[] }) => {
  if (rows.length === 0) return <Text>No endorsements in this bucket match these filters.</Text>;
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>Endorsements in the chosen bucket, soonest due first</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Holder</Table.Th>
            <Table.Th scope="col">Number</Table.Th>
            <Table.Th scope="col">Level</Table.Th>
            <Table.Th scope="col">Chapter</Table.Th>
            <Table.Th scope="col">Due</Table.Th>
            <Table.Th scope="col">Late accepted until</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const status = describeStanding(row.standing);
            return (
              <Table.Tr key={row.id}>
                <Table.Th scope="row" fw={500}>
                  <Anchor component={Link} to={`/renewals/${row.id}`}>
                    {row.holderName}
                  </Anchor>
                  <Text size="xs" c="dimmed" fw={400}>
                    {row.holderEmail}
                  </Text>
                </Table.Th>
                <Table.Td>{row.number}</Table.Td>
                <Table.Td>{heldName(row.level, row.track)}</Table.Td>
                <Table.Td>{row.chapterName ?? '—'}</Table.Td>
                <Table.Td>{formatDate(row.standing.dueOn)}</Table.Td>
                <Table.Td>{formatDate(row.standing.graceEndsOn)}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Badge variant="light" color={status.color} miw="max-content">
                      {status.label}
                    </Badge>
                    {status.notes.map((note) => (
                      <Badge key={note} variant="outline" color="gray" size="sm" miw="max-content">
                        {note}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
