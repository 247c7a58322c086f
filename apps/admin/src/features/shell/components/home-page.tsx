import { Stack, Text, Title } from '@mantine/core';
import { Navigate } from 'react-router';
import { useSignedInUser } from '../hooks/use-signed-in-user';

/** Coordinators start at the application queue, reviewers at their reviews; analysts get their pages later. */
export const HomePage = () => {
  const me = useSignedInUser();
  if (me.roles.includes('COORDINATOR')) return <Navigate to="/applications" replace />;
  if (me.roles.includes('REVIEWER')) return <Navigate to="/reviews" replace />;
  return (
    <Stack>
      <Title order={1}>Welcome, {me.name}</Title>
      <Text>Your review and statistics pages will appear here as they become available.</Text>
    </Stack>
  );
};
