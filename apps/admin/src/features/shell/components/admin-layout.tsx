import { useQuery } from '@apollo/client/react';
import {
  Alert,
  AppShell,
  Burger,
  Button,
  Container,
  Group,
  NavLink,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { Navigate, Outlet, NavLink as RouterNavLink, useLocation } from 'react-router';
import { graphql } from '../../../gql';
import type { Role } from '../../../gql/graphql';
import { signInPath } from '../../auth/sign-in-path';
import { FullPageLoader } from './full-page-loader';
import { NoAccessPage } from './no-access-page';
import { SignOutButton } from './sign-out-button';
import { SkipLink } from './skip-link';

const AdminLayout_Me = graphql(`
  query AdminLayout_Me {
    me {
      id
      name
      roles
    }
  }
`);

const STAFF_ROLES: readonly Role[] = ['REVIEWER', 'COORDINATOR', 'CHAPTER_ANALYST'];

/** The signed-in frame: loads the person once, sends signed-out visitors to sign in. */
export const AdminLayout = () => {
  const location = useLocation();
  const [navOpen, { toggle, close }] = useDisclosure(false);
  const { data, loading, error, refetch } = useQuery(AdminLayout_Me);

  if (loading && !data) return <FullPageLoader />;
  if (error) {
    return (
      <Container size="sm" py="xl" component="main">
        <Stack>
          <Title order={1}>We could not load your account</Title>
          <Alert color="red" variant="light" role="alert">
            The server could not be reached. Check your connection and try again.
          </Alert>
          <Button onClick={() => refetch()} w="fit-content">
            Try again
          </Button>
        </Stack>
      </Container>
    );
  }
  const me = data?.me;
  if (!me) return <Navigate to={signInPath({ next: location.pathname + location.search })} replace />;
  if (!me.roles.some((role) => STAFF_ROLES.includes(role))) return <NoAccessPage name={me.name} />;

  const isCoordinator = me.roles.includes('COORDINATOR');
  const navItem = (to: string, label: string) => (
    <NavLink
      component={RouterNavLink}
      to={to}
      label={label}
      active={location.pathname.startsWith(to)}
      onClick={close}
    />
  );

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpen } }}
      padding="lg"
    >
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpen}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={navOpen ? 'Close navigation' : 'Open navigation'}
            />
            <Text fw={600}>IMH Endorsement® admin</Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" data-testid="signed-in-name">
              {me.name}
            </Text>
            <SignOutButton />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" component="nav" aria-label="Main">
        {isCoordinator && navItem('/users', 'Users')}
        {isCoordinator && navItem('/outbox', 'Outbox')}
        <NavLink component="a" href="/" label="Applicant portal" />
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Suspense fallback={<FullPageLoader />}>
          <Outlet context={me} />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
};
