import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssociation, createUser } from './helpers/factories.ts';
import { graphqlClient } from './helpers/graphql-client.ts';
import {
  APPROVE,
  call,
  EXTEND,
  endorsee,
  LOG_RSC,
  LOG_TRAINING,
  MY_ENDORSEMENTS,
  REQUEST_REINSTATEMENT,
  RETURN,
  renewalCount,
  SIGN,
  SIGNATURE,
  SUBMIT_RENEWAL,
  setDay,
  training,
  UPDATE_POLICY,
} from './helpers/renewals.ts';
import { signedInClient } from './helpers/sign-in.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

/** An IFA endorsee renewed for 2025, so 2026 (due 31 December) is open on 2026-11-23. */
const ifaDue2026 = () => endorsee(server, { startsOn: '2024-12-01', renewedYears: [2025] });

async function readyToSubmit(people: Awaited<ReturnType<typeof ifaDue2026>>) {
  expect(
    (
      await call(people.client, LOG_TRAINING, {
        id: people.endorsement.id,
        input: training('2026-03-04', 15),
      })
    ).__typename,
  ).toBe('MutationLogRenewalTrainingSuccess');
  expect((await call(people.client, SIGN, { id: people.endorsement.id, input: SIGNATURE })).__typename).toBe(
    'MutationSignRenewalAgreementsSuccess',
  );
}

const mine = async (client: Awaited<ReturnType<typeof ifaDue2026>>['client']) =>
  (await client.gql(MY_ENDORSEMENTS)).data?.myEndorsements[0];

