import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../src/auth/tokens.ts';
import { TOKEN_CALLS_PER_MINUTE } from '../src/chapter-tokens/policy.ts';
import { createAssociation, createUser } from './helpers/factories.ts';
import { signedInClient } from './helpers/sign-in.ts';
import { endorse, members, statisticsWorld } from './helpers/statistics.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const CREATE = `mutation($chapterId: ID!, $name: String!) { createChapterToken(chapterId: $chapterId, name: $name) {
  __typename ... on MutationCreateChapterTokenSuccess { data { token apiToken { id name chapter { name } } } }
  ... on ValidationError { fieldErrors { path message } } ... on Error { message } } }`;
const REVOKE = `mutation($id: ID!) { revokeChapterToken(id: $id) {
  __typename ... on MutationRevokeChapterTokenSuccess { data { id revokedAt } } ... on Error { message } } }`;
const LIST = `query { chapterTokens { id name lastUsedAt revokedAt callCount recentCalls { operationName query refused } } }`;
const QUERY = `query ChapterDashboard { chapterStatistics { chapterId activeEndorsements { level count { value suppressed } } } }`;

/** What a chapter's own tool does: POST /graphql with the bearer token, no cookie. */
async function withToken(token: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: tests assert on response shapes rather than type them
  return (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function tokenFor(
  world: Awaited<ReturnType<typeof statisticsWorld>>,
  chapterId: string,
  name = 'Chapter board dashboard',
) {
  const created = await world.coordinator.gql(CREATE, { chapterId, name });
  return created.data?.createChapterToken.data as { token: string; apiToken: { id: string } };
}

describe("a chapter's API token", () => {
  it('is shown once, stored only as a hash, and reads its own chapter only', async () => {
    const world = await statisticsWorld(server);
    await endorse(
      server.prisma,
      await members(server.prisma, world.association.id, world.north.id, 12),
      'IFS',
    );
    await endorse(
      server.prisma,
      await members(server.prisma, world.association.id, world.south.id, 20),
      'IFS',
    );
    const { token, apiToken } = await tokenFor(world, world.north.id);
    expect(token).toMatch(/^imhct_/);
    const row = await server.prisma.apiToken.findUniqueOrThrow({ where: { id: apiToken.id } });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(JSON.stringify((await world.coordinator.gql(LIST)).data)).not.toContain(token);

    const own = await withToken(token, QUERY);
    expect(own.data?.chapterStatistics.chapterId).toBe(world.north.id);
    expect(
      own.data?.chapterStatistics.activeEndorsements.find((r: { level: string }) => r.level === 'IFS').count
        .value,
    ).toBe(12);
    const other = await withToken(token, 'query($c: ID) { chapterStatistics(chapterId: $c) { chapterId } }', {
      c: world.south.id,
    });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('reaches nothing but the statistics, and every call is recorded', async () => {
    const world = await statisticsWorld(server);
    const { token, apiToken } = await tokenFor(world, world.north.id);
    expect((await withToken(token, 'query { me { id email } }')).data?.me).toBeNull();
    for (const query of [
      'query { chapterTokens { id } }',
      'query { applicationQueue { totalCount } }',
      'query { renewalCounts { bucket count } }',
    ]) {
      const res = await withToken(token, query);
      expect(res.errors?.[0]?.extensions?.code, query).toBe('UNAUTHENTICATED');
    }
    const calls = await server.prisma.apiTokenCall.findMany({
      where: { tokenId: apiToken.id },
      orderBy: { id: 'asc' },
    });
    expect(calls.map((c) => c.query)).toEqual([
      'query { me { id email } }',
      'query { chapterTokens { id } }',
      'query { applicationQueue { totalCount } }',
      'query { renewalCounts { bucket count } }',
    ]);
  });

  it('records every call: which token, when and which query', async () => {
    const world = await statisticsWorld(server);
    const { token, apiToken } = await tokenFor(world, world.north.id);
    await withToken(token, QUERY);
    const calls = await server.prisma.apiTokenCall.findMany({ where: { tokenId: apiToken.id } });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ operationName: 'ChapterDashboard', refused: false });
    expect(calls[0]?.query).toContain('chapterStatistics');
    const listed = (await world.coordinator.gql(LIST)).data?.chapterTokens[0];
    expect(listed).toMatchObject({ callCount: 1, recentCalls: [{ operationName: 'ChapterDashboard' }] });
    expect(listed.lastUsedAt).not.toBeNull();
  });

  it(`is limited to ${TOKEN_CALLS_PER_MINUTE} calls a minute`, async () => {
    const world = await statisticsWorld(server);
    const { token, apiToken } = await tokenFor(world, world.north.id);
    for (let i = 0; i < TOKEN_CALLS_PER_MINUTE; i++)
      expect((await withToken(token, QUERY)).errors).toBeUndefined();
    const refused = await withToken(token, QUERY);
    expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(await server.prisma.apiTokenCall.count({ where: { tokenId: apiToken.id, refused: true } })).toBe(
      1,
    );
    server.clock.advance(61_000);
    expect((await withToken(token, QUERY)).errors).toBeUndefined();
  });

  it('stops working the moment it is revoked', async () => {
    const world = await statisticsWorld(server);
    const { token, apiToken } = await tokenFor(world, world.north.id);
    expect((await withToken(token, QUERY)).errors).toBeUndefined();
    const revoked = await world.coordinator.gql(REVOKE, { id: apiToken.id });
    expect(revoked.data?.revokeChapterToken.__typename).toBe('MutationRevokeChapterTokenSuccess');
    const after = await withToken(token, QUERY);
    expect(after.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(after.errors?.[0]?.message).toContain('not valid');
    expect(
      (await world.coordinator.gql(REVOKE, { id: apiToken.id })).data?.revokeChapterToken.__typename,
    ).toBe('ConflictError');
    expect((await withToken('imhct_made-up', QUERY)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('is created and revoked by coordinators of the association only', async () => {
    const world = await statisticsWorld(server);
    const byAnalyst = await world.analyst.gql(CREATE, { chapterId: world.north.id, name: 'Mine' });
    expect(byAnalyst.data?.createChapterToken.__typename).toBe('ForbiddenError');
    const unnamed = await world.coordinator.gql(CREATE, { chapterId: world.north.id, name: '  ' });
    expect(unnamed.data?.createChapterToken.__typename).toBe('ValidationError');
    const { apiToken } = await tokenFor(world, world.north.id);
    const elsewhere = await createAssociation(server.prisma);
    const outsider = await signedInClient(
      server.url,
      (await createUser(server.prisma, { associationId: elsewhere.id, roles: ['COORDINATOR'] })).email,
    );
    expect(
      (await outsider.gql(CREATE, { chapterId: world.north.id, name: 'x' })).data?.createChapterToken
        .__typename,
    ).toBe('NotFoundError');
    expect((await outsider.gql(REVOKE, { id: apiToken.id })).data?.revokeChapterToken.__typename).toBe(
      'NotFoundError',
    );
    expect((await outsider.gql(LIST)).data?.chapterTokens).toEqual([]);
    expect(await server.prisma.apiToken.count({ where: { chapterId: world.north.id } })).toBe(1);
  });

  it('records a call however it is sent, and keeps no more of it than a log needs', async () => {
    const world = await statisticsWorld(server);
    const { token, apiToken } = await tokenFor(world, world.north.id);
    const url = `${server.url}/graphql?query=${encodeURIComponent('query ViaGet { chapterStatistics { chapterId } }')}`;
    const viaGet = await fetch(url, {
      headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
    });
    expect(((await viaGet.json()) as { data?: unknown }).data).toBeTruthy();
    await withToken(token, QUERY, { padding: 'x'.repeat(50_000) });
    const calls = await server.prisma.apiTokenCall.findMany({
      where: { tokenId: apiToken.id },
      orderBy: { id: 'asc' },
    });
    expect(calls[0]).toMatchObject({
      operationName: 'ViaGet',
      query: 'query ViaGet { chapterStatistics { chapterId } }',
    });
    expect(calls[1]?.variables).toEqual({ truncated: true, length: 50_014 });
  });

  it('answers one statistics query per request, however many aliases ask', async () => {
    const world = await statisticsWorld(server);
    const { token } = await tokenFor(world, world.north.id);
    const res = await withToken(
      token,
      'query { a: chapterStatistics { chapterId } b: chapterStatistics { chapterId } }',
    );
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});
