import { apolloProviderRoute, lazyApolloClient, NotFoundPage, SignInPage, signInPath, theme } from '@imh/ui';
import { MantineProvider } from '@mantine/core';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { typePolicies } from './type-policies';

const BASENAME = '/admin';

const loadApolloClient = lazyApolloClient({
  typePolicies,
  onSessionExpired: () => {
    // The router's own location still carries the basename; navigate() expects paths without it.
    const { pathname, search } = router.state.location;
    const path = pathname.startsWith(BASENAME) ? pathname.slice(BASENAME.length) || '/' : pathname;
    if (path === '/sign-in') return;
    // Navigate first so no signed-in page re-reads the cache while it is being emptied.
    void router
      .navigate(signInPath({ expired: true, next: path + search }), { replace: true })
      .then(() => loadApolloClient())
      .then((client) => client.clearStore());
  },
});

// Only the sign-in page ships in the first bundle; every other page loads when it is visited.
const router = createBrowserRouter(
  [
    {
      path: '/sign-in',
      element: (
        <SignInPage
          loadApolloClient={loadApolloClient}
          title="Sign in to the admin console"
          appName="Admin console"
          // Password resets live in the portal, which both apps share accounts with.
          forgotPassword={{ href: '/forgot-password' }}
        />
      ),
    },
    {
      // Every other page queries the API from its first render, so Apollo loads with it.
      lazy: apolloProviderRoute(loadApolloClient),
      children: [
        {
          path: '/',
          lazy: async () => ({
            Component: (await import('./features/shell/components/admin-layout')).AdminLayout,
          }),
          children: [
            {
              index: true,
              lazy: async () => ({
                Component: (await import('./features/shell/components/home-page')).HomePage,
              }),
            },
            {
              path: 'applications',
              lazy: async () => ({
                Component: (await import('./features/queue/components/queue-page')).QueuePage,
              }),
            },
            {
              path: 'applications/:id',
              lazy: async () => ({
                Component: (await import('./features/application/components/application-page'))
                  .ApplicationPage,
              }),
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
            {
              path: 'reviews',
              lazy: async () => ({
                Component: (await import('./features/my-reviews/components/my-reviews-page')).MyReviewsPage,
              }),
            },
            {
              path: 'reviews/:assignmentId',
              lazy: async () => ({
                Component: (await import('./features/my-reviews/components/review-page')).ReviewPage,
              }),
            },
            {
              path: 'reviewers',
              lazy: async () => ({
                Component: (await import('./features/reviewers/components/reviewers-page')).ReviewersPage,
              }),
            },
            {
              path: 'renewals',
              lazy: async () => ({
                Component: (await import('./features/renewals/components/renewals-page')).RenewalsPage,
              }),
            },
            {
              path: 'renewals/:endorsementId',
              lazy: async () => ({
                Component: (await import('./features/renewals/components/renewal-page')).RenewalPage,
              }),
            },
            {
              path: 'settings/renewals',
              lazy: async () => ({
                Component: (await import('./features/renewals/components/renewal-policy-page'))
                  .RenewalPolicyPage,
              }),
            },
            {
              // Chart.js comes with this page only, never in the first bundle.
              path: 'statistics',
              lazy: async () => ({
                Component: (await import('./features/statistics/components/statistics-page')).StatisticsPage,
              }),
            },
            {
              path: 'settings/chapter-tokens',
              lazy: async () => ({
                Component: (await import('./features/statistics/components/chapter-tokens-page'))
                  .ChapterTokensPage,
              }),
            },
            {
              path: 'audit',
              lazy: async () => ({
                Component: (await import('./features/audit/components/audit-page')).AuditPage,
              }),
            },
          ],
        },
      ],
    },
    { path: '*', element: <NotFoundPage startPageLabel="Go to the admin console start page" /> },
  ],
  { basename: BASENAME },
);

export const App = () => (
  <MantineProvider theme={theme}>
    <RouterProvider router={router} />
  </MantineProvider>
);