describe('the endorsee renews', () => {
  it("shows the open year's requirements, computed by the rules package", async () => {
    setDay(server, '2026-11-23');
    const people = await ifaDue2026();
    const e = await mine(people.client);
    expect(e).toMatchObject({ status: 'ACTIVE', expiresOn: '2026-12-31', graceEndsOn: '2027-01-31' });
    expect(e.standing).toMatchObject({ status: 'RENEWAL_DUE', year: 2026, renewal: null });
    expect(e.renewalEvaluation.requirements.map((r: { id: string }) => r.id)).toEqual([
      'renewal_membership',
      'renewal_training_hours',
      'renewal_code_of_ethics',
    ]);
    await call(people.client, LOG_TRAINING, {
      id: people.endorsement.id,
      input: training('2026-02-10', 9.5),
    });
    const after = await mine(people.client);
    expect(after.renewalEvaluation.requirements[1]).toMatchObject({
      status: 'NOT_MET',
      progress: { have: 9.5, need: 15 },
    });
  });

  it('refuses hours outside the renewal year, in the future, or otherwise invalid, writing nothing', async () => {
    setDay(server, '2026-11-23');
    const people = await ifaDue2026();
    const id = people.endorsement.id;
    const count = () => server.prisma.trainingEntry.count({ where: { profileId: people.profile.id } });
    const lastYear = await call(people.client, LOG_TRAINING, { id, input: training('2025-12-31', 5) });
    expect(lastYear).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [
        {
          path: 'date',
          message: 'Hours for your 2026 renewal must be dated in 2026 (1 January to 31 December).',
        },
      ],
    });
    const future = await call(people.client, LOG_TRAINING, { id, input: training('2026-12-01', 5) });
    expect(future.fieldErrors).toEqual([{ path: 'date', message: 'The date cannot be in the future.' }]);
    const negative = await call(people.client, LOG_TRAINING, { id, input: training('2026-05-01', -3) });
    expect(negative.__typename).toBe('ValidationError');
    const rsc = await call(people.client, LOG_RSC, {
      id,
      input: {
        startDate: '2025-11-01',
        endDate: '2026-02-01',
        hours: 6,
        format: 'INDIVIDUAL',
        providerName: 'Ruth Bakker',
      },
    });
    expect(rsc.fieldErrors).toEqual([
      {
        path: 'startDate',
        message: 'Hours for your 2026 renewal must be dated in 2026 (1 January to 31 December).',
      },
    ]);
    expect(await count()).toBe(0);
  });

  it('refuses to submit with requirements unmet, and changes nothing', async () => {
    setDay(server, '2026-11-23');
    const people = await ifaDue2026();
    await call(people.client, LOG_TRAINING, { id: people.endorsement.id, input: training('2026-03-04', 10) });
    const refused = await call(people.client, SUBMIT_RENEWAL, { id: people.endorsement.id });
    expect(refused.__typename).toBe('UnmetRequirementsError');
    expect(refused.unmet.map((r: { id: string }) => r.id)).toEqual([
      'renewal_training_hours',
      'renewal_code_of_ethics',
    ]);
    expect(await renewalCount(server.prisma, people.endorsement.id)).toBe(1);
  });

  it('needs the attestation and the current texts to sign', async () => {
    setDay(server, '2026-11-23');
    const people = await ifaDue2026();
    const id = people.endorsement.id;
    const unattested = await call(people.client, SIGN, {
      id,
      input: { ...SIGNATURE, attestNoSanction: false },
    });
    expect(unattested.fieldErrors).toEqual([
      { path: 'attestNoSanction', message: 'Confirm that no licensing board has sanctioned you.' },
    ]);
    const old = await call(people.client, SIGN, {
      id,
      input: { ...SIGNATURE, codeOfEthicsVersion: '2010-1' },
    });
    expect(old.__typename).toBe('ConflictError');
    expect(await renewalCount(server.prisma, id)).toBe(1);
  });

  it('submits once all is met; a second renewal for the year is refused; the coordinator hears of it', async () => {
    setDay(server, '2026-11-23');
    const people = await ifaDue2026();
    await readyToSubmit(people);
    const submitted = await call(people.client, SUBMIT_RENEWAL, { id: people.endorsement.id });
    expect(submitted).toMatchObject({
      __typename: 'MutationSubmitRenewalSuccess',
      data: { year: 2026, kind: 'RENEWAL', status: 'SUBMITTED', late: false, evaluation: { met: true } },
    });
    const again = await call(people.client, SUBMIT_RENEWAL, { id: people.endorsement.id });
    expect(again).toMatchObject({
      __typename: 'ConflictError',
      message: 'Your renewal for 2026 is already submitted and waiting for the coordinator.',
    });
    const resign = await call(people.client, SIGN, { id: people.endorsement.id, input: SIGNATURE });
    expect(resign.__typename).toBe('ConflictError');
    const notices = await server.prisma.notification.findMany({
      where: { userId: people.coordinatorUser.id },
    });
    expect(notices.map((n) => n.title)).toEqual(['Renewal submitted']);
  });

  it("refuses someone else's endorsement as not found", async () => {
    setDay(server, '2026-11-23');
    const people = await ifaDue2026();
    const other = await createUser(server.prisma, { associationId: people.association.id });
    const stranger = await signedInClient(server.url, other.email);
    for (const [query, variables] of [
      [SUBMIT_RENEWAL, { id: people.endorsement.id }],
      [SIGN, { id: people.endorsement.id, input: SIGNATURE }],
      [LOG_TRAINING, { id: people.endorsement.id, input: training('2026-03-04', 15) }],
      [REQUEST_REINSTATEMENT, { id: people.endorsement.id }],
    ] as const) {
      expect((await call(stranger, query, variables)).__typename).toBe('NotFoundError');
    }
    expect(await server.prisma.trainingEntry.count({ where: { profileId: other.id } })).toBe(0);
    expect(await renewalCount(server.prisma, people.endorsement.id)).toBe(1);
  });

  it('counts a renewal submitted after the due date as late', async () => {
    setDay(server, '2026-11-23');
    const people = await ifaDue2026();
    await call(people.client, LOG_TRAINING, { id: people.endorsement.id, input: training('2026-03-04', 15) });
    setDay(server, '2027-01-10');
    // Weeks later: the session has expired, as it would have.
    const client = await signedInClient(server.url, people.user.email);
    await call(client, SIGN, { id: people.endorsement.id, input: SIGNATURE });
    const e = await mine(client);
    expect(e.standing.status).toBe('GRACE');
    const submitted = await call(client, SUBMIT_RENEWAL, { id: people.endorsement.id });
    expect(submitted.data).toMatchObject({ status: 'SUBMITTED', late: true });
  });
});

