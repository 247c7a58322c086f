import { Stack, Text, Title } from '@mantine/core';
import { Navigate } from 'react-router';
import { useSignedInUser } from '../hooks/use-signed-in-user';

/** Coordinators start at the user list; other staff roles get their pages in later issues. */
export const HomePage = () => {
  const me = useSignedInUser();
  if (me.roles.includes('COORDINATOR')) return <Navigate to="/users" replace />;
  return (
    <Stack>
      <Title order={1}>Welcome, {me.name}</Title>
      <Text>Your review and statistics pages will appear here as they become available.</Text>
    </Stack>
  );
};
