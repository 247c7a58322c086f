import { Alert, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Role } from '../../../gql/graphql';
import { useSignedInUser } from '../hooks/use-signed-in-user';

interface RequireRoleProps {
  requiredRole: Role;
  title: string;
  children: ReactNode;
}

/**
 * Hides a page from people without the role. The API refuses them anyway; this only spares them a page
 * of errors.
 */
export const RequireRole = ({ requiredRole, title, children }: RequireRoleProps) => {
  const me = useSignedInUser();
  if (me.roles.includes(requiredRole)) return children;
  return (
    <>
      <Title order={1}>{title}</Title>
      <Alert color="yellow" variant="light" mt="md">
        This page is for coordinators. Your roles don't include it.
      </Alert>
    </>
  );
};
