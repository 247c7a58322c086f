/**
 * A browser-like GraphQL client: keeps its own cookies, sends the preflight header the frontends send,
 * and can pose as a different network address (for throttling tests) through X-Forwarded-For when the
 * app trusts a proxy. Each test's actors are separate clients.
 */
export function graphqlClient(baseUrl: string, opts: { ip?: string } = {}) {
  let cookie = '';
  // A distinct address per client keeps one test's failed sign-ins from throttling another's.
  const ip = opts.ip ?? `10.${rand()}.${rand()}.${rand()}`;
  return {
    get cookie() {
      return cookie;
    },
    setCookie(value: string) {
      cookie = value;
    },
    async raw(body: unknown, headers: Record<string, string> = {}) {
      const res = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'apollo-require-preflight': 'true',
          ...(cookie ? { cookie } : {}),
          'x-forwarded-for': ip,
          ...headers,
        },
        body: JSON.stringify(body),
      });
      const setCookie = res.headers.getSetCookie();
      for (const c of setCookie) {
        const [pair] = c.split(';');
        if (!pair) continue;
        const [name, value] = pair.split('=');
        if (name === 'imh_session') cookie = value ? `${name}=${value}` : '';
      }
      return { status: res.status, setCookie, json: (await res.json().catch(() => null)) as GqlResponse };
    },
    // biome-ignore lint/suspicious/noExplicitAny: tests assert on response shapes rather than type them
    async gql<T = Record<string, any>>(
      query: string,
      variables?: Record<string, unknown>,
    ): Promise<GqlResponse<T>> {
      return (await this.raw({ query, variables })).json as GqlResponse<T>;
    },
  };
}

// biome-ignore lint/suspicious/noExplicitAny: as above
export type GqlResponse<T = Record<string, any>> = {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
};
export type GraphqlClient = ReturnType<typeof graphqlClient>;

const rand = () => Math.floor(Math.random() * 254) + 1;
