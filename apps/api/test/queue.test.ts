import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeFile } from '../src/documents/storage.ts';
import { createAssociation } from './helpers/factories.ts';
import { graphqlClient } from './helpers/graphql-client.ts';
import { assign, queuedApplication, staffTenant } from './helpers/queue-fixtures.ts';
import { signedInClient } from './helpers/sign-in.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

const QUEUE = /* GraphQL */ `
  query Queue($filter: ApplicationQueueFilter, $orderBy: ApplicationQueueOrder, $first: Int, $after: String) {
    applicationQueue(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id status level applicantName waitingDays } }
    }
  }
`;
const COUNTS = /* GraphQL */ `
  query Counts($filter: ApplicationQueueFilter) { queueCounts(filter: $filter) { status count } }
`;
const STAFF_FIELDS = /* GraphQL */ `
  query App($id: ID!) {
    application(id: $id) {
      id
      waitingDays
      staffPortfolio
      staffEvaluation { level eligible asOf requirements { id status } }
      applicant { name email chapterName employer }
      documents { id filename url }
    }
  }
`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const names = (res: { data?: { applicationQueue?: { edges: { node: { applicantName: string } }[] } } }) =>
  res.data?.applicationQueue?.edges.map((e) => e.node.applicantName);

describe('application queue', () => {
  it('shows a coordinator every non-draft application of the association, never their own or another association', async () => {
    const t = await staffTenant(server);
    const a = t.association.id;
    await queuedApplication(server.prisma, { associationId: a, name: 'Ann Submitted' });
    await queuedApplication(server.prisma, { associationId: a, name: 'Dee Draft', status: 'DRAFT' });
    await queuedApplication(server.prisma, { associationId: a, name: 'Ivy Review', status: 'IN_REVIEW' });
    const other = await createAssociation(server.prisma);
    await queuedApplication(server.prisma, { associationId: other.id, name: 'Olga Outsider' });
    // The coordinator's own application: they are its applicant, not its staff.
    const own = await queuedApplication(server.prisma, { associationId: a, name: 'Self' });
    await server.prisma.userRole.create({
      data: { userId: own.user.id, role: 'COORDINATOR', associationId: a },
    });
    const ownClient = await signedInClient(server.url, own.user.email);

    const res = await t.coordinatorClient.gql(QUEUE, { orderBy: { field: 'APPLICANT_NAME' } });
    expect(res.errors).toBeUndefined();
    expect(names(res)).toEqual(['Ann Submitted', 'Ivy Review', 'Self']);
    expect(res.data?.applicationQueue.totalCount).toBe(3);
    expect(names(await ownClient.gql(QUEUE, { orderBy: { field: 'APPLICANT_NAME' } }))).toEqual([
      'Ann Submitted',
      'Ivy Review',
    ]);

    const counts = await t.coordinatorClient.gql(COUNTS);
    expect(counts.data?.queueCounts).toEqual([
      { status: 'SUBMITTED', count: 2 },
      { status: 'IN_REVIEW', count: 1 },
    ]);
  });

  it('shows a reviewer only what is actively assigned to them', async () => {
    const t = await staffTenant(server);
    const a = t.association.id;
    const mine = await queuedApplication(server.prisma, { associationId: a, name: 'Mine' });
    const withdrawn = await queuedApplication(server.prisma, { associationId: a, name: 'Withdrawn' });
    const unassigned = await queuedApplication(server.prisma, { associationId: a, name: 'Unassigned' });
    await assign(server.prisma, mine.application.id, t.reviewer.id, t.coordinator.id);
    await assign(server.prisma, withdrawn.application.id, t.reviewer.id, t.coordinator.id, {
      status: 'WITHDRAWN',
    });

    const res = await t.reviewerClient.gql(QUEUE);
    expect(names(res)).toEqual(['Mine']);
    expect((await t.reviewerClient.gql(COUNTS)).data?.queueCounts).toEqual([
      { status: 'SUBMITTED', count: 1 },
    ]);

    for (const hidden of [withdrawn, unassigned]) {
      const app = await t.reviewerClient.gql(STAFF_FIELDS, { id: hidden.application.id });
      expect(app.data?.application).toBeNull();
      const doc = await fetch(`${server.url}/api/documents/${hidden.document.id}`, {
        headers: { cookie: t.reviewerClient.cookie },
      });
      expect(doc.status).toBe(404);
    }
    const visible = await t.reviewerClient.gql(STAFF_FIELDS, { id: mine.application.id });
    expect(visible.data?.application.documents).toEqual([
      { id: mine.document.id, filename: 'certificate.pdf', url: `/api/documents/${mine.document.id}` },
    ]);
    const key = await storeFile(server.config.dataDir, Buffer.from('%PDF'));
    await server.prisma.document.update({ where: { id: mine.document.id }, data: { storageKey: key } });
    const allowed = await fetch(`${server.url}/api/documents/${mine.document.id}`, {
      headers: { cookie: t.reviewerClient.cookie },
    });
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toBe('%PDF');
  });

  it('filters by status, level, track, chapter, dates, waiting time and reviewer', async () => {
    const t = await staffTenant(server);
    const a = t.association.id;
    const [north, south] = t.association.chapters;
    const mk = (
      name: string,
      extra: Parameters<typeof queuedApplication>[1] extends infer O ? Partial<O> : never,
    ) => queuedApplication(server.prisma, { associationId: a, name, ...extra });
    await mk('A-old-ifa-north', {
      level: 'IFA',
      chapterId: north?.id,
      submittedAt: new Date('2026-09-01T12:00:00Z'),
    });
    const b = await mk('B-imhm-policy', {
      level: 'IMHM',
      track: 'POLICY',
      chapterId: south?.id,
      status: 'IN_REVIEW',
      submittedAt: new Date('2026-11-10T12:00:00Z'),
    });
    await mk('C-imhm-clinical', {
      level: 'IMHM',
      track: 'CLINICAL',
      submittedAt: new Date('2026-11-20T12:00:00Z'),
    });
    await assign(server.prisma, b.application.id, t.reviewer.id, t.coordinator.id);
    const q = async (filter: Record<string, unknown>) =>
      names(await t.coordinatorClient.gql(QUEUE, { filter, orderBy: { field: 'APPLICANT_NAME' } }));

    expect(await q({ statuses: ['IN_REVIEW'] })).toEqual(['B-imhm-policy']);
    expect(await q({ statuses: ['DRAFT'] })).toEqual([]);
    expect(await q({ level: 'IMHM' })).toEqual(['B-imhm-policy', 'C-imhm-clinical']);
    expect(await q({ level: 'IMHM', track: 'CLINICAL' })).toEqual(['C-imhm-clinical']);
    expect(await q({ chapterId: north?.id })).toEqual(['A-old-ifa-north']);
    expect(await q({ submittedFrom: '2026-11-10', submittedTo: '2026-11-20' })).toEqual([
      'B-imhm-policy',
      'C-imhm-clinical',
    ]);
    expect(await q({ submittedTo: '2026-11-09' })).toEqual(['A-old-ifa-north']);
    // The test clock stands at 2026-11-23 09:00 UTC.
    expect(await q({ waitingMoreThanDays: 12 })).toEqual(['A-old-ifa-north', 'B-imhm-policy']);
    expect(await q({ waitingMoreThanDays: 13 })).toEqual(['A-old-ifa-north']);
    expect(await q({ reviewerId: encodeGlobalID('User', t.reviewer.id) })).toEqual(['B-imhm-policy']);
    const counts = await t.coordinatorClient.gql(COUNTS, { filter: { level: 'IMHM' } });
    expect(counts.data?.queueCounts).toEqual([
      { status: 'SUBMITTED', count: 1 },
      { status: 'IN_REVIEW', count: 1 },
    ]);
    const bad = await t.coordinatorClient.gql(QUEUE, { filter: { waitingMoreThanDays: -1 } });
    expect(bad.errors?.[0]?.message).toMatch(/0 or more/);
  });

  it('sorts by waiting time, submission, level and name, and pages through', async () => {
    const t = await staffTenant(server);
    const a = t.association.id;
    await queuedApplication(server.prisma, {
      associationId: a,
      name: 'Mid',
      level: 'IMHS',
      submittedAt: new Date('2026-11-01T00:00:00Z'),
    });
    await queuedApplication(server.prisma, {
      associationId: a,
      name: 'Old',
      level: 'IMHM',
      track: 'CLINICAL',
      submittedAt: new Date('2026-10-01T00:00:00Z'),
    });
    await queuedApplication(server.prisma, {
      associationId: a,
      name: 'New',
      level: 'IFA',
      submittedAt: new Date('2026-11-20T00:00:00Z'),
    });
    const sorted = async (field: string, direction?: string) =>
      names(await t.coordinatorClient.gql(QUEUE, { orderBy: { field, direction } }));

    expect(names(await t.coordinatorClient.gql(QUEUE))).toEqual(['Old', 'Mid', 'New']);
    expect(await sorted('WAITING', 'DESC')).toEqual(['Old', 'Mid', 'New']);
    expect(await sorted('WAITING', 'ASC')).toEqual(['New', 'Mid', 'Old']);
    expect(await sorted('SUBMITTED_AT', 'DESC')).toEqual(['New', 'Mid', 'Old']);
    expect(await sorted('LEVEL')).toEqual(['New', 'Mid', 'Old']);
    expect(await sorted('LEVEL', 'DESC')).toEqual(['Old', 'Mid', 'New']);
    expect(await sorted('APPLICANT_NAME', 'DESC')).toEqual(['Old', 'New', 'Mid']);

    const page1 = await t.coordinatorClient.gql(QUEUE, { first: 2 });
    expect(names(page1)).toEqual(['Old', 'Mid']);
    expect(page1.data?.applicationQueue.pageInfo.hasNextPage).toBe(true);
    expect(page1.data?.applicationQueue.totalCount).toBe(3);
    expect(page1.data?.applicationQueue.edges[0].node.waitingDays).toBe(53);
    const page2 = await t.coordinatorClient.gql(QUEUE, {
      first: 2,
      after: page1.data?.applicationQueue.pageInfo.endCursor,
    });
    expect(names(page2)).toEqual(['New']);
    expect(page2.data?.applicationQueue.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses applicants and signed-out callers', async () => {
    const t = await staffTenant(server);
    const applicant = await queuedApplication(server.prisma, { associationId: t.association.id });
    const client = await signedInClient(server.url, applicant.user.email);
    for (const query of [QUEUE, COUNTS]) {
      expect((await client.gql(query)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await graphqlClient(server.url).gql(query)).errors?.[0]?.extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
    }
  });
});

describe('staff fields of an application', () => {
  it('give staff the applicant, the staff evaluation, portfolio, documents and waiting days', async () => {
    const t = await staffTenant(server);
    const [north] = t.association.chapters;
    const q = await queuedApplication(server.prisma, {
      associationId: t.association.id,
      name: 'Sam Staffview',
      chapterId: north?.id,
      employer: 'Family Center',
      submittedAt: new Date('2026-11-13T08:00:00Z'),
    });
    const res = await t.coordinatorClient.gql(STAFF_FIELDS, { id: q.application.id });
    expect(res.errors).toBeUndefined();
    const app = res.data?.application;
    expect(app.applicant).toEqual({
      name: 'Sam Staffview',
      email: q.user.email,
      chapterName: 'North',
      employer: 'Family Center',
    });
    expect(app.waitingDays).toBe(10);
    expect(app.staffEvaluation).toMatchObject({ level: 'IFA', eligible: false, asOf: '2026-11-13' });
    expect(app.staffEvaluation.requirements.length).toBeGreaterThan(0);
    expect(app.staffPortfolio.trainings).toHaveLength(1);
    expect(app.documents.map((d: { id: string }) => d.id)).toEqual([q.document.id]);
  });

  it('are null for the applicant, and nothing reaches another association', async () => {
    const t = await staffTenant(server);
    const q = await queuedApplication(server.prisma, { associationId: t.association.id });
    const own = await signedInClient(server.url, q.user.email);
    const res = await own.gql(STAFF_FIELDS, { id: q.application.id });
    expect(res.data?.application).toMatchObject({
      id: q.application.id,
      waitingDays: null,
      staffPortfolio: null,
      staffEvaluation: null,
      applicant: null,
      documents: null,
    });

    const stranger = await staffTenant(server);
    expect(
      (await stranger.coordinatorClient.gql(STAFF_FIELDS, { id: q.application.id })).data?.application,
    ).toBeNull();
    expect(names(await stranger.coordinatorClient.gql(QUEUE))).toEqual([]);
    const doc = await fetch(`${server.url}/api/documents/${q.document.id}`, {
      headers: { cookie: stranger.coordinatorClient.cookie },
    });
    expect(doc.status).toBe(404);
    // A reviewer of another association, even if assigned by mistake, reads nothing.
    await assign(server.prisma, q.application.id, stranger.reviewer.id, t.coordinator.id);
    expect(
      (await stranger.reviewerClient.gql(STAFF_FIELDS, { id: q.application.id })).data?.application,
    ).toBeNull();
    const doc2 = await fetch(`${server.url}/api/documents/${q.document.id}`, {
      headers: { cookie: stranger.reviewerClient.cookie },
    });
    expect(doc2.status).toBe(404);
  });
});
