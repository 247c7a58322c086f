import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACCEPT,
  APPLICATION_FIELDS,
  applicantWithCoordinator,
  fillIfaPortfolio,
  REQUEST_CHANGES,
  readyIfaApplication,
  START,
  SUBMIT,
} from './helpers/applications.ts';
import { createAssociation, createUser } from './helpers/factories.ts';
import { graphqlClient } from './helpers/graphql-client.ts';
import { signedInClient } from './helpers/sign-in.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const READ = /* GraphQL */ `
  query Read($id: ID!) { application(id: $id) { ${APPLICATION_FIELDS} } }
`;
const START_REVIEW = /* GraphQL */ `
  mutation Review($applicationId: ID!) {
    startReview(applicationId: $applicationId) {
      __typename
      ... on MutationStartReviewSuccess { data { status } }
      ... on Error { message }
    }
  }
`;

describe('starting an application', () => {
  it('records the level and the edition in force, and allows one open application at a time', async () => {
    const { client, association } = await applicantWithCoordinator(server);
    const res = await client.gql(START, { input: { level: 'IFS' } });
    const app = res.data?.startApplication?.data;
    expect(app).toMatchObject({
      level: 'IFS',
      track: null,
      status: 'DRAFT',
      editable: true,
      editionId: association.ruleEdition,
    });
    expect(app.events).toEqual([{ fromStatus: null, toStatus: 'DRAFT', message: null }]);
    const again = await client.gql(START, { input: { level: 'IFA' } });
    expect(again.data?.startApplication).toMatchObject({ __typename: 'ConflictError' });
    const { profile } = await server.prisma.application.findUniqueOrThrow({
      where: { id: app.id },
      select: { profile: { select: { _count: { select: { applications: true } } } } },
    });
    expect(profile._count.applications).toBe(1);
  });

  it('asks for a Mentor track exactly when the level is Mentor', async () => {
    const { client } = await applicantWithCoordinator(server);
    const noTrack = await client.gql(START, { input: { level: 'IMHM' } });
    expect(noTrack.data?.startApplication).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ path: 'track', message: 'Choose a Mentor track.' }],
    });
    const stray = await client.gql(START, { input: { level: 'IFA', track: 'POLICY' } });
    expect(stray.data?.startApplication.fieldErrors).toEqual([
      { path: 'track', message: 'Only the Mentor level has tracks.' },
    ]);
    const mentor = await client.gql(START, { input: { level: 'IMHM', track: 'POLICY' } });
    expect(mentor.data?.startApplication.data).toMatchObject({ level: 'IMHM', track: 'POLICY' });
  });

  it('judges the draft on the server as the portfolio grows', async () => {
    const { client, profile } = await applicantWithCoordinator(server);
    const app = (await client.gql(START, { input: { level: 'IFA' } })).data?.startApplication.data;
    const training = (a: typeof app) =>
      a.evaluation.requirements.find((r: { id: string }) => r.id === 'training_hours');
    expect(training(app)).toMatchObject({
      status: 'NOT_MET',
      progress: { have: 0, need: 30, unit: 'hours' },
    });
    await fillIfaPortfolio(server.prisma, profile.id);
    const after = (await client.gql(READ, { id: app.id })).data?.application;
    expect(training(after)).toMatchObject({ status: 'MET', progress: { have: 30, need: 30 } });
    expect(after.evaluation.eligible).toBe(false);
  });
});

describe('agreements', () => {
  it('records the accepted version and refuses an outdated one', async () => {
    const { client } = await applicantWithCoordinator(server);
    const app = (await client.gql(START, { input: { level: 'IFA' } })).data?.startApplication.data;
    const old = await client.gql(ACCEPT, {
      applicationId: app.id,
      document: 'CODE_OF_ETHICS',
      version: '2019-1',
    });
    expect(old.data?.acceptAgreement.__typename).toBe('ConflictError');
    const ok = await client.gql(ACCEPT, {
      applicationId: app.id,
      document: 'CODE_OF_ETHICS',
      version: '2024-1',
    });
    expect(ok.data?.acceptAgreement.data).toEqual({ codeOfEthicsVersion: '2024-1', agreementVersion: null });
    const row = await server.prisma.application.findUniqueOrThrow({ where: { id: app.id } });
    expect(row.codeOfEthicsAcceptedAt).toEqual(server.clock.now());
    const texts = await client.gql('{ agreements { document version title paragraphs } }');
    expect(texts.data?.agreements.map((a: { document: string }) => a.document)).toEqual([
      'CODE_OF_ETHICS',
      'ENDORSEMENT_AGREEMENT',
    ]);
  });
});

describe('submission', () => {
  it('is refused with every unmet requirement, and changes nothing', async () => {
    const { client, profile } = await applicantWithCoordinator(server);
    await fillIfaPortfolio(server.prisma, profile.id);
    const app = (await client.gql(START, { input: { level: 'IFA' } })).data?.startApplication.data;
    const res = await client.gql(SUBMIT, { id: app.id });
    expect(res.data?.submitApplication.__typename).toBe('UnmetRequirementsError');
    expect(res.data?.submitApplication.unmet.map((r: { id: string }) => r.id)).toEqual([
      'references',
      'code_of_ethics',
      'endorsement_agreement',
    ]);
    const row = await server.prisma.application.findUniqueOrThrow({
      where: { id: app.id },
      include: { submissions: true, events: true },
    });
    expect(row.status).toBe('DRAFT');
    expect(row.submissions).toEqual([]);
    expect(row.events).toHaveLength(1);
  });

  it('submits once, freezes the portfolio, and tells the applicant in the app and by email', async () => {
    const { client, user, profile, applicationId } = await readyIfaApplication(
      server,
      graphqlClient(server.url),
    );
    const [first, second] = await Promise.all([
      client.gql(SUBMIT, { id: applicationId }),
      client.gql(SUBMIT, { id: applicationId }),
    ]);
    expect(first.data?.submitApplication.data.status).toBe('SUBMITTED');
    expect(second.data?.submitApplication.data.status).toBe('SUBMITTED');
    const third = await client.gql(SUBMIT, { id: applicationId });
    expect(third.data?.submitApplication.data).toMatchObject({ status: 'SUBMITTED', editable: false });
    expect(third.data?.submitApplication.data.submissions).toEqual([
      { round: 1, response: null, evaluation: { eligible: true } },
    ]);
    expect(
      await server.prisma.applicationEvent.count({ where: { applicationId, toStatus: 'SUBMITTED' } }),
    ).toBe(1);

    const notes = await client.gql(
      '{ myNotifications(first: 10) { totalCount edges { node { kind title link readAt } } } unreadNotificationCount }',
    );
    const kinds = notes.data?.myNotifications.edges.map((e: { node: { kind: string } }) => e.node.kind);
    expect(kinds.filter((k: string) => k === 'application.submitted')).toHaveLength(1);
    expect(notes.data?.unreadNotificationCount).toBe(notes.data?.myNotifications.totalCount);
    const mails = await server.prisma.outboxMessage.findMany({
      where: { toAddress: user.email, subject: 'Application submitted' },
    });
    expect(mails).toHaveLength(1);
    expect(mails[0]?.textBody).toContain(`http://portal.test/application/${applicationId}`);
    const marked = await client.gql('mutation { markNotificationsRead }');
    expect(marked.data?.markNotificationsRead).toBe(notes.data?.myNotifications.totalCount);
    expect((await client.gql('{ unreadNotificationCount }')).data?.unreadNotificationCount).toBe(0);

    // Entries changed after submission (by any path) do not reach the submitted round.
    await server.prisma.trainingEntry.deleteMany({ where: { profileId: profile.id } });
    const read = (await client.gql(READ, { id: applicationId })).data?.application;
    expect(read.evaluation.eligible).toBe(true);
    const frozen = await client.gql(`{ application(id: "${applicationId}") { rulesPortfolio } }`);
    expect(frozen.data?.application.rulesPortfolio.trainings).toHaveLength(2);
  });

  it('takes a change request, edits and a resubmission with the answer, keeping every round', async () => {
    const { client, coordinator, profile, applicationId } = await readyIfaApplication(
      server,
      graphqlClient(server.url),
    );
    await client.gql(SUBMIT, { id: applicationId });
    expect((await coordinator.gql(START_REVIEW, { applicationId })).data?.startReview.data.status).toBe(
      'IN_REVIEW',
    );
    const asked = await coordinator.gql(REQUEST_CHANGES, {
      applicationId,
      message: 'Please add the certificate for your relationship-based practice training.',
      sections: ['TRAINING', 'TRAINING'],
    });
    expect(asked.data?.requestChanges.data.status).toBe('CHANGES_REQUESTED');
    const mine = (await client.gql(READ, { id: applicationId })).data?.application;
    expect(mine).toMatchObject({ status: 'CHANGES_REQUESTED', editable: true });
    expect(mine.changeRequests).toEqual([
      {
        message: 'Please add the certificate for your relationship-based practice training.',
        sections: ['TRAINING'],
      },
    ]);

    await server.prisma.trainingEntry.updateMany({
      where: { profileId: profile.id },
      data: { provider: 'MI-AIMH (certified)' },
    });
    const res = await client.gql(SUBMIT, { id: applicationId, response: 'Certificate added.' });
    const done = res.data?.submitApplication.data;
    expect(done.status).toBe('RESUBMITTED');
    expect(done.submissions).toEqual([
      { round: 1, response: null, evaluation: { eligible: true } },
      { round: 2, response: 'Certificate added.', evaluation: { eligible: true } },
    ]);
    expect(done.events.map((e: { toStatus: string }) => e.toStatus)).toEqual([
      'DRAFT',
      'SUBMITTED',
      'IN_REVIEW',
      'CHANGES_REQUESTED',
      'RESUBMITTED',
    ]);
  });

  it('lets the applicant withdraw, after which nothing can be submitted', async () => {
    const { client } = await applicantWithCoordinator(server);
    const app = (await client.gql(START, { input: { level: 'IFA' } })).data?.startApplication.data;
    const res = await client.gql(
      'mutation W($id: ID!) { withdrawApplication(id: $id, reason: "Moving to another state") { __typename ... on MutationWithdrawApplicationSuccess { data { status } } } }',
      { id: app.id },
    );
    expect(res.data?.withdrawApplication.data.status).toBe('WITHDRAWN');
    expect((await client.gql(SUBMIT, { id: app.id })).data?.submitApplication.__typename).toBe(
      'ConflictError',
    );
    // A withdrawn application no longer blocks a new one.
    expect((await client.gql(START, { input: { level: 'IFA' } })).data?.startApplication.data.status).toBe(
      'DRAFT',
    );
  });
});

