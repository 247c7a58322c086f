import { DEFAULT_EDITION } from '@imh/competencies';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssociation, createUser } from './helpers/factories.ts';
import {
  applicantIn,
  countRows,
  createOp,
  deleteOp,
  newApplicant,
  SECTION_KEYS,
  SECTIONS,
  type SectionKey,
  updateOp,
} from './helpers/portfolio-fixtures.ts';
import { signedInClient } from './helpers/sign-in.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

// What each section's mutation returns for its `valid` input beyond the input itself: defaults and
// normalised values.
const CREATED: Record<SectionKey, Record<string, unknown>> = {
  education: { document: null },
  work: { servesInfantsFamilies: true, supervised: false, description: null, document: null },
  trainings: { document: null },
  rsc: { providerEmail: 'ruth@example.org', peer: false, aboutApplicantsOwnRsc: false, document: null },
  leadership: { endDate: null },
  memberships: {},
};

// One change per section, for the update test.
const CHANGES: Record<SectionKey, Record<string, unknown>> = {
  education: { degreeLevel: 'MASTER', completedOn: null, field: 'Social Work' },
  work: { endDate: null, hoursPerWeek: 32.5, supervised: true, description: '  Home visits  ' },
  trainings: { hours: 3, topics: ['PROVIDING_RSC', 'DEI'], competencyDomains: ['reflection', 'thinking'] },
  rsc: { format: 'INDIVIDUAL', providerLevel: 'IMHS', providerTrack: null, providerEmail: '' },
  leadership: { scope: 'STATE', endDate: '2025-12-31' },
  memberships: { memberNumber: null, endsOn: '2030-06-30' },
};
const CHANGED: Record<SectionKey, Record<string, unknown>> = {
  education: {},
  work: { description: 'Home visits' },
  trainings: {},
  rsc: { providerEmail: null },
  leadership: {},
  memberships: {},
};

const connection = (key: SectionKey, fields: string, args = '') =>
  `{ myProfile { ${key}${args} { totalCount edges { cursor node { ${fields} } } pageInfo { hasNextPage endCursor } } } }`;

describe.each(SECTION_KEYS)('the %s section', (key) => {
  const section = SECTIONS[key];

  it('creates, lists, updates and deletes an entry of the applicant', async () => {
    const { client, profile } = await newApplicant(server.url, server.prisma);

    const created = await client.gql(createOp(key), { input: section.valid });
    expect(created.data?.result.__typename).toBe(`MutationCreate${section.name}Success`);
    const entry = created.data?.result.data;
    expect(entry).toEqual({ id: expect.any(String), ...section.valid, ...CREATED[key] });
    expect(await countRows(server.prisma, key, profile.id)).toBe(1);

    const listed = await client.gql(connection(key, 'id'));
    expect(listed.data?.myProfile[key]).toMatchObject({ totalCount: 1, edges: [{ node: { id: entry.id } }] });

    const updated = await client.gql(updateOp(key), {
      id: entry.id,
      input: { ...section.valid, ...CHANGES[key] },
    });
    expect(updated.data?.result).toEqual({
      __typename: `MutationUpdate${section.name}Success`,
      data: { ...entry, ...CHANGES[key], ...CHANGED[key] },
    });

    const deleted = await client.gql(deleteOp(key), { id: entry.id });
    expect(deleted.data?.result).toEqual({
      __typename: `MutationDelete${section.name}Success`,
      data: entry.id,
    });
    expect(await countRows(server.prisma, key, profile.id)).toBe(0);
    expect((await client.gql(connection(key, 'id'))).data?.myProfile[key].totalCount).toBe(0);
  });

  it("treats another applicant's entry as not found, and changes nothing", async () => {
    const owner = await newApplicant(server.url, server.prisma);
    const other = await applicantIn(server.url, server.prisma, owner.associationId);
    const id = (await owner.client.gql(createOp(key), { input: section.valid })).data?.result.data.id;

    const updated = await other.client.gql(updateOp(key), { id, input: section.valid });
    expect(updated.data?.result.__typename).toBe('NotFoundError');
    const deleted = await other.client.gql(deleteOp(key), { id });
    expect(deleted.data?.result.__typename).toBe('NotFoundError');
    expect(await countRows(server.prisma, key, owner.profile.id)).toBe(1);
    expect(await countRows(server.prisma, key, other.profile.id)).toBe(0);

    const unknown = await owner.client.gql(deleteOp(key), { id: 'no-such-entry' });
    expect(unknown.data?.result.__typename).toBe('NotFoundError');
  });
});

