import { Container, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface AuthLayoutProps {
  title: string;
  /** Which app this is, after the product name (the admin console names itself; the portal does not). */
  appName?: string;
  intro?: ReactNode;
  children: ReactNode;
}

/** The frame shared by the signed-out pages: product name, one heading, one card. */
export const AuthLayout = ({ title, appName, intro, children }: AuthLayoutProps) => (
  <Container size={460} py="xl" component="main">
    <Stack gap="lg">
      <Text c="dimmed" fw={600} ta="center">
        {appName ? `Infant Mental Health Endorsement® · ${appName}` : 'Infant Mental Health Endorsement®'}
      </Text>
      <Paper withBorder shadow="xs" p="xl">
        <Stack gap="md">
          <Title order={1} size="h2">
            {title}
          </Title>
          {intro}
          {children}
        </Stack>
      </Paper>
    </Stack>
  </Container>
);
