import { Anchor, Badge, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { QueuePage_QueueQuery } from '../../../gql/graphql';
import { formatDate } from '../format-date';
import { statusColors, statusWords } from '../status-words';

export type QueueRow = QueuePage_QueueQuery['applicationQueue']['edges'][number]['node'];

interface QueueTableProps {
  rows: readonly QueueRow[];
  showReviewers: boolean;
}

const reviewerNames = (row: QueueRow) =>
  (row.assignments ?? [])
    .filter((a) => a.status !== 'WITHDRAWN')
    .map((a) => a.reviewer.name)
    .join(', ') || '—';

export const QueueTable = ({ rows, showReviewers }: QueueTableProps) => {
  if (rows.length === 0) return <Text>No applications match these filters.</Text>;
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>Applications in the chosen order</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Applicant</Table.Th>
            <Table.Th scope="col">Level</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Submitted</Table.Th>
            <Table.Th scope="col">Waiting (days)</Table.Th>
            {showReviewers && <Table.Th scope="col">Reviewers</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={`/applications/${row.id}`}>
                  {row.applicantName}
                </Anchor>
              </Table.Th>
              <Table.Td>{row.targetName}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={statusColors[row.status]} miw="max-content">
                  {statusWords[row.status]}
                </Badge>
              </Table.Td>
              <Table.Td>{formatDate(row.submittedAt)}</Table.Td>
              <Table.Td>{row.waitingDays ?? '—'}</Table.Td>
              {showReviewers && <Table.Td>{reviewerNames(row)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
