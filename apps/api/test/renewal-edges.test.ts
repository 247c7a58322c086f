import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APPROVE,
  call,
  EXTEND,
  endorsee,
  LOG_TRAINING,
  MY_ENDORSEMENTS,
  REQUEST_REINSTATEMENT,
  RETURN,
  SIGN,
  SIGNATURE,
  SUBMIT_RENEWAL,
  setDay,
  training,
  UPDATE_POLICY,
} from './helpers/renewals.ts';
import { DECIDE, reviewedIfa } from './helpers/review.ts';
import { signedInClient } from './helpers/sign-in.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const POLICY = {
  graceDays: 31,
  reminderDays: [60, 30, 7],
  reinstatementDays: 365,
  reinstatementReferences: 3,
  renewalFee: 40,
  lateFee: 35,
  timeZone: 'America/Detroit',
};

type People = Awaited<ReturnType<typeof endorsee>>;
/** An endorsee of an association in Michigan's time zone, with the year's training logged. */
async function inDetroitWithHours() {
  const people = await endorsee(server, {
    startsOn: '2024-12-01',
    renewedYears: [2025],
    settings: { timeZone: 'America/Detroit' },
  });
  const id = people.endorsement.id;
  await call(people.client, LOG_TRAINING, { id, input: training('2026-06-01', 15) });
  return { people, id };
}
const again = (people: People) => signedInClient(server.url, people.user.email);
const mine = async (people: People) =>
  (await (await again(people)).gql(MY_ENDORSEMENTS)).data?.myEndorsements[0];

describe('who sees the renewal side of an endorsement', () => {
  it('shows a reviewer the grant of an application they reviewed, never its renewals', async () => {
    setDay(server, '2026-11-23');
    const people = await reviewedIfa(server);
    const endorsed = await people.coordinator.gql(DECIDE, {
      applicationId: people.applicationId,
      input: { kind: 'ENDORSE', message: 'Well done.' },
    });
    expect(endorsed.data?.decideApplication.__typename).toBe('MutationDecideApplicationSuccess');
    const grant = await people.reviewer.client.gql(
      `query($id: ID!) { application(id: $id) { endorsement { number level status } } }`,
      { id: people.applicationId },
    );
    expect(grant.data?.application.endorsement).toMatchObject({ level: 'IFA', status: 'ACTIVE' });
    for (const field of [
      'renewals { extensionReason message }',
      'graceEndsOn',
      'lapsedOn',
      'chapterName',
      'standing { year }',
    ]) {
      const res = await people.reviewer.client.gql(
        `query($id: ID!) { application(id: $id) { endorsement { number ${field} } } }`,
        { id: people.applicationId },
      );
      expect(res.errors?.[0]?.extensions?.code, field).toBe('FORBIDDEN');
    }
  });
});