describe('paging through a section', () => {
  it('lists newest first, pages with first/after, and counts every entry', async () => {
    const { client, profile } = await newApplicant(server.url, server.prisma);
    const dates = ['2021-03-01', '2023-03-01', '2019-03-01', '2024-03-01', '2022-03-01'];
    for (const date of dates) {
      const res = await client.gql(createOp('trainings'), { input: { ...SECTIONS.trainings.valid, date } });
      expect(res.data?.result.__typename).toBe('MutationCreateTrainingEntrySuccess');
    }
    const page = async (after?: string) =>
      (await client.gql(connection('trainings', 'date', `(first: 2${after ? `, after: "${after}"` : ''})`)))
        .data?.myProfile.trainings;
    const first = await page();
    expect(first.totalCount).toBe(5);
    expect(first.edges.map((e: { node: { date: string } }) => e.node.date)).toEqual([
      '2024-03-01',
      '2023-03-01',
    ]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await page(first.pageInfo.endCursor);
    expect(second.edges.map((e: { node: { date: string } }) => e.node.date)).toEqual([
      '2022-03-01',
      '2021-03-01',
    ]);
    const third = await page(second.pageInfo.endCursor);
    expect(third.edges.map((e: { node: { date: string } }) => e.node.date)).toEqual(['2019-03-01']);
    expect(third.pageInfo.hasNextPage).toBe(false);
    expect(await countRows(server.prisma, 'trainings', profile.id)).toBe(5);
  });

  it('puts degrees in progress first and pages across them', async () => {
    const { client } = await newApplicant(server.url, server.prisma);
    const inputs = [
      { field: 'A', completedOn: '2010-05-01' },
      { field: 'B', completedOn: null },
      { field: 'C', completedOn: '2015-05-01' },
      { field: 'D', completedOn: null },
    ];
    for (const input of inputs) {
      await client.gql(createOp('education'), { input: { ...SECTIONS.education.valid, ...input } });
    }
    const fields: string[] = [];
    let after: string | undefined;
    for (let i = 0; i < 4; i++) {
      const res = await client.gql(
        connection('education', 'field', `(first: 1${after ? `, after: "${after}"` : ''})`),
      );
      const conn = res.data?.myProfile.education;
      fields.push(...conn.edges.map((e: { node: { field: string } }) => e.node.field));
      after = conn.pageInfo.endCursor;
    }
    expect(fields).toEqual(['D', 'B', 'C', 'A']);
  });

  it('caps a page at 100 entries and defaults to 20', async () => {
    const { client, profile } = await newApplicant(server.url, server.prisma);
    await server.prisma.leadershipEntry.createMany({
      data: Array.from({ length: 105 }, (_, i) => ({
        profileId: profile.id,
        description: `Committee ${i}`,
        scope: 'LOCAL' as const,
        startDate: new Date(Date.UTC(2020, 0, 1 + i)),
      })),
    });
    const sized = async (args: string) =>
      (await client.gql(connection('leadership', 'id', args))).data?.myProfile.leadership;
    expect((await sized('')).edges).toHaveLength(20);
    const capped = await sized('(first: 500)');
    expect(capped.edges).toHaveLength(100);
    expect(capped.totalCount).toBe(105);
  });
});

describe("another person's portfolio", () => {
  it('is out of reach: only the own profile is readable, and coordinators see only their association', async () => {
    const owner = await newApplicant(server.url, server.prisma);
    await owner.client.gql(createOp('work'), { input: SECTIONS.work.valid });
    const ownerEmail = owner.user.email;
    const portfolioOf = `{ users(search: "${ownerEmail}") { edges { node { profile { work { totalCount } } } } } }`;

    const other = await applicantIn(server.url, server.prisma, owner.associationId);
    expect((await other.client.gql(connection('work', 'id'))).data?.myProfile.work.totalCount).toBe(0);
    expect((await other.client.gql(portfolioOf)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const elsewhere = await createAssociation(server.prisma);
    const outsider = await createUser(server.prisma, { associationId: elsewhere.id, roles: ['COORDINATOR'] });
    const outsiderClient = await signedInClient(server.url, outsider.email);
    expect((await outsiderClient.gql(portfolioOf)).data?.users.edges).toEqual([]);

    const coordinator = await createUser(server.prisma, {
      associationId: owner.associationId,
      roles: ['COORDINATOR'],
    });
    const coordinatorClient = await signedInClient(server.url, coordinator.email);
    expect((await coordinatorClient.gql(portfolioOf)).data?.users.edges).toEqual([
      { node: { profile: { work: { totalCount: 1 } } } },
    ]);
  });

  it('stays hidden from a coordinator of another association who sees the person through a role', async () => {
    const owner = await newApplicant(server.url, server.prisma);
    await owner.client.gql(createOp('work'), { input: SECTIONS.work.valid });
    const elsewhere = await createAssociation(server.prisma);
    // The applicant also reviews for the other association: its coordinators list them as a user.
    await server.prisma.userRole.create({
      data: { userId: owner.user.id, role: 'REVIEWER', associationId: elsewhere.id },
    });
    const coordinator = await createUser(server.prisma, {
      associationId: elsewhere.id,
      roles: ['COORDINATOR'],
    });
    const client = await signedInClient(server.url, coordinator.email);
    const res = await client.gql(
      `{ users(search: "${owner.user.email}") { edges { node { email profile { work { totalCount } } } } } }`,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(res.data ?? {})).not.toContain('"totalCount":1');
  });

  it('is not writable without an applicant role', async () => {
    const association = await createAssociation(server.prisma);
    const coordinator = await createUser(server.prisma, {
      associationId: association.id,
      roles: ['COORDINATOR'],
    });
    const client = await signedInClient(server.url, coordinator.email);
    const res = await client.gql(createOp('work'), { input: SECTIONS.work.valid });
    expect(res.data?.result.__typename).toBe('ForbiddenError');
  });
});

describe('documents attached to entries', () => {
  it('accepts an own document and refuses one of someone else', async () => {
    const owner = await newApplicant(server.url, server.prisma);
    const other = await applicantIn(server.url, server.prisma, owner.associationId);
    const document = (profileId: string) =>
      server.prisma.document.create({
        data: {
          profileId,
          filename: 'diploma.pdf',
          contentType: 'application/pdf',
          sizeBytes: 1,
          sha256: '0',
          storageKey: crypto.randomUUID().replaceAll('-', ''),
        },
      });
    const mine = await document(owner.profile.id);
    const theirs = await document(other.profile.id);

    const ok = await owner.client.gql(createOp('education'), {
      input: { ...SECTIONS.education.valid, documentId: mine.id },
    });
    expect(ok.data?.result.data.document).toEqual({ id: mine.id });

    const refused = await owner.client.gql(createOp('education'), {
      input: { ...SECTIONS.education.valid, documentId: theirs.id },
    });
    expect(refused.data?.result.fieldErrors).toEqual([
      { path: 'documentId', message: 'Choose one of your own uploaded documents.' },
    ]);
    expect(await countRows(server.prisma, 'education', owner.profile.id)).toBe(1);
  });
});

describe('the portfolio lock', () => {
  const applicationIn = async (profileId: string, associationId: string, status: 'SUBMITTED' | 'DRAFT') =>
    server.prisma.application.create({
      data: { profileId, associationId, level: 'IFS', ruleEdition: DEFAULT_EDITION.id, status },
    });

  it.each(['SUBMITTED', 'RESUBMITTED', 'IN_REVIEW', 'EXAM_PENDING'] as const)(
    'refuses every change while an application is %s',
    async (status) => {
      const { client, profile, associationId } = await newApplicant(server.url, server.prisma);
      const existing = (await client.gql(createOp('work'), { input: SECTIONS.work.valid })).data?.result.data;
      const application = await applicationIn(profile.id, associationId, 'SUBMITTED');
      await server.prisma.application.update({ where: { id: application.id }, data: { status } });

      const attempts = [
        await client.gql(createOp('work'), { input: SECTIONS.work.valid }),
        await client.gql(updateOp('work'), {
          id: existing.id,
          input: { ...SECTIONS.work.valid, role: 'Changed' },
        }),
        await client.gql(deleteOp('work'), { id: existing.id }),
        await client.gql(createOp('memberships'), { input: SECTIONS.memberships.valid }),
      ];
      for (const res of attempts) {
        expect(res.data?.result).toMatchObject({
          __typename: 'ConflictError',
          message: expect.stringContaining(
            'Your portfolio is locked while your application is being reviewed',
          ),
        });
      }
      const rows = await server.prisma.workEntry.findMany({ where: { profileId: profile.id } });
      expect(rows.map((r) => r.role)).toEqual([SECTIONS.work.valid.role]);
      expect(await countRows(server.prisma, 'memberships', profile.id)).toBe(0);
    },
  );

  it.each(['DRAFT', 'CHANGES_REQUESTED', 'ENDORSED', 'DENIED', 'WITHDRAWN'] as const)(
    'allows editing while the application is %s',
    async (status) => {
      const { client, profile, associationId } = await newApplicant(server.url, server.prisma);
      const application = await applicationIn(profile.id, associationId, 'DRAFT');
      await server.prisma.application.update({ where: { id: application.id }, data: { status } });
      const res = await client.gql(createOp('leadership'), { input: SECTIONS.leadership.valid });
      expect(res.data?.result.__typename).toBe('MutationCreateLeadershipEntrySuccess');
    },
  );
});

describe('training domains', () => {
  it("lists the competency domains of the association's edition", async () => {
    const { client } = await newApplicant(server.url, server.prisma);
    const res = await client.gql('{ myProfile { trainingDomains { id name } } }');
    expect(res.data?.myProfile.trainingDomains).toContainEqual({
      id: 'theoretical_foundations',
      name: expect.any(String),
    });
  });
});
