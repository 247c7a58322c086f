import { SignOutButton } from '@imh/ui';
import { Anchor, Container, Stack, Text, Title } from '@mantine/core';

interface NoAccessPageProps {
  name: string;
}

/** Shown to a signed-in person who holds no staff role: say so plainly and point to the portal. */
export const NoAccessPage = ({ name }: NoAccessPageProps) => (
  <Container size="sm" py="xl" component="main">
    <Stack>
      <Title order={1}>You don't have access to the admin console</Title>
      <Text>
        You are signed in as {name}. The admin console is for reviewers, coordinators and chapter analysts. If
        you think you should have access, ask your coordinator.
      </Text>
      <Anchor href="/">Go to the applicant portal</Anchor>
      <div>
        <SignOutButton />
      </div>
    </Stack>
  </Container>
);
