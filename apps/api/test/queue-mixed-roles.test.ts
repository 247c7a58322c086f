import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssociation } from './helpers/factories.ts';
import { assign, queuedApplication, staffTenant } from './helpers/queue-fixtures.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

// The queue answers each row's coordinator check from the rows it selected (access.ts,
// rememberStaffRows): a row reached as a reviewer must stay a reviewer's row.
const QUEUE = /* GraphQL */ `
  query Queue {
    applicationQueue(orderBy: { field: APPLICANT_NAME }) {
      edges { node { id applicantName assignments { id reviewer { name } } } }
    }
  }
`;
const PAGE = /* GraphQL */ `
  query Page($id: ID!) {
    application(id: $id) {
      id
      staffPortfolio
      reviews { id }
      assignments { id }
    }
  }
`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

type Res = { errors?: { path?: (string | number)[]; extensions?: { code?: string } }[] };
const forbiddenPaths = (res: Res) =>
  (res.errors ?? []).filter((e) => e.extensions?.code === 'FORBIDDEN').map((e) => e.path?.join('.'));

describe('a coordinator of one association who reviews in another', () => {
  it('reads the assignments only of the files they coordinate, in the queue and on the page', async () => {
    const t = await staffTenant(server);
    const elsewhere = await createAssociation(server.prisma);
    await server.prisma.userRole.create({
      data: { userId: t.coordinator.id, role: 'REVIEWER', associationId: elsewhere.id },
    });
    const coordinated = await queuedApplication(server.prisma, {
      associationId: t.association.id,
      name: 'Ann Coordinated',
    });
    await assign(server.prisma, coordinated.application.id, t.reviewer.id, t.coordinator.id);
    const reviewed = await queuedApplication(server.prisma, {
      associationId: elsewhere.id,
      name: 'Bo Reviewed',
    });
    await assign(server.prisma, reviewed.application.id, t.coordinator.id, t.coordinator.id);

    const queue = await t.coordinatorClient.gql(QUEUE);
    // Both files are theirs to handle; the second only as its reviewer.
    expect(forbiddenPaths(queue)).toEqual(['applicationQueue.edges.1.node.assignments']);

    const page = await t.coordinatorClient.gql(PAGE, { id: coordinated.application.id });
    expect(page.errors).toBeUndefined();
    expect(page.data?.application.assignments).toHaveLength(1);
    const asReviewer = await t.coordinatorClient.gql(PAGE, { id: reviewed.application.id });
    expect(forbiddenPaths(asReviewer)).toEqual(['application.assignments']);

    // The coordinated file alone, so the queue has no reviewer's row: every assignment is readable.
    await server.prisma.reviewAssignment.updateMany({
      where: { applicationId: reviewed.application.id },
      data: { status: 'WITHDRAWN' },
    });
    const alone = await t.coordinatorClient.gql(QUEUE);
    expect(alone.errors).toBeUndefined();
    expect(alone.data?.applicationQueue.edges).toEqual([
      {
        node: {
          id: coordinated.application.id,
          applicantName: 'Ann Coordinated',
          assignments: [{ id: expect.any(String), reviewer: { name: 'Robin Reviewer' } }],
        },
      },
    ]);
  });
});
