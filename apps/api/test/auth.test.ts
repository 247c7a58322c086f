import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssociation, createUser, TEST_PASSWORD } from './helpers/factories.ts';
import { graphqlClient } from './helpers/graphql-client.ts';
import { SIGN_IN, signedInClient } from './helpers/sign-in.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      __typename
      ... on MutationSignUpSuccess { data { id email name roles profile { association { id } chapter { id } } } }
      ... on Error { message }
      ... on ValidationError { fieldErrors { path message } }
    }
  }
`;
const ME = '{ me { email name roles } }';

let server: TestServer;
let association: Awaited<ReturnType<typeof createAssociation>>;
beforeAll(async () => {
  server = await startTestServer();
  association = await createAssociation(server.prisma);
});
afterAll(() => server.close());

const signUpInput = (over: Record<string, unknown> = {}) => ({
  name: 'Ana Rivera',
  email: `ana-${Math.random().toString(36).slice(2)}@example.org`,
  password: 'a long enough passphrase',
  associationId: association.id,
  chapterId: association.chapters[0]?.id,
  ...over,
});

describe('sign-up', () => {
  it('creates an applicant with a profile in the chosen chapter and signs them in', async () => {
    const client = graphqlClient(server.url);
    const input = signUpInput({ email: '  Ana.Rivera@Example.ORG ' });
    const res = await client.gql(SIGN_UP, { input });
    expect(res.data?.signUp).toMatchObject({
      __typename: 'MutationSignUpSuccess',
      data: {
        email: 'ana.rivera@example.org',
        roles: ['APPLICANT'],
        profile: { association: { id: association.id }, chapter: { id: association.chapters[0]?.id } },
      },
    });
    expect((await client.gql(ME)).data?.me).toMatchObject({
      email: 'ana.rivera@example.org',
      name: 'Ana Rivera',
    });
  });

  it('sets an HttpOnly, SameSite session cookie', async () => {
    const res = await graphqlClient(server.url).raw({ query: SIGN_UP, variables: { input: signUpInput() } });
    expect(res.setCookie[0]).toMatch(/^imh_session=[\w-]{40,}; Path=\/; Expires=.*; HttpOnly; SameSite=Lax$/);
  });

  it.each([
    ['malformed email', { email: 'not-an-email' }, 'email', 'Enter a valid email address.'],
    ['short password', { password: 'short' }, 'password', 'Use at least 12 characters.'],
    ['repetitive password', { password: 'aaaaaaaaaaaaaaaa' }, 'password', 'Use a less repetitive password.'],
    ['empty name', { name: '   ' }, 'name', 'Enter your name.'],
  ])('refuses a %s with a field error and creates nothing', async (_label, over, path, message) => {
    const input = signUpInput({ name: `Refused ${Math.random()}`, ...over });
    const res = await graphqlClient(server.url).gql(SIGN_UP, { input });
    expect(res.data?.signUp.__typename).toBe('ValidationError');
    expect(res.data?.signUp.fieldErrors).toContainEqual({ path, message });
    const email = String(input.email).trim().toLowerCase();
    expect(
      await server.prisma.user.count({
        where: { OR: [{ email }, { profile: { associationId: association.id }, name: String(input.name) }] },
      }),
    ).toBe(0);
  });

  it('refuses a chapter from another association', async () => {
    const other = await createAssociation(server.prisma, ['Elsewhere']);
    const res = await graphqlClient(server.url).gql(SIGN_UP, {
      input: signUpInput({ chapterId: other.chapters[0]?.id }),
    });
    expect(res.data?.signUp.fieldErrors).toEqual([
      { path: 'chapterId', message: 'Choose a chapter of the chosen association.' },
    ]);
  });

  it('refuses a duplicate account, whatever the case of the email', async () => {
    const input = signUpInput();
    await graphqlClient(server.url).gql(SIGN_UP, { input });
    const res = await graphqlClient(server.url).gql(SIGN_UP, {
      input: { ...input, email: input.email.toUpperCase() },
    });
    expect(res.data?.signUp).toMatchObject({
      __typename: 'ConflictError',
      message: expect.stringMatching(/already exists/),
    });
    expect(await server.prisma.user.count({ where: { email: input.email } })).toBe(1);
  });
});

describe('sign-in and sign-out', () => {
  it('signs in, reports the roles, and signs out', async () => {
    const user = await createUser(server.prisma, {
      associationId: association.id,
      roles: ['APPLICANT', 'REVIEWER'],
    });
    const client = await signedInClient(server.url, user.email);
    expect((await client.gql(ME)).data?.me.roles.sort()).toEqual(['APPLICANT', 'REVIEWER']);
    expect((await client.gql('mutation { signOut }')).data?.signOut).toBe(true);
    expect((await client.gql(ME)).data?.me).toBeNull();
    expect(await server.prisma.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it('gives the same answer for a wrong password and an unknown email, and audits both', async () => {
    const user = await createUser(server.prisma, { associationId: association.id });
    const wrong = await graphqlClient(server.url).gql(SIGN_IN, {
      input: { email: user.email, password: 'not the password' },
    });
    const unknown = await graphqlClient(server.url).gql(SIGN_IN, {
      input: { email: 'nobody@example.org', password: 'x' },
    });
    expect(wrong.data?.signIn).toEqual({
      __typename: 'InvalidCredentialsError',
      message: 'The email or password is not correct.',
    });
    expect(unknown.data?.signIn).toEqual(wrong.data?.signIn);
    const audits = await server.prisma.auditEntry.findMany({
      where: { action: 'auth.sign_in_failed', entityId: user.id },
    });
    expect(audits).toHaveLength(1);
  });

  it('throttles an account after five failures, even with the right password, until the window passes', async () => {
    const user = await createUser(server.prisma, { associationId: association.id });
    for (let i = 0; i < 5; i++) {
      const ip = `192.0.2.${i + 1}`;
      await graphqlClient(server.url, { ip }).gql(SIGN_IN, {
        input: { email: user.email, password: 'wrong guess' },
      });
    }
    const blocked = await graphqlClient(server.url).gql(SIGN_IN, {
      input: { email: user.email, password: TEST_PASSWORD },
    });
    expect(blocked.data?.signIn.__typename).toBe('TooManyAttemptsError');
    expect(blocked.data?.signIn.retryAfterSeconds).toBeGreaterThan(0);
    expect(await server.prisma.session.count({ where: { userId: user.id } })).toBe(0);
    server.clock.advance(15 * 60_000 + 1000);
    const allowed = await graphqlClient(server.url).gql(SIGN_IN, {
      input: { email: user.email, password: TEST_PASSWORD },
    });
    expect(allowed.data?.signIn.__typename).toBe('MutationSignInSuccess');
  });

  it('throttles one address spraying many accounts', async () => {
    const ip = '198.51.100.7';
    for (let i = 0; i < 20; i++) {
      await graphqlClient(server.url, { ip }).gql(SIGN_IN, {
        input: { email: `spray${i}@example.org`, password: 'x' },
      });
    }
    const user = await createUser(server.prisma, { associationId: association.id });
    const fromSpray = await graphqlClient(server.url, { ip }).gql(SIGN_IN, {
      input: { email: user.email, password: TEST_PASSWORD },
    });
    expect(fromSpray.data?.signIn.__typename).toBe('TooManyAttemptsError');
    const fromElsewhere = await graphqlClient(server.url).gql(SIGN_IN, {
      input: { email: user.email, password: TEST_PASSWORD },
    });
    expect(fromElsewhere.data?.signIn.__typename).toBe('MutationSignInSuccess');
  });

  it('refuses a deactivated account with a clear message', async () => {
    const user = await createUser(server.prisma, { associationId: association.id, active: false });
    const res = await graphqlClient(server.url).gql(SIGN_IN, {
      input: { email: user.email, password: TEST_PASSWORD },
    });
    expect(res.data?.signIn).toEqual({
      __typename: 'ForbiddenError',
      message: expect.stringMatching(/deactivated/),
    });
  });
});

describe('sessions', () => {
  it('expire after the idle timeout, and say so', async () => {
    const user = await createUser(server.prisma, { associationId: association.id });
    const client = await signedInClient(server.url, user.email);
    server.clock.advance(server.config.session.idleMs - 60_000);
    expect((await client.gql(ME)).data?.me).not.toBeNull();
    server.clock.advance(server.config.session.idleMs + 1);
    const res = await client.gql('{ myProfile { id } }');
    expect(res.errors?.[0]).toMatchObject({
      message: 'Your session has expired. Please sign in again.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(await server.prisma.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it('expire at the absolute limit even when in constant use', async () => {
    const user = await createUser(server.prisma, { associationId: association.id });
    const client = await signedInClient(server.url, user.email);
    const step = server.config.session.idleMs / 2;
    let elapsed = 0;
    while (elapsed + step < server.config.session.maxMs) {
      server.clock.advance(step);
      elapsed += step;
      expect((await client.gql(ME)).data?.me).not.toBeNull();
    }
    server.clock.advance(step);
    expect((await client.gql(ME)).data?.me).toBeNull();
  });

  it('ignore a forged cookie', async () => {
    const client = graphqlClient(server.url);
    client.setCookie('imh_session=forged-token-value');
    expect((await client.gql(ME)).data?.me).toBeNull();
  });
});

describe('request protection', () => {
  it("keeps Apollo's CSRF prevention on: a simple cross-site form post is refused", async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/);
  });
});
