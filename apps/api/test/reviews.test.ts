import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssociation, createUser } from './helpers/factories.ts';
import {
  ASSIGN,
  addReviewer,
  fullReview,
  SAVE_REVIEW,
  SUBMIT_REVIEW,
  submittedIfa,
  userGlobalId,
} from './helpers/review.ts';
import { signedInClient } from './helpers/sign-in.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const REVIEWS = (id: string) =>
  `{ application(id: "${id}") { reviews { status recommendation comments scores { domainId score } reviewer { name } } } }`;

async function assignedReview() {
  const people = await submittedIfa(server);
  const reviewer = await addReviewer(server, people.association.id, { name: 'First Reviewer' });
  const res = await people.coordinator.gql(ASSIGN, {
    applicationId: people.applicationId,
    reviewerId: userGlobalId(reviewer.user.id),
  });
  return { ...people, reviewer, assignmentId: res.data?.assignReviewer.data?.id as string };
}

describe('the review form', () => {
  it('gives the assigned reviewer the rubric of the level and keeps a draft to the reviewer', async () => {
    const { applicationId, reviewer, assignmentId, coordinator } = await assignedReview();
    const rubric = await reviewer.client.gql(
      `{ application(id: "${applicationId}") { rubric { id name competencies { id } } } }`,
    );
    const domains = rubric.data?.application.rubric;
    expect(domains.length).toBeGreaterThan(3);
    expect(domains[0]).toMatchObject({ id: expect.any(String), name: expect.any(String) });

    const saved = await reviewer.client.gql(SAVE_REVIEW, {
      id: assignmentId,
      input: { scores: [{ domainId: domains[0].id, score: 5 }], comments: 'Started.' },
    });
    expect(saved.data?.saveReview.data).toMatchObject({
      status: 'DRAFT',
      scores: [{ domainId: domains[0].id, score: 5 }],
    });
    // The coordinator sees that a draft exists, not what it says.
    const seen = await coordinator.gql(REVIEWS(applicationId));
    expect(seen.data?.application.reviews).toEqual([
      {
        status: 'DRAFT',
        recommendation: null,
        comments: null,
        scores: null,
        reviewer: { name: 'First Reviewer' },
      },
    ]);
    const own = await reviewer.client.gql(REVIEWS(applicationId));
    expect(own.data?.application.reviews[0].comments).toBe('Started.');
  });

  it('checks scores against the rubric and the 1–5 scale', async () => {
    const { reviewer, assignmentId } = await assignedReview();
    const unknown = await reviewer.client.gql(SAVE_REVIEW, {
      id: assignmentId,
      input: { scores: [{ domainId: 'no-such-domain', score: 3 }] },
    });
    expect(unknown.data?.saveReview.fieldErrors).toEqual([
      { path: 'scores.0.domainId', message: 'This domain is not on the rubric for this level.' },
    ]);
    const tooHigh = await reviewer.client.gql(SAVE_REVIEW, {
      id: assignmentId,
      input: { scores: [{ domainId: 'x', score: 6 }] },
    });
    expect(tooHigh.data?.saveReview.__typename).toBe('ValidationError');
  });

  it('submits only a complete review, then completes the assignment, audits, tells coordinators, and locks it', async () => {
    const { applicationId, reviewer, assignmentId, association, coordinator } = await assignedReview();
    const empty = await reviewer.client.gql(SUBMIT_REVIEW, { id: assignmentId });
    expect(empty.data?.submitReview.__typename).toBe('ValidationError');
    await fullReview(reviewer.client, applicationId, assignmentId, null as unknown as string);
    const noRecommendation = await reviewer.client.gql(SUBMIT_REVIEW, { id: assignmentId });
    expect(noRecommendation.data?.submitReview.fieldErrors).toEqual([
      { path: 'recommendation', message: 'Choose a recommendation.' },
    ]);
    await fullReview(reviewer.client, applicationId, assignmentId, 'REQUEST_CHANGES');
    const submitted = await reviewer.client.gql(SUBMIT_REVIEW, { id: assignmentId });
    expect(submitted.data?.submitReview.data).toMatchObject({
      status: 'SUBMITTED',
      recommendation: 'REQUEST_CHANGES',
    });
    const assignment = await server.prisma.reviewAssignment.findUniqueOrThrow({
      where: { id: assignmentId },
    });
    expect(assignment.status).toBe('COMPLETED');
    expect(assignment.completedAt).toEqual(server.clock.now());
    expect(
      await server.prisma.auditEntry.count({ where: { action: 'review.submit', actorId: reviewer.user.id } }),
    ).toBe(1);
    const notes = await server.prisma.notification.findMany({
      where: {
        kind: 'review.submitted',
        user: { roles: { some: { role: 'COORDINATOR', associationId: association.id } } },
      },
    });
    expect(notes).toHaveLength(1);

    const again = await fullReview(reviewer.client, applicationId, assignmentId, 'ENDORSE');
    expect(again.data?.saveReview.__typename).toBe('ConflictError');
    expect(
      (await reviewer.client.gql(SUBMIT_REVIEW, { id: assignmentId })).data?.submitReview.__typename,
    ).toBe('ConflictError');
    const seen = await coordinator.gql(REVIEWS(applicationId));
    expect(seen.data?.application.reviews[0]).toMatchObject({
      status: 'SUBMITTED',
      recommendation: 'REQUEST_CHANGES',
    });
    const done = await reviewer.client.gql('{ myAssignments(status: COMPLETED) { id review { status } } }');
    expect(done.data?.myAssignments).toEqual([{ id: assignmentId, review: { status: 'SUBMITTED' } }]);
  });
});