describe('who sees an application', () => {
  it('keeps applications and ratings from everyone but their owner and the association staff', async () => {
    const { client, coordinator, association, applicationId } = await readyIfaApplication(
      server,
      graphqlClient(server.url),
    );
    const other = await createUser(server.prisma, { associationId: association.id });
    const otherClient = await signedInClient(server.url, other.email);
    expect((await otherClient.gql(READ, { id: applicationId })).data?.application).toBeNull();
    expect((await otherClient.gql(SUBMIT, { id: applicationId })).data?.submitApplication.__typename).toBe(
      'NotFoundError',
    );
    const elsewhere = await createAssociation(server.prisma);
    const foreign = await createUser(server.prisma, { associationId: elsewhere.id, roles: ['COORDINATOR'] });
    expect(
      (await (await signedInClient(server.url, foreign.email)).gql(READ, { id: applicationId })).data
        ?.application,
    ).toBeNull();
    expect(
      (await graphqlClient(server.url).gql(READ, { id: applicationId })).errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');

    const RATINGS = `{ application(id: "${applicationId}") { references { status rating { comments ratings { competencyId rating } } } } }`;
    const own = await client.gql(RATINGS);
    expect(own.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(own.data ?? {})).not.toContain('"rating":4');
    const staff = await coordinator.gql(RATINGS);
    expect(staff.errors).toBeUndefined();
    const refs = staff.data?.application.references;
    expect(refs).toHaveLength(3);
    expect(refs[0].rating.ratings[0].rating).toBe(4);
  });
});
