import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssociation, createUser } from './helpers/factories.ts';
import { signedInClient } from './helpers/sign-in.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdateMyProfileInput!) {
    updateMyProfile(input: $input) {
      __typename
      ... on MutationUpdateMyProfileSuccess { data { phone employer membershipExpiresOn chapter { id } } }
      ... on Error { message }
      ... on ValidationError { fieldErrors { path message } }
    }
  }
`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function applicant() {
  const association = await createAssociation(server.prisma, ['East', 'West']);
  const user = await createUser(server.prisma, {
    associationId: association.id,
    chapterId: association.chapters[0]?.id,
  });
  return { association, user, client: await signedInClient(server.url, user.email) };
}

describe('my profile', () => {
  it('shows and updates the profile, including name, chapter and membership expiry', async () => {
    const { association, user, client } = await applicant();
    const west = association.chapters[1]?.id;
    const res = await client.gql(UPDATE, {
      input: {
        name: 'Jo Example',
        phone: '+1 313 555 0100',
        employer: '  Early Head Start  ',
        membershipExpiresOn: '2027-06-30',
        chapterId: west,
      },
    });
    expect(res.data?.updateMyProfile).toEqual({
      __typename: 'MutationUpdateMyProfileSuccess',
      data: {
        phone: '+1 313 555 0100',
        employer: 'Early Head Start',
        membershipExpiresOn: '2027-06-30',
        chapter: { id: west },
      },
    });
    expect((await server.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe('Jo Example');
    const read = await client.gql('{ myProfile { employer association { id } } }');
    expect(read.data?.myProfile).toEqual({
      employer: 'Early Head Start',
      association: { id: association.id },
    });
  });

  it.each([
    ['an invalid phone', async () => ({ phone: 'call me maybe' }), 'phone'],
    ['an impossible date', async () => ({ membershipExpiresOn: '2027-02-30' }), null],
    [
      'a chapter of another association',
      async () => ({ chapterId: (await createAssociation(server.prisma, ['X'])).chapters[0]?.id }),
      'chapterId',
    ],
  ])('refuses %s and changes nothing', async (_label, input, path) => {
    const { user, client } = await applicant();
    const before = await server.prisma.applicantProfile.findUniqueOrThrow({ where: { userId: user.id } });
    const extra = await input();
    const res = await client.gql(UPDATE, { input: { name: 'Changed Name', employer: 'Changed', ...extra } });
    if (path) expect(res.data?.updateMyProfile.fieldErrors[0].path).toBe(path);
    else expect(res.errors?.[0]?.message).toContain('2027-02-30 is not a real date.');
    expect(await server.prisma.applicantProfile.findUniqueOrThrow({ where: { userId: user.id } })).toEqual(
      before,
    );
    expect((await server.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe(user.name);
  });

  it('is not available to a coordinator without an applicant role', async () => {
    const association = await createAssociation(server.prisma);
    const coordinator = await createUser(server.prisma, {
      associationId: association.id,
      roles: ['COORDINATOR'],
    });
    const client = await signedInClient(server.url, coordinator.email);
    const res = await client.gql(UPDATE, { input: { name: 'X' } });
    expect(res.data?.updateMyProfile.__typename).toBe('ForbiddenError');
  });
});