describe('the coordinator decides', () => {
  async function submitted() {
    setDay(server, '2026-11-23');
    const people = await ifaDue2026();
    await readyToSubmit(people);
    const renewal = await call(people.client, SUBMIT_RENEWAL, { id: people.endorsement.id });
    return { ...people, renewalId: renewal.data.id as string };
  }

  it('approves: the expiry moves to the next year, the endorsee is told, the audit log records it', async () => {
    const people = await submitted();
    const approved = await call(people.coordinator, APPROVE, { id: people.renewalId });
    expect(approved).toMatchObject({
      __typename: 'MutationApproveRenewalSuccess',
      data: { status: 'ACTIVE', expiresOn: '2027-12-31', graceEndsOn: '2028-01-31' },
    });
    const e = await mine(people.client);
    expect(e.standing).toMatchObject({ status: 'ACTIVE', year: 2027 });
    const notice = await server.prisma.notification.findFirst({ where: { userId: people.user.id } });
    expect(notice).toMatchObject({ title: 'Renewal approved', link: '/endorsement' });
    expect(
      await server.prisma.auditEntry.count({
        where: { action: 'renewal.approve', entityId: people.renewalId },
      }),
    ).toBe(1);
    expect((await call(people.coordinator, APPROVE, { id: people.renewalId })).__typename).toBe(
      'ConflictError',
    );
  });

  it('refuses approval by anyone not a coordinator of the association, changing nothing', async () => {
    const people = await submitted();
    expect((await call(people.client, APPROVE, { id: people.renewalId })).__typename).toBe('ForbiddenError');
    const reviewerUser = await createUser(server.prisma, {
      associationId: people.association.id,
      roles: ['REVIEWER'],
    });
    const reviewer = await signedInClient(server.url, reviewerUser.email);
    expect((await call(reviewer, APPROVE, { id: people.renewalId })).__typename).toBe('ForbiddenError');
    const elsewhere = await createAssociation(server.prisma);
    const otherCoordinator = await createUser(server.prisma, {
      associationId: elsewhere.id,
      roles: ['COORDINATOR'],
    });
    const outsider = await signedInClient(server.url, otherCoordinator.email);
    expect((await call(outsider, APPROVE, { id: people.renewalId })).__typename).toBe('NotFoundError');
    expect((await call(graphqlClient(server.url), APPROVE, { id: people.renewalId })).__typename).toBe(
      'UnauthenticatedError',
    );
    const row = await server.prisma.renewal.findUniqueOrThrow({ where: { id: people.renewalId } });
    expect(row.status).toBe('SUBMITTED');
  });

  it('returns a renewal with a message; the endorsee submits it again', async () => {
    const people = await submitted();
    const empty = await call(people.coordinator, RETURN, { id: people.renewalId, message: '  ' });
    expect(empty.__typename).toBe('ValidationError');
    const returned = await call(people.coordinator, RETURN, {
      id: people.renewalId,
      message: 'Please attach the certificate for the March training.',
    });
    expect(returned.__typename).toBe('MutationReturnRenewalSuccess');
    const e = await mine(people.client);
    expect(e.standing.renewal).toMatchObject({
      status: 'RETURNED',
      message: 'Please attach the certificate for the March training.',
    });
    const again = await call(people.client, SUBMIT_RENEWAL, { id: people.endorsement.id });
    expect(again.data).toMatchObject({ status: 'SUBMITTED', message: null });
  });

  it('grants an extension that moves the end of grace, with a reason; refuses a date that shortens it', async () => {
    setDay(server, '2026-11-23');
    const people = await ifaDue2026();
    const id = people.endorsement.id;
    const short = await call(people.coordinator, EXTEND, {
      id,
      input: { until: '2027-01-15', reason: 'Leave' },
    });
    expect(short.fieldErrors?.[0].path).toBe('until');
    const tooFar = await call(people.coordinator, EXTEND, {
      id,
      input: { until: '2028-06-01', reason: 'Leave' },
    });
    expect(tooFar.fieldErrors?.[0].path).toBe('until');
    const noReason = await call(people.coordinator, EXTEND, {
      id,
      input: { until: '2027-04-30', reason: ' ' },
    });
    expect(noReason.__typename).toBe('ValidationError');
    expect(
      (await call(people.client, EXTEND, { id, input: { until: '2027-04-30', reason: 'Leave' } })).__typename,
    ).toBe('ForbiddenError');
    const granted = await call(people.coordinator, EXTEND, {
      id,
      input: { until: '2027-04-30', reason: 'Medical leave' },
    });
    expect(granted.data).toMatchObject({ expiresOn: '2026-12-31', graceEndsOn: '2027-04-30' });
    setDay(server, '2027-03-15');
    expect((await mine(await signedInClient(server.url, people.user.email))).standing).toMatchObject({
      status: 'GRACE',
      graceEndsOn: '2027-04-30',
    });
  });

  it("changes the association's grace period and moves active endorsements' grace ends with it", async () => {
    setDay(server, '2026-11-23');
    const people = await ifaDue2026();
    const input = {
      graceDays: 60,
      reminderDays: [30, 60, 7, 30],
      reinstatementDays: 365,
      reinstatementReferences: 3,
      renewalFee: 40,
      lateFee: 35,
      timeZone: 'America/New_York',
    };
    const updated = await call(people.coordinator, UPDATE_POLICY, { id: people.association.id, input });
    expect(updated.data.renewalPolicy).toEqual({ graceDays: 60, reminderDays: [60, 30, 7] });
    expect((await mine(people.client)).graceEndsOn).toBe('2027-03-01');
    const bad = await call(people.coordinator, UPDATE_POLICY, {
      id: people.association.id,
      input: { ...input, graceDays: -1 },
    });
    expect(bad.__typename).toBe('ValidationError');
    const elsewhere = await createAssociation(server.prisma);
    const foreign = await call(people.coordinator, UPDATE_POLICY, { id: elsewhere.id, input });
    expect(foreign.__typename).toBe('ForbiddenError');
  });
});

