import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applicantWithCoordinator,
  fillIfaPortfolio,
  linkTokenFor,
  OPEN_FORM,
  REQUEST_REFERENCE,
  rateAll,
  rater,
  START,
  SUBMIT_RATING,
} from './helpers/applications.ts';
import { graphqlClient } from './helpers/graphql-client.ts';
import { signedInClient } from './helpers/sign-in.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const MY_REFERENCES = /* GraphQL */ `
  query Refs($id: ID!) { application(id: $id) { references { id raterEmail status sendCount } } }
`;
const RESEND = /* GraphQL */ `
  mutation Resend($id: ID!) {
    resendReference(id: $id) { __typename ... on MutationResendReferenceSuccess { data { status sendCount } } ... on Error { message } }
  }
`;
const REPLACE = /* GraphQL */ `
  mutation Replace($id: ID!, $input: RaterInput!) {
    replaceReference(id: $id, input: $input) { __typename ... on MutationReplaceReferenceSuccess { data { id status } } ... on Error { message } }
  }
`;

async function draft() {
  const people = await applicantWithCoordinator(server);
  await fillIfaPortfolio(server.prisma, people.profile.id);
  const app = (await people.client.gql(START, { input: { level: 'IFA' } })).data?.startApplication.data;
  return { ...people, applicationId: app.id as string };
}

const statuses = async (client: ReturnType<typeof graphqlClient>, id: string) =>
  (await client.gql(MY_REFERENCES, { id })).data?.application.references.map(
    (r: { status: string }) => r.status,
  );

describe('reference requests', () => {
  it('emails the rater a single-use link whose token is stored only as a hash', async () => {
    const { client, applicationId, user } = await draft();
    const input = rater('CURRENT_SUPERVISOR');
    const res = await client.gql(REQUEST_REFERENCE, { applicationId, input });
    expect(res.data?.requestReference.data).toMatchObject({
      status: 'REQUESTED',
      raterEmail: input.raterEmail,
    });
    const token = await linkTokenFor(server.prisma, input.raterEmail);
    const mail = await server.prisma.outboxMessage.findFirstOrThrow({
      where: { toAddress: input.raterEmail },
    });
    expect(mail.subject).toBe('Reference request for Avery Applicant');
    expect(mail.textBody).toContain(`http://portal.test/reference/${token}`);
    const row = await server.prisma.referenceRequest.findUniqueOrThrow({
      where: { id: res.data?.requestReference.data.id },
    });
    expect(row.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(token);

    const raterClient = graphqlClient(server.url);
    const form = await raterClient.gql(OPEN_FORM, { token });
    expect(form.data?.openReferenceForm.data).toMatchObject({
      raterName: input.raterName,
      applicantName: 'Avery Applicant',
      levelName: 'Infant Family Associate',
    });
    expect(form.data?.openReferenceForm.data.domains.length).toBeGreaterThan(3);
    expect(await statuses(client, applicationId)).toEqual(['OPENED']);

    expect(
      (await rateAll(raterClient, token, { comments: 'Warm and reliable.' })).data?.submitReferenceRating
        .data,
    ).toEqual({ ok: true });
    expect(await statuses(client, applicationId)).toEqual(['RECEIVED']);
    const stored = await server.prisma.referenceRating.findUniqueOrThrow({
      where: { referenceRequestId: row.id },
    });
    expect(stored.comments).toBe('Warm and reliable.');
    const notice = await server.prisma.notification.findFirstOrThrow({
      where: { userId: user.id, kind: 'reference.received' },
    });
    expect(notice.body).toBe(`${input.raterName} submitted your reference.`);
    expect(notice.body).not.toContain('Warm');

    const reused = await rateAll(raterClient, token);
    expect(reused.data?.submitReferenceRating).toEqual({
      __typename: 'InvalidTokenError',
      message: 'This reference has already been submitted. Thank you.',
    });
    expect(await server.prisma.referenceRating.count({ where: { referenceRequestId: row.id } })).toBe(1);
  });

  it('gives a tampered link a clear error and changes nothing', async () => {
    const { client, applicationId } = await draft();
    const input = rater();
    await client.gql(REQUEST_REFERENCE, { applicationId, input });
    const token = await linkTokenFor(server.prisma, input.raterEmail);
    const tampered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    const res = await graphqlClient(server.url).gql(OPEN_FORM, { token: tampered });
    expect(res.data?.openReferenceForm.__typename).toBe('InvalidTokenError');
    expect(await statuses(client, applicationId)).toEqual(['REQUESTED']);
  });

  it('expires unanswered links; a resend sends a new one and the old one stays dead', async () => {
    const { client: before, applicationId, user } = await draft();
    const input = rater();
    const id = (await before.gql(REQUEST_REFERENCE, { applicationId, input })).data?.requestReference.data.id;
    const oldToken = await linkTokenFor(server.prisma, input.raterEmail);
    server.clock.advance(31 * 86_400_000);
    try {
      // A month later the applicant signs in again (sessions end after hours).
      const client = await signedInClient(server.url, user.email);
      expect(await statuses(client, applicationId)).toEqual(['EXPIRED']);
      const late = await graphqlClient(server.url).gql(OPEN_FORM, { token: oldToken });
      expect(late.data?.openReferenceForm.message).toBe(
        'This link has expired. Ask the applicant to send you a new one.',
      );
      const resent = await client.gql(RESEND, { id });
      expect(resent.data?.resendReference.data).toEqual({ status: 'REQUESTED', sendCount: 2 });
      const newToken = await linkTokenFor(server.prisma, input.raterEmail);
      expect(newToken).not.toBe(oldToken);
      expect(
        (await graphqlClient(server.url).gql(OPEN_FORM, { token: oldToken })).data?.openReferenceForm
          .__typename,
      ).toBe('InvalidTokenError');
      expect(
        (await graphqlClient(server.url).gql(OPEN_FORM, { token: newToken })).data?.openReferenceForm
          .__typename,
      ).toBe('MutationOpenReferenceFormSuccess');
    } finally {
      server.clock.advance(-31 * 86_400_000);
    }
  });

  it('replaces a rater: the old link stops working and the new rater is asked', async () => {
    const { client, applicationId } = await draft();
    const first = rater();
    const id = (await client.gql(REQUEST_REFERENCE, { applicationId, input: first })).data?.requestReference
      .data.id;
    const oldToken = await linkTokenFor(server.prisma, first.raterEmail);
    const second = rater('RSC_PROVIDER');
    const res = await client.gql(REPLACE, { id, input: second });
    expect(res.data?.replaceReference.data.status).toBe('REQUESTED');
    const refs = (await client.gql(MY_REFERENCES, { id: applicationId })).data?.application.references;
    expect(refs.map((r: { raterEmail: string }) => r.raterEmail)).toEqual([second.raterEmail]);
    expect(
      (await graphqlClient(server.url).gql(OPEN_FORM, { token: oldToken })).data?.openReferenceForm.message,
    ).toBe('This reference is no longer needed. Thank you for your time.');
    await linkTokenFor(server.prisma, second.raterEmail);
  });

  it('refuses bad raters with a message per field and stores nothing', async () => {
    const { client, applicationId, user } = await draft();
    const taken = rater();
    await client.gql(REQUEST_REFERENCE, { applicationId, input: taken });
    const cases = [
      [
        { ...rater(), raterEmail: user.email },
        'raterEmail',
        'A rater cannot be you: enter someone who knows your work.',
      ],
      [
        { ...rater(), raterEmail: taken.raterEmail.toUpperCase() },
        'raterEmail',
        'You already asked this rater for this application.',
      ],
      [{ ...rater(), raterEmail: 'not-an-email' }, 'raterEmail', 'Enter a valid email address.'],
      [
        { ...rater(), knownSince: '2030-01-01' },
        'knownSince',
        'The date you met the rater cannot be in the future.',
      ],
      [{ ...rater(), raterName: '  ' }, 'raterName', "Enter the rater's name."],
    ] as const;
    for (const [input, path, message] of cases) {
      const res = await client.gql(REQUEST_REFERENCE, { applicationId, input });
      expect(res.data?.requestReference.fieldErrors, JSON.stringify(input)).toEqual([{ path, message }]);
    }
    expect(await server.prisma.referenceRequest.count({ where: { applicationId } })).toBe(1);
  });

  it('refuses incomplete or out-of-range ratings and keeps the link usable', async () => {
    const { client, applicationId } = await draft();
    const input = rater();
    await client.gql(REQUEST_REFERENCE, { applicationId, input });
    const token = await linkTokenFor(server.prisma, input.raterEmail);
    const raterClient = graphqlClient(server.url);
    const form = (await raterClient.gql(OPEN_FORM, { token })).data?.openReferenceForm.data;
    const ids: string[] = form.domains.flatMap((d: { competencies: { id: string }[] }) =>
      d.competencies.map((c) => c.id),
    );
    const submit = (ratings: { competencyId: string; rating: number | null }[], knownSince = '2023-01-10') =>
      raterClient.gql(SUBMIT_RATING, { token, input: { knownSince, ratings, comments: null } });

    const partial = await submit(ids.slice(1).map((competencyId) => ({ competencyId, rating: 3 })));
    expect(partial.data?.submitReferenceRating.fieldErrors).toEqual([
      { path: 'ratings', message: 'Rate every competency, or choose "Not enough information" (1 left).' },
    ]);
    const outOfRange = await submit(
      ids.map((competencyId, i) => ({ competencyId, rating: i === 0 ? 7 : null })),
    );
    expect(outOfRange.data?.submitReferenceRating.fieldErrors).toEqual([
      { path: 'ratings.0.rating', message: 'Ratings go from 1 to 5.' },
    ]);
    const stranger = await submit([
      ...ids.map((competencyId) => ({ competencyId, rating: 2 })),
      { competencyId: 'made-up', rating: 2 },
    ]);
    expect(stranger.data?.submitReferenceRating.fieldErrors).toEqual([
      { path: `ratings.${ids.length}.competencyId`, message: 'made-up is not a competency on this form.' },
    ]);
    const future = await submit(
      ids.map((competencyId) => ({ competencyId, rating: 2 })),
      '2031-01-01',
    );
    expect(future.data?.submitReferenceRating.fieldErrors).toEqual([
      { path: 'knownSince', message: 'The date you met the applicant cannot be in the future.' },
    ]);
    expect(await statuses(client, applicationId)).toEqual(['OPENED']);
    expect(
      (await submit(ids.map((competencyId) => ({ competencyId, rating: null })))).data?.submitReferenceRating
        .data,
    ).toEqual({ ok: true });
  });

  it('cannot be changed once the application is submitted, nor by anyone else', async () => {
    const { client, applicationId } = await draft();
    await server.prisma.application.update({ where: { id: applicationId }, data: { status: 'SUBMITTED' } });
    const res = await client.gql(REQUEST_REFERENCE, { applicationId, input: rater() });
    expect(res.data?.requestReference.__typename).toBe('ConflictError');
    const other = await draft();
    const theirs = await other.client.gql(REQUEST_REFERENCE, { applicationId, input: rater() });
    expect(theirs.data?.requestReference.__typename).toBe('NotFoundError');
  });
});
