import { Outlet } from 'react-router';
import type { LoadApolloClient } from './lazy-apollo-client';

/**
 * The `lazy` of a pathless layout route whose pages read the client from context. React Router calls
 * the `lazy` of every matched route at once, so Apollo's code downloads alongside the page's.
 */
export const apolloProviderRoute = (loadClient: LoadApolloClient) => async () => {
  const [client, { ApolloProvider }] = await Promise.all([loadClient(), import('@apollo/client/react')]);
  return {
    Component: () => (
      <ApolloProvider client={client}>
        <Outlet />
      </ApolloProvider>
    ),
  };
};