describe('lapse and reinstatement', () => {
  async function lapsed(settings?: { reinstatementDays: number }) {
    setDay(server, '2026-11-23');
    const people = await endorsee(server, { startsOn: '2023-05-01', renewedYears: [2024], settings });
    // 2025 was due 2025-12-31, grace to 2026-01-31: the scheduler marked it lapsed on 2026-02-01.
    await server.prisma.endorsement.update({
      where: { id: people.endorsement.id },
      data: { status: 'LAPSED', lapsedOn: new Date('2026-02-01T00:00:00Z') },
    });
    return people;
  }

  it('refuses a renewal for a lapsed endorsement', async () => {
    const people = await lapsed();
    await call(people.client, LOG_TRAINING, { id: people.endorsement.id, input: training('2025-06-01', 15) });
    await call(people.client, SIGN, { id: people.endorsement.id, input: SIGNATURE });
    const refused = await call(people.client, SUBMIT_RENEWAL, { id: people.endorsement.id });
    expect(refused).toMatchObject({ __typename: 'RenewalClosedError' });
    expect(refused.message).toContain('you can ask to be reinstated until January 31, 2027');
  });

  it('reinstates on a late renewal of the lapsed year, once the coordinator confirms the conditions', async () => {
    const people = await lapsed();
    const id = people.endorsement.id;
    expect((await call(people.client, REQUEST_REINSTATEMENT, { id })).__typename).toBe(
      'UnmetRequirementsError',
    );
    await call(people.client, LOG_TRAINING, { id, input: training('2025-06-01', 15) });
    await call(people.client, SIGN, { id, input: SIGNATURE });
    const request = await call(people.client, REQUEST_REINSTATEMENT, { id });
    expect(request.data).toMatchObject({
      year: 2025,
      kind: 'REINSTATEMENT',
      status: 'SUBMITTED',
      late: true,
    });
    const unconfirmed = await call(people.coordinator, APPROVE, { id: request.data.id });
    expect(unconfirmed.fieldErrors?.[0].path).toBe('conditionsConfirmed');
    const reinstated = await call(people.coordinator, APPROVE, { id: request.data.id, confirmed: true });
    expect(reinstated.data).toMatchObject({
      status: 'ACTIVE',
      reinstatedOn: '2026-11-23',
      lapsedOn: null,
      expiresOn: '2027-12-31',
    });
  });

  it("refuses reinstatement outside the association's window, and for an endorsement that has not lapsed", async () => {
    const none = await lapsed({ reinstatementDays: 0 });
    const refused = await call(none.client, REQUEST_REINSTATEMENT, { id: none.endorsement.id });
    expect(refused).toMatchObject({ __typename: 'RenewalClosedError' });
    const active = await ifaDue2026();
    expect((await call(active.client, REQUEST_REINSTATEMENT, { id: active.endorsement.id })).__typename).toBe(
      'ConflictError',
    );
  });

  it('refuses an extension for a lapsed endorsement', async () => {
    const people = await lapsed();
    const refused = await call(people.coordinator, EXTEND, {
      id: people.endorsement.id,
      input: { until: '2027-01-31', reason: 'Leave' },
    });
    expect(refused.__typename).toBe('ConflictError');
  });
});

describe('renewal of levels with reflective supervision', () => {
  it('asks an IFS endorsee for 12 hours of RSC received in the year', async () => {
    setDay(server, '2026-11-23');
    const people = await endorsee(server, { level: 'IFS', startsOn: '2024-12-01', renewedYears: [2025] });
    const logged = await call(people.client, LOG_RSC, {
      id: people.endorsement.id,
      input: {
        startDate: '2026-01-15',
        endDate: '2026-10-15',
        hours: 12,
        format: 'INDIVIDUAL',
        providerName: 'Ruth Bakker',
        providerLevel: 'IMHM',
        providerTrack: 'CLINICAL',
      },
    });
    expect(logged.__typename).toBe('MutationLogRenewalRscSuccess');
    const e = await mine(people.client);
    const rsc = e.renewalEvaluation.requirements.find((r: { id: string }) => r.id === 'renewal_rsc_received');
    expect(rsc).toMatchObject({ status: 'MET', progress: { have: 12, need: 12 } });
  });
});

describe('upgrading', () => {
  it('refuses an application for a level already held, and starts one for a higher level', async () => {
    setDay(server, '2026-11-23');
    const people = await ifaDue2026();
    const START = `mutation($input: ApplicationTargetInput!) { startApplication(input: $input) {
      __typename ... on MutationStartApplicationSuccess { data { id level } } ... on ValidationError { fieldErrors { path message } } } }`;
    const same = await call(people.client, START, { input: { level: 'IFA' } });
    expect(same.fieldErrors).toEqual([
      { path: 'level', message: 'You already hold IFA: choose a higher level.' },
    ]);
    const higher = await call(people.client, START, { input: { level: 'IFS' } });
    expect(higher.data.level).toBe('IFS');
  });
});
