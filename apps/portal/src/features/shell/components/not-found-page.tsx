import { Anchor, Container, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export const NotFoundPage = () => (
  <Container size="sm" py="xl" component="main">
    <Stack>
      <Title order={1}>Page not found</Title>
      <Text>The address may be mistyped, or the page has moved.</Text>
      <Anchor component={Link} to="/">
        Go to the start page
      </Anchor>
    </Stack>
  </Container>
);
