import { ApolloClient, InMemoryCache } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { describe, expect, it } from 'vitest';
import { typePolicies } from '../../../type-policies';
import { RevokeTokenDialog_Revoke, revokeToken } from './revoke-token-dialog';

const answer = (revokeChapterToken: Record<string, unknown>) => ({ data: { revokeChapterToken } });

/** A client that answers only the revocation of this token id; any other request fails. */
const clientFor = (id: string, result: ReturnType<typeof answer>) => {
  // The app's client knows every `Error` type from @imh/ui's generated possibleTypes; this one, the one used here.
  const cache = new InMemoryCache({ typePolicies, possibleTypes: { Error: ['NotFoundError'] } });
  const link = new MockLink([{ request: { query: RevokeTokenDialog_Revoke, variables: { id } }, result }]);
  return new ApolloClient({ cache, link });
};

describe('revokeToken', () => {
  it('sends the revocation with the token’s id, and the row reads the new revokedAt from the cache', async () => {
    const client = clientFor(
      't7',
      answer({
        __typename: 'MutationRevokeChapterTokenSuccess',
        data: { __typename: 'ApiToken', id: 't7', revokedAt: '2026-05-14T10:00:00.000Z' },
      }),
    );
    const sent: unknown[] = [];
    const refusal = await revokeToken((options) => {
      sent.push(options.variables);
      return client.mutate({ mutation: RevokeTokenDialog_Revoke, ...options });
    }, 't7');
    expect(sent).toEqual([{ id: 't7' }]);
    expect(refusal).toBeNull();
    expect(client.cache.extract()).toHaveProperty(['ApiToken:t7', 'revokedAt'], '2026-05-14T10:00:00.000Z');
  });

  it('says why when the API refuses', async () => {
    const client = clientFor('t8', answer({ __typename: 'NotFoundError', message: 'No such token.' }));
    const refusal = await revokeToken(
      (options) => client.mutate({ mutation: RevokeTokenDialog_Revoke, ...options }),
      't8',
    );
    expect(refusal).toBe('No such token.');
  });
});
