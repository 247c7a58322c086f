import { Anchor, Container, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

interface NotFoundPageProps {
  /** The link back to this app's start page. */
  startPageLabel?: string;
}

export const NotFoundPage = ({ startPageLabel = 'Go to the start page' }: NotFoundPageProps) => (
  <Container size="sm" py="xl" component="main">
    <Stack>
      <Title order={1}>Page not found</Title>
      <Text>The address may be mistyped, or the page has moved.</Text>
      <Anchor component={Link} to="/">
        {startPageLabel}
      </Anchor>
    </Stack>
  </Container>
);