describe('who may review', () => {
  it('keeps reviewers to their own assignments and their own reviews', async () => {
    const { applicationId, association, reviewer, assignmentId, coordinator } = await assignedReview();
    const second = await addReviewer(server, association.id, { name: 'Second Reviewer' });
    // Not assigned: cannot see the application, its rubric, or review it.
    expect(
      (await second.client.gql(`{ application(id: "${applicationId}") { id } }`)).data?.application,
    ).toBeNull();
    expect(
      (await second.client.gql(`{ application(id: "${applicationId}") { rubric { id } } }`)).data
        ?.application,
    ).toBeNull();
    const foreign = await second.client.gql(SAVE_REVIEW, { id: assignmentId, input: { scores: [] } });
    expect(foreign.data?.saveReview.__typename).toBe('NotFoundError');
    expect((await second.client.gql(SUBMIT_REVIEW, { id: assignmentId })).data?.submitReview.__typename).toBe(
      'NotFoundError',
    );

    // Once both are assigned, each reads only their own review.
    const res = await coordinator.gql(ASSIGN, { applicationId, reviewerId: userGlobalId(second.user.id) });
    await fullReview(second.client, applicationId, res.data?.assignReviewer.data?.id);
    await fullReview(reviewer.client, applicationId, assignmentId);
    const mine = await second.client.gql(REVIEWS(applicationId));
    expect(
      mine.data?.application.reviews.map((r: { reviewer: { name: string } }) => r.reviewer.name),
    ).toEqual(['Second Reviewer']);
    const all = await coordinator.gql(REVIEWS(applicationId));
    expect(all.data?.application.reviews).toHaveLength(2);
  });

  it('keeps the applicant, coordinators (even of the association) and other associations out', async () => {
    const {
      applicationId,
      assignmentId,
      client: applicant,
      coordinator,
      association,
    } = await assignedReview();
    const bothRoles = await createUser(server.prisma, {
      associationId: association.id,
      roles: ['COORDINATOR', 'REVIEWER'],
    });
    const coordinatorReviewer = await signedInClient(server.url, bothRoles.email);
    const otherCoordinator = await signedInClient(
      server.url,
      (
        await createUser(server.prisma, {
          associationId: (await createAssociation(server.prisma)).id,
          roles: ['COORDINATOR'],
        })
      ).email,
    );
    const save = { id: assignmentId, input: { scores: [] } };
    expect((await applicant.gql(SAVE_REVIEW, save)).data?.saveReview.__typename).toBe('ForbiddenError');
    expect((await coordinator.gql(SAVE_REVIEW, save)).data?.saveReview.__typename).toBe('ForbiddenError');
    expect((await coordinatorReviewer.gql(SAVE_REVIEW, save)).data?.saveReview.__typename).toBe(
      'NotFoundError',
    );
    expect((await otherCoordinator.gql(REVIEWS(applicationId))).data?.application).toBeNull();
    const own = await applicant.gql(`{ application(id: "${applicationId}") { reviews { id } } }`);
    expect(own.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const rubric = await applicant.gql(`{ application(id: "${applicationId}") { rubric { id } } }`);
    expect(rubric.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await applicant.gql('{ myAssignments { id } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a conflicted reviewer until the coordinator overrides', async () => {
    const { applicationId, association, coordinator } = await submittedIfa(server);
    const rater = await server.prisma.referenceRequest.findFirstOrThrow({ where: { applicationId } });
    const reviewer = await addReviewer(server, association.id, { email: rater.raterEmail });
    const refused = await coordinator.gql(ASSIGN, {
      applicationId,
      reviewerId: userGlobalId(reviewer.user.id),
    });
    expect(refused.data?.assignReviewer.__typename).toBe('ConflictOfInterestError');
    expect((await reviewer.client.gql(REVIEWS(applicationId))).data?.application).toBeNull();
    const overridden = await coordinator.gql(ASSIGN, {
      applicationId,
      reviewerId: userGlobalId(reviewer.user.id),
      overrideReason: 'Rater of a different competency; no other reviewer.',
    });
    const saved = await fullReview(reviewer.client, applicationId, overridden.data?.assignReviewer.data?.id);
    expect(saved.data?.saveReview.__typename).toBe('MutationSaveReviewSuccess');
  });
});
