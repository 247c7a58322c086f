import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { ReviewersPage_ReviewersQuery } from '../../../gql/graphql';
import { useSignedInUser } from '../../shell/hooks/use-signed-in-user';
import { AccountStatusDialog } from '../../users/components/account-status-dialog';
import { heldEndorsement, heldName } from '../qualifications';
import { ReviewerDialog } from './reviewer-dialog';

export type ReviewerRow = ReviewersPage_ReviewersQuery['reviewers']['edges'][number]['node'];

const formatDays = (days: number | null | undefined) =>
  days == null ? '—' : days.toLocaleString(undefined, { maximumFractionDigits: 1 });

export const ReviewersTable = ({ reviewers }: { reviewers: readonly ReviewerRow[] }) => {
  const me = useSignedInUser();
  const [editing, setEditing] = useState<ReviewerRow | null>(null);
  const [changingStatus, setChangingStatus] = useState<ReviewerRow['user'] | null>(null);

  if (reviewers.length === 0) return <Text>No reviewers match this search.</Text>;

  return (
    <>
      <Table.ScrollContainer minWidth={1100}>
        <Table striped highlightOnHover verticalSpacing="sm">
          <Table.Caption>Reviewers and their workload, alphabetical by email</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Name</Table.Th>
              <Table.Th scope="col">Email</Table.Th>
              <Table.Th scope="col">Status</Table.Th>
              <Table.Th scope="col">Levels they may review</Table.Th>
              <Table.Th scope="col">Endorsement held</Table.Th>
              <Table.Th scope="col">Open</Table.Th>
              <Table.Th scope="col">Completed</Table.Th>
              <Table.Th scope="col">Average days to complete</Table.Th>
              <Table.Th scope="col">Overdue</Table.Th>
              <Table.Th scope="col">Actions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {reviewers.map((reviewer) => {
              const { user } = reviewer;
              const held = heldEndorsement(reviewer.qualifications);
              return (
                <Table.Tr key={user.id}>
                  <Table.Th scope="row" fw={500}>
                    {user.name}
                  </Table.Th>
                  <Table.Td>{user.email}</Table.Td>
                  <Table.Td>
                    <Badge variant="dot" color={user.active ? 'teal' : 'red'} miw="max-content">
                      {user.active ? 'Active' : 'Deactivated'}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {reviewer.qualifications.map((q) => q.level).join(', ') || (
                      <Text c="dimmed">None yet</Text>
                    )}
                  </Table.Td>
                  <Table.Td>{held ? heldName(held.level, held.track) : '—'}</Table.Td>
                  <Table.Td>{reviewer.openAssignments}</Table.Td>
                  <Table.Td>{reviewer.completedAssignments}</Table.Td>
                  <Table.Td>{formatDays(reviewer.averageDaysToComplete)}</Table.Td>
                  <Table.Td>
                    {reviewer.overdueAssignments > 0 ? (
                      <Badge color="red" variant="filled">
                        {reviewer.overdueAssignments} overdue
                      </Badge>
                    ) : (
                      0
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setEditing(reviewer)}
                        aria-label={`Edit levels for ${user.name}`}
                      >
                        Edit levels
                      </Button>
                      <Button
                        size="xs"
                        variant="light"
                        color={user.active ? 'red' : 'teal'}
                        // Locking yourself out is never what a coordinator means to do.
                        disabled={user.id === me.id && user.active}
                        onClick={() => setChangingStatus(user)}
                        aria-label={`${user.active ? 'Deactivate' : 'Reactivate'} ${user.name}`}
                      >
                        {user.active ? 'Deactivate' : 'Reactivate'}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editing && <ReviewerDialog reviewer={editing} onClose={() => setEditing(null)} />}
      {changingStatus && (
        <AccountStatusDialog
          user={changingStatus}
          onClose={() => setChangingStatus(null)}
          consequences={{
            deactivate: `${changingStatus.name} will be signed out and cannot sign in or review until reactivated. Their reviews are kept.`,
            reactivate: `${changingStatus.name} will be able to sign in and review again.`,
          }}
        />
      )}
    </>
  );
};
