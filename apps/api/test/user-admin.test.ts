import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssociation, createUser } from './helpers/factories.ts';
import { graphqlClient } from './helpers/graphql-client.ts';
import { signedInClient } from './helpers/sign-in.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

const USERS = /* GraphQL */ `
  query Users($first: Int, $after: String, $search: String, $role: Role) {
    users(first: $first, after: $after, search: $search, role: $role) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id email roles active chapter { id } } }
    }
  }
`;
const SET_ROLES = /* GraphQL */ `
  mutation SetRoles($input: SetUserRolesInput!) {
    setUserRoles(input: $input) {
      __typename
      ... on MutationSetUserRolesSuccess { data { id roles chapter { id } } }
      ... on Error { message }
      ... on ValidationError { fieldErrors { path message } }
    }
  }
`;
const DEACTIVATE = /* GraphQL */ `
  mutation Deactivate($userId: ID!) {
    deactivateUser(input: { userId: $userId }) {
      __typename
      ... on MutationDeactivateUserSuccess { data { active } }
      ... on Error { message }
    }
  }
`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function tenant() {
  const association = await createAssociation(server.prisma, ['North', 'South']);
  const coordinator = await createUser(server.prisma, {
    associationId: association.id,
    roles: ['COORDINATOR'],
    email: `coord-${association.code}@example.org`,
  });
  const client = await signedInClient(server.url, coordinator.email);
  const globalId = async (email: string) => {
    const res = await client.gql(USERS, { search: email });
    return res.data?.users.edges[0]?.node.id as string;
  };
  return { association, coordinator, client, globalId };
}

