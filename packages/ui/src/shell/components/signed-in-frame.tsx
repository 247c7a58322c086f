import { AppShell, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type ReactNode, Suspense } from 'react';
import { FullPageLoader } from './full-page-loader';
import { SignOutButton } from './sign-out-button';
import { SkipLink } from './skip-link';

interface SignedInFrameProps {
  /** Shown at the left of the header, e.g. "IMH Endorsement® portal". */
  productName: string;
  userName: string;
  /** The navbar's links; call `closeNav` when one is followed so the navbar folds away on phones. */
  navigation: (closeNav: () => void) => ReactNode;
  /** The page, usually the router's `<Outlet />`. */
  children: ReactNode;
}

/** Header, navbar and main area around every signed-in page; each app's layout decides who gets in. */
export const SignedInFrame = ({ productName, userName, navigation, children }: SignedInFrameProps) => {
  const [navOpen, { toggle, close }] = useDisclosure(false);
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
            <Text fw={600}>{productName}</Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" data-testid="signed-in-name">
              {userName}
            </Text>
            <SignOutButton />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" component="nav" aria-label="Main">
        {navigation(close)}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Suspense fallback={<FullPageLoader />}>{children}</Suspense>
      </AppShell.Main>
    </AppShell>
  );
};
