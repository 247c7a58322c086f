import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applicantWithCoordinator,
  fillIfaPortfolio,
  linkTokenFor,
  OPEN_FORM,
  REQUEST_REFERENCE,
  rater,
  readyIfaApplication,
  START,
  SUBMIT,
  SUBMIT_RATING,
} from './helpers/applications.ts';
import { createUser } from './helpers/factories.ts';
import { graphqlClient } from './helpers/graphql-client.ts';
import { signedInClient } from './helpers/sign-in.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const RESEND = 'mutation($id: ID!) { resendReference(id: $id) { __typename } }';

/** A rater who answers on their own terms: met the applicant later than stated, 7 "not enough information". */
async function guardedRating(token: string) {
  return answerForm(token, await openForm(token));
}

async function openForm(token: string): Promise<string[]> {
  const form = (await graphqlClient(server.url).gql(OPEN_FORM, { token })).data?.openReferenceForm.data;
  return form.domains.flatMap((d: { competencies: { id: string }[] }) => d.competencies.map((c) => c.id));
}

function answerForm(token: string, ids: string[]) {
  const ratings = ids.map((competencyId, i) => ({ competencyId, rating: i < 7 ? null : 3 }));
  return graphqlClient(server.url).gql(SUBMIT_RATING, {
    token,
    input: { knownSince: '2026-06-02', ratings, comments: 'Hard to say.' },
  });
}

