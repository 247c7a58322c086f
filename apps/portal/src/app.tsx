import { apolloProviderRoute, lazyApolloClient, NotFoundPage, SignInPage, signInPath, theme } from '@imh/ui';
import { MantineProvider } from '@mantine/core';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';

const loadApolloClient = lazyApolloClient({
  onSessionExpired: () => {
    const { pathname, search } = router.state.location;
    if (pathname === '/sign-in') return;
    // Navigate first so no signed-in page re-reads the cache while it is being emptied.
    void router
      .navigate(signInPath({ expired: true, next: pathname + search }), { replace: true })
      .then(() => loadApolloClient())
      .then((client) => client.clearStore());
  },
});

// Only the sign-in page ships in the first bundle; every other page loads when it is visited.
const router = createBrowserRouter([
  {
    path: '/sign-in',
    element: (
      <SignInPage
        loadApolloClient={loadApolloClient}
        forgotPassword={{ to: '/forgot-password' }}
        signUpPath="/sign-up"
      />
    ),
  },
  {
    // Every other page queries the API from its first render, so Apollo loads with it.
    lazy: apolloProviderRoute(loadApolloClient),
    children: [
      {
        path: '/sign-up',
        lazy: async () => ({
          Component: (await import('./features/auth/components/sign-up-page')).SignUpPage,
        }),
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
        // Raters have no account: the emailed link's token is all they need.
        path: '/reference/:token',
        lazy: async () => ({
          Component: (await import('./features/rater/components/reference-page')).ReferencePage,
        }),
      },
      {
        path: '/',
        lazy: async () => ({ Component: (await import('./features/shell/components/app-layout')).AppLayout }),
        children: [
          { index: true, element: <Navigate to="/application" replace /> },
          {
            path: 'application/:applicationId?',
            lazy: async () => ({
              Component: (await import('./features/application/components/application-page')).ApplicationPage,
            }),
          },
          {
            path: 'endorsement',
            lazy: async () => ({
              Component: (await import('./features/endorsement/components/endorsement-page')).EndorsementPage,
            }),
          },
          {
            path: 'portfolio',
            lazy: async () => ({
              Component: (await import('./features/portfolio/components/portfolio-page')).PortfolioPage,
            }),
            children: [
              { index: true, element: <Navigate to="/portfolio/education" replace /> },
              {
                path: ':section',
                lazy: async () => ({
                  Component: (await import('./features/portfolio/components/section-page')).SectionPage,
                }),
              },
            ],
          },
          {
            path: 'progress',
            lazy: async () => ({
              Component: (await import('./features/progress/components/progress-page')).ProgressPage,
            }),
          },
          {
            path: 'notifications',
            lazy: async () => ({
              Component: (await import('./features/notifications/components/notifications-page'))
                .NotificationsPage,
            }),
          },
          {
            path: 'profile',
            lazy: async () => ({
              Component: (await import('./features/profile/components/profile-page')).ProfilePage,
            }),
          },
        ],
      },
    ],
  },
  { path: '*', Component: NotFoundPage },
]);

export const App = () => (
  <MantineProvider theme={theme}>
    <RouterProvider router={router} />
  </MantineProvider>
);
