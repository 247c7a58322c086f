import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBMIT } from './helpers/applications.ts';
import { ASSIGN, DECIDE, fullReview, reviewedIfa, SUBMIT_REVIEW, userGlobalId } from './helpers/review.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('review rounds', () => {
  it('after a resubmission the same reviewer reviews the new round, and the first review stays', async () => {
    const { applicationId, coordinator, client, reviewer, assignmentId } = await reviewedIfa(server);
    const asked = await coordinator.gql(DECIDE, {
      applicationId,
      input: { kind: 'REQUEST_CHANGES', message: 'Add the date of your RSC log.', sections: ['RSC'] },
    });
    expect(asked.data?.decideApplication.__typename).toBe('MutationDecideApplicationSuccess');
    await client.gql(SUBMIT, { id: applicationId, response: 'Dates added.' });

    const again = await coordinator.gql(ASSIGN, {
      applicationId,
      reviewerId: userGlobalId(reviewer.user.id),
    });
    const second = again.data?.assignReviewer.data;
    expect(second.id).not.toBe(assignmentId);
    await fullReview(reviewer.client, applicationId, second.id);
    expect((await reviewer.client.gql(SUBMIT_REVIEW, { id: second.id })).data?.submitReview.__typename).toBe(
      'MutationSubmitReviewSuccess',
    );
    const rows = await server.prisma.reviewAssignment.findMany({
      where: { applicationId },
      orderBy: { round: 'asc' },
      include: { review: true },
    });
    expect(rows.map((r) => [r.round, r.status, r.review?.status])).toEqual([
      [1, 'COMPLETED', 'SUBMITTED'],
      [2, 'COMPLETED', 'SUBMITTED'],
    ]);
    // Within one round a reviewer is assigned once.
    const twice = await coordinator.gql(ASSIGN, {
      applicationId,
      reviewerId: userGlobalId(reviewer.user.id),
    });
    expect(twice.data?.assignReviewer.__typename).toBe('ConflictError');
  });
});
