import { useQuery } from '@apollo/client/react';
import { describeRequestError } from '@imh/ui';
import { Alert, Anchor, Badge, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { MyReviewsPage_AssignmentsQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../formatting/format-date-time';
import { formatDate } from '../format-date';

const MyReviewsPage_Assignments = graphql(`
  query MyReviewsPage_Assignments {
    myAssignments {
      id
      status
      dueAt
      overdue
      assignedAt
      completedAt
      application {
        id
        applicantName
        targetName
        level
      }
    }
  }
`);

type Assignment = MyReviewsPage_AssignmentsQuery['myAssignments'][number];

const OpenTable = ({ assignments }: { assignments: readonly Assignment[] }) => (
  <Table.ScrollContainer minWidth={640}>
    <Table striped verticalSpacing="sm">
      <Table.Caption>Open reviews, soonest due first</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Applicant</Table.Th>
          <Table.Th scope="col">Level</Table.Th>
          <Table.Th scope="col">Due</Table.Th>
          <Table.Th scope="col">Review</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {assignments.map((a) => (
          <Table.Tr key={a.id}>
            <Table.Th scope="row" fw={500}>
              {a.application.applicantName}
            </Table.Th>
            <Table.Td>
              {a.application.level} · {a.application.targetName}
            </Table.Td>
            <Table.Td>
              <Group gap="xs" wrap="nowrap">
                {formatDate(a.dueAt)}
                {a.overdue && (
                  <Badge color="red" variant="light">
                    Overdue
                  </Badge>
                )}
              </Group>
            </Table.Td>
            <Table.Td>
              <Anchor component={Link} to={`/reviews/${a.id}`}>
                Review {a.application.applicantName}
              </Anchor>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  </Table.ScrollContainer>
);

const CompletedTable = ({ assignments }: { assignments: readonly Assignment[] }) => (
  <Table.ScrollContainer minWidth={640}>
    <Table striped verticalSpacing="sm">
      <Table.Caption>Completed reviews</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Applicant</Table.Th>
          <Table.Th scope="col">Level</Table.Th>
          <Table.Th scope="col">Submitted</Table.Th>
          <Table.Th scope="col">Review</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {assignments.map((a) => (
          <Table.Tr key={a.id}>
            <Table.Th scope="row" fw={500}>
              {a.application.applicantName}
            </Table.Th>
            <Table.Td>
              {a.application.level} · {a.application.targetName}
            </Table.Td>
            <Table.Td>{formatDateTime(a.completedAt)}</Table.Td>
            <Table.Td>
              <Anchor component={Link} to={`/reviews/${a.id}`}>
                Read your review of {a.application.applicantName}
              </Anchor>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  </Table.ScrollContainer>
);

/** The signed-in reviewer's assignments: what is still to do first, then what is done. */
export const MyReviewsPage = () => {
  // Reviews are submitted on another page; coming back must show the move from open to completed.
  const { data, loading, error } = useQuery(MyReviewsPage_Assignments, { fetchPolicy: 'cache-and-network' });
  const all = data?.myAssignments ?? [];
  const open = all.filter((a) => a.status === 'ASSIGNED');
  const completed = all.filter((a) => a.status === 'COMPLETED');

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>My reviews</Title>
        <Text c="dimmed">The applications assigned to you. Withdrawn assignments are not listed.</Text>
      </div>
      {error && (
        <Alert color="red" variant="light" role="alert">
          {describeRequestError(error)}
        </Alert>
      )}
      {loading && !data ? (
        <Loader aria-label="Loading your reviews" />
      ) : (
        data && (
          <>
            <Stack gap="xs">
              <Title order={2}>Open</Title>
              {open.length ? (
                <OpenTable assignments={open} />
              ) : (
                <Text>Nothing is waiting for your review.</Text>
              )}
            </Stack>
            <Stack gap="xs">
              <Title order={2}>Completed</Title>
              {completed.length ? (
                <CompletedTable assignments={completed} />
              ) : (
                <Text>You have not completed a review yet.</Text>
              )}
            </Stack>
          </>
        )
      )}
    </Stack>
  );
};
