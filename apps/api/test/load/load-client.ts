import { randomInt } from 'node:crypto';
import { TEST_PASSWORD } from '../helpers/factories.ts';
import { SIGN_IN } from '../helpers/sign-in.ts';

// biome-ignore lint/suspicious/noExplicitAny: the driver reads response shapes it asked for
export type Json = Record<string, any>;

/** What one HTTP call came back with; `failure` is set when no GraphQL answer arrived at all. */
export type Reply = {
  status: number;
  json: { data?: Json | null; errors?: { message: string; extensions?: { code?: string } }[] } | null;
  failure?: 'network' | 'timeout';
  failureMessage?: string;
  ms: number;
};

/**
 * A browser-like client of one virtual user: its own session cookie, its own network address, and a
 * deadline on every request, so that a request the API never answers shows up as a timeout rather than
 * a load run that hangs. The base URL is read on every call: after the API restarts, the same client
 * (and cookie: sessions live in the database) carries on.
 */
export function loadClient(baseUrl: () => string, timeoutMs: number) {
  let cookie = '';
  const ip = `10.${randomInt(1, 255)}.${randomInt(1, 255)}.${randomInt(1, 255)}`;
  return {
    async call(query: string, variables?: Json): Promise<Reply> {
      const started = Date.now();
      try {
        const res = await fetch(`${baseUrl()}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'apollo-require-preflight': 'true',
            'x-forwarded-for': ip,
            ...(cookie ? { cookie } : {}),
          },
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(timeoutMs),
        });
        for (const c of res.headers.getSetCookie()) {
          const [pair] = c.split(';');
          const [name, value] = (pair ?? '').split('=');
          if (name === 'imh_session') cookie = value ? `${name}=${value}` : '';
        }
        const json = (await res.json().catch(() => null)) as Reply['json'];
        return { status: res.status, json, ms: Date.now() - started };
      } catch (error) {
        const timeout = error instanceof Error && error.name === 'TimeoutError';
        return {
          status: 0,
          json: null,
          failure: timeout ? 'timeout' : 'network',
          failureMessage:
            error instanceof Error ? `${error.message} ${String(error.cause ?? '')}` : String(error),
          ms: Date.now() - started,
        };
      }
    },
    /** Signs in with the factories' password; throws unless the API answers with a session. */
    async signIn(email: string) {
      const reply = await this.call(SIGN_IN, { input: { email, password: TEST_PASSWORD } });
      if (reply.json?.data?.signIn?.__typename !== 'MutationSignInSuccess') {
        throw new Error(`sign-in failed for ${email}: ${JSON.stringify(reply.json ?? reply.failureMessage)}`);
      }
    },
  };
}
export type LoadClient = ReturnType<typeof loadClient>;