describe('what a rater wrote stays with the staff', () => {
  it('never reaches the applicant, not even through the rules portfolio or the reasons', async () => {
    const { client, coordinator, profile } = await applicantWithCoordinator(server);
    await fillIfaPortfolio(server.prisma, profile.id);
    const app = (await client.gql(START, { input: { level: 'IFA' } })).data?.startApplication.data;
    const input = rater();
    const ref = (await client.gql(REQUEST_REFERENCE, { applicationId: app.id, input })).data?.requestReference
      .data;
    expect(
      (await guardedRating(await linkTokenFor(server.prisma, input.raterEmail))).data?.submitReferenceRating
        .data,
    ).toEqual({ ok: true });

    const query = `{ application(id: "${app.id}") { rulesPortfolio evaluation { requirements { reasons } } submissions { portfolio } } }`;
    const seen = JSON.stringify((await client.gql(query)).data);
    expect(seen).not.toContain('2026-06-02');
    expect(seen).not.toContain('notEnoughInformation');
    expect(seen).toContain(input.knownSince);

    const staff = await coordinator.gql(
      `{ application(id: "${app.id}") { references { id rating { knownSince comments } } } }`,
    );
    expect(staff.data?.application.references).toEqual([
      { id: ref.id, rating: { knownSince: '2026-06-02', comments: 'Hard to say.' } },
    ]);
  });

  it('keeps a coordinator who applies from reading their own ratings or moving their own file', async () => {
    const { association } = await applicantWithCoordinator(server);
    const both = await createUser(server.prisma, {
      associationId: association.id,
      roles: ['APPLICANT', 'COORDINATOR'],
    });
    const profile = await server.prisma.applicantProfile.findUniqueOrThrow({ where: { userId: both.id } });
    await fillIfaPortfolio(server.prisma, profile.id);
    const client = await signedInClient(server.url, both.email);
    const app = (await client.gql(START, { input: { level: 'IFA' } })).data?.startApplication.data;
    const input = rater();
    await client.gql(REQUEST_REFERENCE, { applicationId: app.id, input });
    await guardedRating(await linkTokenFor(server.prisma, input.raterEmail));
    const own = await client.gql(`{ application(id: "${app.id}") { references { rating { comments } } } }`);
    expect(own.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await server.prisma.application.update({ where: { id: app.id }, data: { status: 'SUBMITTED' } });
    const review = await client.gql('mutation($id: ID!) { startReview(applicationId: $id) { __typename } }', {
      id: app.id,
    });
    expect(review.data?.startReview.__typename).toBe('NotFoundError');
  });
});

describe('races and limits', () => {
  it("a resend racing the rater's answer leaves one consistent outcome", async () => {
    const { client, applicationId } = await (async () => {
      const people = await applicantWithCoordinator(server);
      const a = (await people.client.gql(START, { input: { level: 'IFA' } })).data?.startApplication.data;
      return { ...people, applicationId: a.id as string };
    })();
    const input = rater();
    const id = (await client.gql(REQUEST_REFERENCE, { applicationId, input })).data?.requestReference.data.id;
    const token = await linkTokenFor(server.prisma, input.raterEmail);
    const ids = await openForm(token);
    const [resent, rated] = await Promise.all([client.gql(RESEND, { id }), answerForm(token, ids)]);
    const row = await server.prisma.referenceRequest.findUniqueOrThrow({
      where: { id },
      include: { rating: true },
    });
    if (row.rating) {
      expect(row.status).toBe('RECEIVED');
      expect(rated.data?.submitReferenceRating.data).toEqual({ ok: true });
      expect(['ConflictError', 'MutationResendReferenceSuccess']).toContain(
        resent.data?.resendReference.__typename,
      );
      if (resent.data?.resendReference.__typename === 'MutationResendReferenceSuccess')
        throw new Error('resend overwrote a received form');
    } else {
      expect(row.status).toBe('REQUESTED');
      expect(rated.data?.submitReferenceRating.__typename).toBe('InvalidTokenError');
    }
  });

  it('refuses to change the level or the agreements once submitted', async () => {
    const { client, applicationId } = await readyIfaApplication(server, graphqlClient(server.url));
    await client.gql(SUBMIT, { id: applicationId, response: 'not an answer to anything' });
    const change = await client.gql(
      'mutation($id: ID!) { changeApplicationTarget(id: $id, input: { level: IFS }) { __typename } }',
      { id: applicationId },
    );
    expect(change.data?.changeApplicationTarget.__typename).toBe('ConflictError');
    const events = await server.prisma.applicationEvent.findMany({
      where: { applicationId, toStatus: 'SUBMITTED' },
    });
    expect(events.map((e) => e.message)).toEqual([null]);
  });

  it("tells the association's coordinators when a file arrives", async () => {
    const { applicationId, client, association } = await readyIfaApplication(
      server,
      graphqlClient(server.url),
    );
    await client.gql(SUBMIT, { id: applicationId });
    const notes = await server.prisma.notification.findMany({
      where: {
        kind: 'queue.submitted',
        user: { roles: { some: { role: 'COORDINATOR', associationId: association.id } } },
      },
    });
    expect(notes.map((n) => n.title)).toEqual(['Application submitted: Avery Applicant']);
  });

  it('caps the raters an application may ask and keeps rater names to names', async () => {
    const people = await applicantWithCoordinator(server);
    const app = (await people.client.gql(START, { input: { level: 'IFA' } })).data?.startApplication.data;
    const spam = await people.client.gql(REQUEST_REFERENCE, {
      applicationId: app.id,
      input: { ...rater(), raterName: 'Win a prize at https://example.com' },
    });
    expect(spam.data?.requestReference.fieldErrors).toEqual([
      { path: 'raterName', message: "Enter only the rater's name." },
    ]);
    const ancient = await people.client.gql(REQUEST_REFERENCE, {
      applicationId: app.id,
      input: { ...rater(), knownSince: '1900-01-01' },
    });
    expect(ancient.data?.requestReference.fieldErrors).toEqual([
      { path: 'knownSince', message: 'Check the year: dates start in 1950.' },
    ]);
    for (let i = 0; i < 10; i++) {
      const ok = await people.client.gql(REQUEST_REFERENCE, { applicationId: app.id, input: rater() });
      expect(ok.data?.requestReference.__typename).toBe('MutationRequestReferenceSuccess');
    }
    const eleventh = await people.client.gql(REQUEST_REFERENCE, { applicationId: app.id, input: rater() });
    expect(eleventh.data?.requestReference.__typename).toBe('ConflictError');
  });
});
