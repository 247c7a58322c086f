import { Alert, Button, Container, Stack, Title } from '@mantine/core';

interface AccountLoadErrorProps {
  onRetry: () => void;
}

/** Shown when the signed-in frame cannot load the person: the server is unreachable, not the session gone. */
export const AccountLoadError = ({ onRetry }: AccountLoadErrorProps) => (
  <Container size="sm" py="xl" component="main">
    <Stack>
      <Title order={1}>We could not load your account</Title>
      <Alert color="red" variant="light" role="alert">
        The server could not be reached. Check your connection and try again.
      </Alert>
      <Button onClick={onRetry} w="fit-content">
        Try again
      </Button>
    </Stack>
  </Container>
);
