import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from './context.ts';

// Answers that hold for the whole of one request and that many fields of a page ask again: the
// access checks of each application, its latest round. Only a query keeps them: a mutation changes
// what they answer (a reviewer withdrawn, a round submitted) and its payload is read after the
// change, so there every field asks the database, as it would without the cache.
const caches = new WeakMap<Context, Map<string, Promise<unknown>>>();

/** `load()` once per key and query; outside a query (a mutation, no GraphQL at all) every time. */
export function cachedForRequest<T>(ctx: Context, key: string, load: () => Promise<T>): Promise<T> {
  const cache = caches.get(ctx);
  if (!cache) return load();
  let answer = cache.get(key) as Promise<T> | undefined;
  if (!answer) {
    answer = load();
    cache.set(key, answer);
  }
  return answer;
}

/** Records an answer the request already has (rows selected through the rule the key asks). */
export function rememberForRequest<T>(ctx: Context, key: string, value: T): void {
  caches.get(ctx)?.set(key, Promise.resolve(value));
}

/** Gives each query operation its cache, once Apollo knows which kind of operation it runs. */
export const requestCachePlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (operation?.operation === 'query') caches.set(contextValue, new Map());
      },
    };
  },
};