describe('users list', () => {
  it("shows only the coordinator's association, paginated, searchable and filterable by role", async () => {
    const { association, client } = await tenant();
    for (let i = 0; i < 4; i++)
      await createUser(server.prisma, {
        associationId: association.id,
        email: `a${i}-${association.code}@example.org`,
      });
    await createUser(server.prisma, {
      associationId: association.id,
      roles: ['REVIEWER'],
      email: `rev-${association.code}@example.org`,
    });
    const outsider = await createUser(server.prisma, {
      associationId: (await createAssociation(server.prisma)).id,
    });

    const page1 = await client.gql(USERS, { first: 3 });
    expect(page1.data?.users.totalCount).toBe(6);
    expect(page1.data?.users.edges).toHaveLength(3);
    const page2 = await client.gql(USERS, { first: 3, after: page1.data?.users.pageInfo.endCursor });
    const emails = [...(page1.data?.users.edges ?? []), ...(page2.data?.users.edges ?? [])].map(
      (e: { node: { email: string } }) => e.node.email,
    );
    expect(emails).toHaveLength(6);
    expect(emails).toEqual([...emails].sort());
    expect(emails).not.toContain(outsider.email);
    expect(page2.data?.users.pageInfo.hasNextPage).toBe(false);

    const reviewers = await client.gql(USERS, { role: 'REVIEWER' });
    expect(reviewers.data?.users.edges.map((e: { node: { email: string } }) => e.node.email)).toEqual([
      `rev-${association.code}@example.org`.toLowerCase(),
    ]);
    const searched = await client.gql(USERS, { search: `A2-${association.code}` });
    expect(searched.data?.users.totalCount).toBe(1);
  });

  it('is refused to applicants (FORBIDDEN) and to anonymous callers (UNAUTHENTICATED)', async () => {
    const { association } = await tenant();
    const applicant = await createUser(server.prisma, { associationId: association.id });
    const asApplicant = await (await signedInClient(server.url, applicant.email)).gql(USERS);
    expect(asApplicant.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(asApplicant.data).toBeNull();
    const anonymous = await graphqlClient(server.url).gql(USERS);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('roles', () => {
  it('replaces roles, including a chapter analyst bound to a chapter, and audits the change', async () => {
    const { association, client, globalId, coordinator } = await tenant();
    const person = await createUser(server.prisma, { associationId: association.id });
    const id = await globalId(person.email);
    const chapterId = association.chapters[1]?.id;
    const res = await client.gql(SET_ROLES, {
      input: { userId: id, roles: ['APPLICANT', 'CHAPTER_ANALYST'], chapterId },
    });
    expect(res.data?.setUserRoles).toMatchObject({
      __typename: 'MutationSetUserRolesSuccess',
      data: { chapter: { id: chapterId } },
    });
    expect(res.data?.setUserRoles.data.roles.sort()).toEqual(['APPLICANT', 'CHAPTER_ANALYST']);
    const audit = await server.prisma.auditEntry.findFirst({
      where: { action: 'user.roles_changed', entityId: person.id },
    });
    expect(audit).toMatchObject({
      actorId: coordinator.id,
      before: { roles: ['APPLICANT'] },
      after: { roles: ['APPLICANT', 'CHAPTER_ANALYST'], chapterId },
    });
  });

  it.each([
    [
      'an analyst without a chapter',
      (_c: string | undefined) => ({ roles: ['CHAPTER_ANALYST'] }),
      'chapterId',
    ],
    [
      'an analyst with another association’s chapter',
      (_c: string | undefined, other: string) => ({ roles: ['CHAPTER_ANALYST'], chapterId: other }),
      'chapterId',
    ],
  ])('refuses %s and changes nothing', async (_label, build, path) => {
    const { association, client, globalId } = await tenant();
    const other = await createAssociation(server.prisma, ['Far']);
    const person = await createUser(server.prisma, { associationId: association.id });
    const res = await client.gql(SET_ROLES, {
      input: {
        userId: await globalId(person.email),
        ...build(association.chapters[0]?.id, other.chapters[0]?.id as string),
      },
    });
    expect(res.data?.setUserRoles.__typename).toBe('ValidationError');
    expect(res.data?.setUserRoles.fieldErrors[0].path).toBe(path);
    expect(
      (await server.prisma.userRole.findMany({ where: { userId: person.id } })).map((r) => r.role),
    ).toEqual(['APPLICANT']);
  });

  it('will not let coordinators remove their own coordinator role', async () => {
    const { client, globalId, coordinator } = await tenant();
    const res = await client.gql(SET_ROLES, {
      input: { userId: await globalId(coordinator.email), roles: ['REVIEWER'] },
    });
    expect(res.data?.setUserRoles.fieldErrors).toEqual([
      { path: 'roles', message: 'You cannot remove your own coordinator role; ask another coordinator.' },
    ]);
  });

  it("cannot reach a user of another association, even with that user's id", async () => {
    const a = await tenant();
    const b = await tenant();
    const victim = await createUser(server.prisma, { associationId: b.association.id });
    const res = await a.client.gql(SET_ROLES, {
      input: { userId: await b.globalId(victim.email), roles: ['COORDINATOR'] },
    });
    expect(res.data?.setUserRoles.__typename).toBe('NotFoundError');
    expect(
      (await server.prisma.userRole.findMany({ where: { userId: victim.id } })).map((r) => r.role),
    ).toEqual(['APPLICANT']);
  });

  it('is a typed ForbiddenError for an applicant', async () => {
    const { association, globalId } = await tenant();
    const applicant = await createUser(server.prisma, { associationId: association.id });
    const client = await signedInClient(server.url, applicant.email);
    const res = await client.gql(SET_ROLES, {
      input: { userId: await globalId(applicant.email), roles: ['COORDINATOR'] },
    });
    expect(res.data?.setUserRoles.__typename).toBe('ForbiddenError');
  });
});

describe('deactivation', () => {
  it('ends the sessions of the account and blocks sign-in; reactivation restores it', async () => {
    const { association, client, globalId } = await tenant();
    const person = await createUser(server.prisma, { associationId: association.id });
    const theirClient = await signedInClient(server.url, person.email);
    const id = await globalId(person.email);
    expect((await client.gql(DEACTIVATE, { userId: id })).data?.deactivateUser).toEqual({
      __typename: 'MutationDeactivateUserSuccess',
      data: { active: false },
    });
    expect((await theirClient.gql('{ me { id } }')).data?.me).toBeNull();
    await expect(signedInClient(server.url, person.email)).rejects.toThrow(/deactivated/);
    const re = await client.gql(
      'mutation R($id: ID!) { reactivateUser(input: { userId: $id }) { __typename } }',
      { id },
    );
    expect(re.data?.reactivateUser.__typename).toBe('MutationReactivateUserSuccess');
    await signedInClient(server.url, person.email);
  });

  it('refuses to deactivate yourself', async () => {
    const { client, globalId, coordinator } = await tenant();
    const res = await client.gql(DEACTIVATE, { userId: await globalId(coordinator.email) });
    expect(res.data?.deactivateUser.__typename).toBe('ValidationError');
  });
});
