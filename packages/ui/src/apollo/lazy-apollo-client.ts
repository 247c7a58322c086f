import type { ApolloClient } from '@apollo/client';
import type { ApolloClientOptions } from './create-apollo-client';

/** The app's one Apollo client; the first call downloads Apollo's code and makes it. */
export type LoadApolloClient = () => Promise<ApolloClient>;

/**
 * Apollo Client with its cache, rxjs and graphql's printer is a quarter of what a browser would have
 * to fetch before the sign-in page can show, and that page needs it only when the form is sent. So it
 * is a chunk of its own: the sign-in page starts the download once it is on screen, and the other
 * pages load it with their own code (`apolloProviderRoute`).
 */
export const lazyApolloClient = (options: ApolloClientOptions): LoadApolloClient => {
  let client: Promise<ApolloClient> | undefined;
  return () => {
    if (!client) {
      client = import('./create-apollo-client').then(({ createApolloClient }) => createApolloClient(options));
      // A download that failed (the connection dropped) is tried again on the next call.
      client.catch(() => {
        client = undefined;
      });
    }
    return client;
  };
};