describe('late renewals the coordinator allowed for', () => {
  it('accepts a renewal signed and sent during an extension', async () => {
    setDay(server, '2026-11-23');
    const people = await endorsee(server, { startsOn: '2024-12-01', renewedYears: [2025] });
    const id = people.endorsement.id;
    await call(people.coordinator, EXTEND, { id, input: { until: '2027-04-30', reason: 'Medical leave' } });
    setDay(server, '2027-03-15');
    const client = await again(people);
    await call(client, LOG_TRAINING, { id, input: training('2026-06-01', 15) });
    await call(client, SIGN, { id, input: SIGNATURE });
    const sent = await call(client, SUBMIT_RENEWAL, { id });
    expect(sent.data).toMatchObject({ status: 'SUBMITTED', late: true, evaluation: { met: true } });
  });

  it('gives a renewal returned after grace 30 days to answer, and does not count it late when sent in time', async () => {
    setDay(server, '2026-12-20');
    const people = await endorsee(server, { startsOn: '2024-12-01', renewedYears: [2025] });
    const id = people.endorsement.id;
    await call(people.client, LOG_TRAINING, { id, input: training('2026-06-01', 15) });
    await call(people.client, SIGN, { id, input: SIGNATURE });
    const sent = await call(people.client, SUBMIT_RENEWAL, { id });
    setDay(server, '2027-02-10');
    const e = await mine(people);
    expect(e.standing.status).not.toBe('LAPSED');
    const coordinator = await signedInClient(server.url, people.coordinatorUser.email);
    const returned = await call(coordinator, RETURN, { id: sent.data.id, message: 'Add the certificate.' });
    expect(returned.data).toMatchObject({ status: 'ACTIVE', graceEndsOn: '2027-03-12' });
    setDay(server, '2027-03-01');
    const resent = await call(await again(people), SUBMIT_RENEWAL, { id });
    expect(resent.data).toMatchObject({ status: 'SUBMITTED', late: false });
  });

  it("judges due dates by the association's calendar day, not UTC's", async () => {
    setDay(server, '2026-11-23');
    const { people, id } = await inDetroitWithHours();
    await call(people.client, SIGN, { id, input: SIGNATURE });
    // 23:30 on 31 December in Michigan is already 1 January in UTC.
    server.clock.advance(new Date('2027-01-01T04:30:00Z').getTime() - server.clock.now().getTime());
    const sent = await call(await again(people), SUBMIT_RENEWAL, { id });
    expect(sent.data).toMatchObject({ late: false });
  });

  it("dates the code of ethics by the association's calendar day, not UTC's", async () => {
    setDay(server, '2026-11-23');
    const { people, id } = await inDetroitWithHours();
    // 20:30 on 7 December in Michigan is already 8 December in UTC: signed today, not tomorrow.
    server.clock.advance(new Date('2026-12-08T01:30:00Z').getTime() - server.clock.now().getTime());
    const client = await again(people);
    await call(client, SIGN, { id, input: SIGNATURE });
    const ethics = (await mine(people)).renewalEvaluation.requirements.find(
      (r: { id: string }) => r.id === 'renewal_code_of_ethics',
    );
    expect(ethics?.status).toBe('MET');
    const sent = await call(client, SUBMIT_RENEWAL, { id });
    expect(sent.data).toMatchObject({ status: 'SUBMITTED', late: false, evaluation: { met: true } });
  });

  it('refuses to sign for next year before it begins', async () => {
    setDay(server, '2026-11-23');
    const people = await endorsee(server, { startsOn: '2024-12-01', renewedYears: [2025, 2026] });
    const early = await call(people.client, SIGN, { id: people.endorsement.id, input: SIGNATURE });
    expect(early).toMatchObject({ __typename: 'ConflictError' });
    expect(early.message).toContain('from 1 January 2027');
  });

  it('keeps the grace end of those already in grace when the grace period is shortened', async () => {
    setDay(server, '2027-01-20');
    const people = await endorsee(server, {
      startsOn: '2024-12-01',
      renewedYears: [2025],
      settings: { graceDays: 60 },
    });
    expect((await mine(people)).graceEndsOn).toBe('2027-03-01');
    const coordinator = await signedInClient(server.url, people.coordinatorUser.email);
    const shorter = await call(coordinator, UPDATE_POLICY, {
      id: people.association.id,
      input: { ...POLICY, graceDays: 10 },
    });
    expect(shorter.__typename).toBe('MutationUpdateRenewalPolicySuccess');
    const e = await mine(people);
    expect(e).toMatchObject({ graceEndsOn: '2027-03-01', standing: { status: 'GRACE' } });
  });

  it('names an inactive endorsement as such when asked to reinstate it', async () => {
    setDay(server, '2026-11-23');
    const people = await endorsee(server, { startsOn: '2024-12-01', renewedYears: [2025] });
    await server.prisma.endorsement.update({
      where: { id: people.endorsement.id },
      data: { status: 'INACTIVE' },
    });
    const refused = await call(people.client, REQUEST_REINSTATEMENT, { id: people.endorsement.id });
    expect(refused).toMatchObject({ __typename: 'RenewalClosedError' });
    expect(refused.message).toContain('inactive');
  });

  it('lets the last day of the reinstatement window count', async () => {
    setDay(server, '2026-11-23');
    const people = await endorsee(server, { startsOn: '2023-05-01', renewedYears: [2024] });
    const id = people.endorsement.id;
    await server.prisma.endorsement.update({
      where: { id },
      data: { status: 'LAPSED', lapsedOn: new Date('2026-02-01T00:00:00Z') },
    });
    setDay(server, '2027-01-31');
    const client = await again(people);
    const e = await mine(people);
    expect(e.standing).toMatchObject({ canReinstate: true, reinstateUntil: '2027-01-31' });
    await call(client, LOG_TRAINING, { id, input: training('2025-06-01', 15) });
    await call(client, SIGN, { id, input: SIGNATURE });
    expect((await call(client, REQUEST_REINSTATEMENT, { id })).__typename).toBe(
      'MutationRequestReinstatementSuccess',
    );
    setDay(server, '2027-02-01');
    const coordinator = await signedInClient(server.url, people.coordinatorUser.email);
    const row = await server.prisma.renewal.findFirstOrThrow({
      where: { endorsementId: id, kind: 'REINSTATEMENT' },
    });
    expect((await call(coordinator, APPROVE, { id: row.id, confirmed: true })).data).toMatchObject({
      status: 'ACTIVE',
    });
  });
});
