import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type TypePolicies } from '@apollo/client';
import { tap } from 'rxjs';
import { possibleTypes } from '../gql/possible-types';
import { SHARED_TYPE_POLICIES } from './shared-type-policies';

export interface ApolloClientOptions {
  /** Called once per response that shows the session is gone, so the app can send the person to sign in. */
  onSessionExpired: () => void;
  /** The app's cache rules, e.g. the admin console's paginated lists. */
  typePolicies?: TypePolicies;
}

const isUnauthenticatedPayload = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  (value as { __typename?: unknown }).__typename === 'UnauthenticatedError';

/**
 * The session can end in two ways the server reports differently: a query field fails with the GraphQL
 * error code UNAUTHENTICATED, or a mutation returns the typed `UnauthenticatedError` result. Both mean
 * the same thing to the person, so one link watches for either.
 */
const sessionExpiryLink = (onSessionExpired: () => void) =>
  new ApolloLink((operation, forward) =>
    forward(operation).pipe(
      tap((result) => {
        const codeSaysExpired = (result.errors ?? []).some(
          (error) => error.extensions?.code === 'UNAUTHENTICATED',
        );
        const data = (result.data ?? {}) as Record<string, unknown>;
        const payloadSaysExpired = Object.values(data).some(isUnauthenticatedPayload);
        if (codeSaysExpired || payloadSaysExpired) onSessionExpired();
      }),
    ),
  );

export const createApolloClient = ({ onSessionExpired, typePolicies }: ApolloClientOptions) =>
  new ApolloClient({
    link: ApolloLink.from([
      sessionExpiryLink(onSessionExpired),
      new HttpLink({
        uri: '/graphql',
        credentials: 'include',
        // The API keeps Apollo's CSRF prevention on; this header makes every request a preflighted one.
        headers: { 'apollo-require-preflight': 'true' },
      }),
    ]),
    cache: new InMemoryCache({ possibleTypes, typePolicies: { ...SHARED_TYPE_POLICIES, ...typePolicies } }),
  });
