import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssociation, createUser } from './helpers/factories.ts';
import { graphqlClient } from './helpers/graphql-client.ts';
import { SIGN_IN, signedInClient } from './helpers/sign-in.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

const REQUEST = /* GraphQL */ `
  mutation Request($email: String!) {
    requestPasswordReset(input: { email: $email }) { __typename ... on Error { message } }
  }
`;
const RESET = /* GraphQL */ `
  mutation Reset($token: String!, $password: String!) {
    resetPassword(input: { token: $token, password: $password }) {
      __typename
      ... on Error { message }
      ... on ValidationError { fieldErrors { path message } }
    }
  }
`;
const NEW_PASSWORD = 'a brand new passphrase';

let server: TestServer;
let associationId: string;
beforeAll(async () => {
  server = await startTestServer();
  associationId = (await createAssociation(server.prisma)).id;
});
afterAll(() => server.close());

/**
 * Requests a reset and reads the token from the queued email: the outbox row is exactly what gets
 * sent. (On the server run other test files' workers share the outbox, so which one delivers a
 * message is not this test's business; the outbox's own tests cover delivery.)
 */
async function emailedToken(email: string): Promise<{ token: string; text: string }> {
  await graphqlClient(server.url).gql(REQUEST, { email });
  const message = await server.prisma.outboxMessage.findFirst({
    where: { toAddress: email },
    orderBy: { createdAt: 'desc' },
  });
  const token = message?.textBody.match(/reset-password\?token=([\w-]+)/)?.[1];
  if (!message || !token) throw new Error(`no reset email for ${email}`);
  return { token, text: message.textBody };
}

describe('password reset', () => {
  it('emails a link to the public URL; the token sets a new password and ends every session', async () => {
    const user = await createUser(server.prisma, { associationId });
    const otherDevice = await signedInClient(server.url, user.email);
    const { token, text } = await emailedToken(user.email);
    expect(text).toContain(`http://portal.test/reset-password?token=${token}`);

    const res = await graphqlClient(server.url).gql(RESET, { token, password: NEW_PASSWORD });
    expect(res.data?.resetPassword.__typename).toBe('MutationResetPasswordSuccess');
    expect((await otherDevice.gql('{ me { id } }')).data?.me).toBeNull();
    await signedInClient(server.url, user.email, NEW_PASSWORD);
    const old = await graphqlClient(server.url).gql(SIGN_IN, {
      input: { email: user.email, password: 'correct horse battery staple' },
    });
    expect(old.data?.signIn.__typename).toBe('InvalidCredentialsError');
  });

  it('stores only a hash of the token', async () => {
    const user = await createUser(server.prisma, { associationId });
    const { token } = await emailedToken(user.email);
    const rows = await server.prisma.passwordResetToken.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).not.toContain(token);
  });

  it('refuses a used link, and changes nothing', async () => {
    const user = await createUser(server.prisma, { associationId });
    const { token } = await emailedToken(user.email);
    await graphqlClient(server.url).gql(RESET, { token, password: NEW_PASSWORD });
    const hashAfterFirst = (await server.prisma.user.findUnique({ where: { id: user.id } }))?.passwordHash;
    const again = await graphqlClient(server.url).gql(RESET, { token, password: 'yet another passphrase' });
    expect(again.data?.resetPassword).toEqual({
      __typename: 'InvalidTokenError',
      message: 'This reset link is invalid, already used or expired. Request a new one.',
    });
    expect((await server.prisma.user.findUnique({ where: { id: user.id } }))?.passwordHash).toBe(
      hashAfterFirst,
    );
  });

  it('refuses an expired link and a tampered one', async () => {
    const user = await createUser(server.prisma, { associationId });
    const { token } = await emailedToken(user.email);
    const tampered = await graphqlClient(server.url).gql(RESET, {
      token: `${token.slice(0, -2)}xx`,
      password: NEW_PASSWORD,
    });
    expect(tampered.data?.resetPassword.__typename).toBe('InvalidTokenError');
    server.clock.advance(60 * 60_000 + 1);
    const expired = await graphqlClient(server.url).gql(RESET, { token, password: NEW_PASSWORD });
    expect(expired.data?.resetPassword.__typename).toBe('InvalidTokenError');
  });

  it('refuses a weak new password without using up the link', async () => {
    const user = await createUser(server.prisma, { associationId });
    const { token } = await emailedToken(user.email);
    const weak = await graphqlClient(server.url).gql(RESET, { token, password: 'short' });
    expect(weak.data?.resetPassword.fieldErrors).toEqual([
      { path: 'password', message: 'Use at least 12 characters.' },
    ]);
    const ok = await graphqlClient(server.url).gql(RESET, { token, password: NEW_PASSWORD });
    expect(ok.data?.resetPassword.__typename).toBe('MutationResetPasswordSuccess');
  });

  it('answers the same for an unknown email and sends nothing', async () => {
    const before = await server.prisma.outboxMessage.count({ where: { toAddress: 'ghost@example.org' } });
    const res = await graphqlClient(server.url).gql(REQUEST, { email: 'ghost@example.org' });
    expect(res.data?.requestPasswordReset.__typename).toBe('MutationRequestPasswordResetSuccess');
    expect(await server.prisma.outboxMessage.count({ where: { toAddress: 'ghost@example.org' } })).toBe(
      before,
    );
  });

  it('sends at most three links an hour to one account', async () => {
    const user = await createUser(server.prisma, { associationId });
    for (let i = 0; i < 5; i++) await graphqlClient(server.url).gql(REQUEST, { email: user.email });
    expect(await server.prisma.outboxMessage.count({ where: { toAddress: user.email } })).toBe(3);
  });
});
