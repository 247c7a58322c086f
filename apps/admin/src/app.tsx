import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { createApolloClient } from './apollo-client';
import { SignInPage } from './features/auth/components/sign-in-page';
import { signInPath } from './features/auth/sign-in-path';
import { NotFoundPage } from './features/shell/components/not-found-page';
import { theme } from './theme';

const BASENAME = '/admin';

// Only the sign-in page ships in the first bundle; every other page loads when it is visited.
const router = createBrowserRouter(
  [
    { path: '/sign-in', Component: SignInPage },
    {
      path: '/',
      lazy: async () => ({
        Component: (await import('./features/shell/components/admin-layout')).AdminLayout,
      }),
      children: [
        {
          index: true,
          lazy: async () => ({ Component: (await import('./features/shell/components/home-page')).HomePage }),
        },
        {
          path: 'users',
          lazy: async () => ({
            Component: (await import('./features/users/components/users-page')).UsersPage,
          }),
        },
        {
          path: 'outbox',
          lazy: async () => ({
            Component: (await import('./features/outbox/components/outbox-page')).OutboxPage,
          }),
        },
      ],
    },
    { path: '*', Component: NotFoundPage },
  ],
  { basename: BASENAME },
);

const apolloClient = createApolloClient({
  onSessionExpired: () => {
    // The router's own location still carries the basename; navigate() expects paths without it.
    const { pathname, search } = router.state.location;
    const path = pathname.startsWith(BASENAME) ? pathname.slice(BASENAME.length) || '/' : pathname;
    if (path === '/sign-in') return;
    // Navigate first so no signed-in page re-reads the cache while it is being emptied.
    void router
      .navigate(signInPath({ expired: true, next: path + search }), { replace: true })
      .then(() => apolloClient.clearStore());
  },
});

export const App = () => (
  <MantineProvider theme={theme}>
    <ApolloProvider client={apolloClient}>
      <RouterProvider router={router} />
    </ApolloProvider>
  </MantineProvider>
);
