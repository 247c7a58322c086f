import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.ts';
import { UnauthenticatedError } from '../errors.ts';
import { operationNameOf, rateLimited, recordTokenCall } from './calls.ts';

/**
 * Records every call made with a chapter token and applies its rate limit, whatever the transport
 * (POST, GET, a persisted query's hash): Apollo hands over the query text it is about to run.
 */
export const tokenCallsPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart({ contextValue }) {
    if (!contextValue.apiToken) return;
    const principal = contextValue.apiToken;
    return {
      async didResolveSource({ source, request }) {
        const outcome = await recordTokenCall(
          contextValue.prisma,
          principal,
          {
            operationName: operationNameOf({ operationName: request.operationName, query: source }),
            query: source,
            variables: request.variables ?? null,
            ip: contextValue.ip,
          },
          contextValue.now(),
        );
        if (outcome.revoked) contextValue.apiToken = false;
        contextValue.apiTokenLimited = outcome.refused && !outcome.revoked;
      },
      async didResolveOperation() {
        if (contextValue.apiToken === false)
          throw new UnauthenticatedError('This API token is not valid (unknown or revoked).');
        if (contextValue.apiTokenLimited) throw rateLimited();
      },
    };
  },
};
