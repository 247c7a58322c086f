import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient, NotFoundPage, SignInPage, signInPath, theme } from '@imh/ui';
import { MantineProvider } from '@mantine/core';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';

// Only the sign-in page ships in the first bundle; every other page loads when it is visited.
const router = createBrowserRouter([
  {
    path: '/sign-in',
    element: <SignInPage forgotPassword={{ to: '/forgot-password' }} signUpPath="/sign-up" />,
  },
  {
    path: '/sign-up',
    lazy: async () => ({ Component: (await import('./features/auth/components/sign-up-page')).SignUpPage }),
  },
  {
    path: '/forgot-password',
    lazy: async () => ({
      Component: (await import('./features/auth/components/forgot-password-page')).ForgotPasswordPage,
    }),
  },
  {
    path: '/reset-password',
    lazy: async () => ({
      Component: (await import('./features/auth/components/reset-password-page')).ResetPasswordPage,
    }),
  },
  {
    path: '/',
    lazy: async () => ({ Component: (await import('./features/shell/components/app-layout')).AppLayout }),
    children: [
      { index: true, element: <Navigate to="/profile" replace /> },
      {
        path: 'profile',
        lazy: async () => ({
          Component: (await import('./features/profile/components/profile-page')).ProfilePage,
        }),
      },
    ],
  },
  { path: '*', Component: NotFoundPage },
]);

const apolloClient = createApolloClient({
  onSessionExpired: () => {
    const { pathname, search } = router.state.location;
    if (pathname === '/sign-in') return;
    // Navigate first so no signed-in page re-reads the cache while it is being emptied.
    void router
      .navigate(signInPath({ expired: true, next: pathname + search }), { replace: true })
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
