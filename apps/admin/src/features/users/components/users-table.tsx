import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { UsersPage_UsersQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../formatting/format-date-time';
import { useSignedInUser } from '../../shell/hooks/use-signed-in-user';
import { roleLabels } from '../role-labels';
import { AccountStatusDialog } from './account-status-dialog';
import { EditRolesDialog } from './edit-roles-dialog';

export type UserRow = UsersPage_UsersQuery['users']['edges'][number]['node'];

interface UsersTableProps {
  users: readonly UserRow[];
}

export const UsersTable = ({ users }: UsersTableProps) => {
  const me = useSignedInUser();
  const [editing, setEditing] = useState<UserRow | null>(null);
  const [changingStatus, setChangingStatus] = useState<UserRow | null>(null);

  if (users.length === 0) return <Text>No users match these filters.</Text>;

  return (
    <>
      <Table.ScrollContainer minWidth={820}>
        <Table striped highlightOnHover verticalSpacing="sm">
          <Table.Caption>Users, in the order the server lists them</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Name</Table.Th>
              <Table.Th scope="col">Email</Table.Th>
              <Table.Th scope="col">Roles</Table.Th>
              <Table.Th scope="col">Status</Table.Th>
              <Table.Th scope="col">Last sign-in</Table.Th>
              <Table.Th scope="col">Actions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.map((user) => {
              const isMe = user.id === me.id;
              return (
                <Table.Tr key={user.id}>
                  <Table.Th scope="row" fw={500}>
                    {user.name}
                    {isMe && ' (you)'}
                  </Table.Th>
                  <Table.Td>{user.email}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {user.roles.map((role) => (
                        <Badge key={role} variant="light" color="gray" miw="max-content">
                          {roleLabels[role]}
                          {role === 'CHAPTER_ANALYST' && user.chapter ? ` · ${user.chapter.name}` : ''}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="dot" color={user.active ? 'teal' : 'red'} miw="max-content">
                      {user.active ? 'Active' : 'Deactivated'}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{formatDateTime(user.lastSignInAt)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setEditing(user)}
                        aria-label={`Edit roles for ${user.name}`}
                      >
                        Edit roles
                      </Button>
                      <Button
                        size="xs"
                        variant="light"
                        color={user.active ? 'red' : 'teal'}
                        // Locking yourself out is never what a coordinator means to do.
                        disabled={isMe && user.active}
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
      {editing && <EditRolesDialog user={editing} onClose={() => setEditing(null)} />}
      {changingStatus && (
        <AccountStatusDialog user={changingStatus} onClose={() => setChangingStatus(null)} />
      )}
    </>
  );
};
