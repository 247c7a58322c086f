import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverDueMail } from '../src/mail/outbox-worker.ts';
import { claimJob, runRenewalJobs, runRenewalScheduler } from '../src/renewals/scheduler.ts';
import {
  APPROVE,
  call,
  endorsee,
  LOG_TRAINING,
  REQUEST_REINSTATEMENT,
  SIGN,
  SIGNATURE,
  SUBMIT_RENEWAL,
  setDay,
  training,
} from './helpers/renewals.ts';
import { signedInClient } from './helpers/sign-in.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const DAY_MS = 86_400_000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Runs the scheduler and the outbox once a day from the clock's day to `last`, as the API process would. */
async function liveUntil(last: string) {
  while (isoDay(server.clock.now()) <= last) {
    await runRenewalScheduler(server.prisma, server.clock.now(), server.config);
    await deliverDueMail(server.prisma, server.mail, server.clock.now());
    server.clock.advance(DAY_MS);
  }
  server.clock.advance(-DAY_MS);
}

const noticesOf = async (endorsementId: string) =>
  (await server.prisma.renewalNotice.findMany({ where: { endorsementId }, orderBy: { sentAt: 'asc' } })).map(
    (n) => `${isoDay(n.sentAt)} ${n.year} ${n.kind}`,
  );

describe('the renewal scheduler over simulated time', () => {
  it('drives a whole cycle: reminders, a late renewal, a lapse and a reinstatement', async () => {
    setDay(server, '2026-10-01');
    // Granted in March 2025: the first full renewal is for 2026, due 31 December; grace 31 days.
    const people = await endorsee(server, { startsOn: '2025-03-01' });
    const id = people.endorsement.id;
    const email = people.user.email;
    // The first reminder fails to send: the outbox retries it.
    server.mail.failNext(1);

    await liveUntil('2027-01-14');
    expect(await noticesOf(id)).toEqual([
      '2026-11-01 2026 reminder-60',
      '2026-12-01 2026 reminder-30',
      '2026-12-24 2026 reminder-7',
      '2026-12-31 2026 due',
    ]);
    const mails = server.mail.sent.filter((m) => m.to === email).map((m) => m.subject);
    expect(mails).toEqual(['Renewal reminder', 'Renewal reminder', 'Renewal reminder', 'Renewal due today']);

    // Late, in grace: renew 2026 on 15 January 2027, approved on the 20th.
    let client = await signedInClient(server.url, email);
    await call(client, LOG_TRAINING, { id, input: training('2026-09-12', 15) });
    await call(client, SIGN, { id, input: SIGNATURE });
    const late = await call(client, SUBMIT_RENEWAL, { id });
    expect(late.data).toMatchObject({ year: 2026, late: true });
    await liveUntil('2027-01-20');
    const coordinator = await signedInClient(server.url, people.coordinatorUser.email);
    const approved = await call(coordinator, APPROVE, { id: late.data.id });
    expect(approved.data).toMatchObject({
      status: 'ACTIVE',
      expiresOn: '2027-12-31',
      graceEndsOn: '2028-01-31',
    });

    // 2027 is never renewed: reminders again, then the lapse the day after grace ends.
    await liveUntil('2028-02-05');
    expect((await noticesOf(id)).slice(4)).toEqual([
      '2027-11-01 2027 reminder-60',
      '2027-12-01 2027 reminder-30',
      '2027-12-24 2027 reminder-7',
      '2027-12-31 2027 due',
      '2028-02-01 2027 lapsed',
    ]);
    const lapsed = await server.prisma.endorsement.findUniqueOrThrow({ where: { id } });
    expect(lapsed).toMatchObject({ status: 'LAPSED', lapsedOn: new Date('2028-02-01T00:00:00Z') });
    expect(
      await server.prisma.auditEntry.count({ where: { action: 'endorsement.lapse', entityId: id } }),
    ).toBe(1);
    const lapseNotice = await server.prisma.notification.findFirst({
      where: { userId: people.user.id, title: 'Endorsement lapsed' },
    });
    expect(lapseNotice?.link).toBe('/endorsement');

    // Reinstated on a late renewal of 2027, within the association's year.
    setDay(server, '2028-02-10');
    client = await signedInClient(server.url, email);
    await call(client, LOG_TRAINING, { id, input: training('2027-10-02', 15) });
    await call(client, SIGN, { id, input: SIGNATURE });
    const request = await call(client, REQUEST_REINSTATEMENT, { id });
    expect(request.data).toMatchObject({ year: 2027, kind: 'REINSTATEMENT' });
    const reinstated = await call(await signedInClient(server.url, people.coordinatorUser.email), APPROVE, {
      id: request.data.id,
      confirmed: true,
    });
    expect(reinstated.data).toMatchObject({
      status: 'ACTIVE',
      reinstatedOn: '2028-02-10',
      expiresOn: '2029-12-31',
    });
    // The restarted cycle owes nothing in 2028: no reminders until late 2029.
    await liveUntil('2028-03-31');
    expect(await noticesOf(id)).toHaveLength(9);
    // Every notice went out exactly once, the failed send included.
    expect(
      server.mail.sent.filter(
        (m) => m.to === email && m.subject !== 'Endorsement reinstated' && m.subject !== 'Renewal approved',
      ),
    ).toHaveLength(9);
  }, 180_000);

  it('sends each notice once when two schedulers run at the same moment, and again on a restart', async () => {
    setDay(server, '2026-12-24');
    const people = await endorsee(server, { startsOn: '2025-03-01' });
    const now = server.clock.now();
    const [a, b] = await Promise.all([
      runRenewalJobs(server.prisma, now, server.config),
      runRenewalJobs(server.prisma, now, server.config),
    ]);
    expect(a.reminders + b.reminders).toBeGreaterThanOrEqual(1);
    await runRenewalScheduler(server.prisma, now, server.config);
    expect(await noticesOf(people.endorsement.id)).toEqual(['2026-12-24 2026 reminder-7']);
    expect(await server.prisma.notification.count({ where: { userId: people.user.id } })).toBe(1);
    expect(await server.prisma.outboxMessage.count({ where: { toAddress: people.user.email } })).toBe(1);
  });

  it('lets one process hold the job at a time', async () => {
    const now = new Date('2031-01-01T00:00:00Z');
    expect(await claimJob(server.prisma, 'process-a', now)).toBe(true);
    expect(await claimJob(server.prisma, 'process-b', now)).toBe(false);
    expect(await runRenewalScheduler(server.prisma, now, server.config, 'process-b')).toBeNull();
    // A lease left by a process that died expires.
    expect(await claimJob(server.prisma, 'process-b', new Date(now.getTime() + 11 * 60_000))).toBe(true);
  });

  it('does not remind or lapse an endorsee whose renewal waits for the coordinator', async () => {
    setDay(server, '2026-11-23');
    const people = await endorsee(server, { startsOn: '2024-12-01', renewedYears: [2025] });
    const id = people.endorsement.id;
    await call(people.client, LOG_TRAINING, { id, input: training('2026-03-04', 15) });
    await call(people.client, SIGN, { id, input: SIGNATURE });
    await call(people.client, SUBMIT_RENEWAL, { id });
    setDay(server, '2027-03-01');
    await runRenewalJobs(server.prisma, server.clock.now(), server.config);
    expect(await noticesOf(id)).toEqual([]);
    expect((await server.prisma.endorsement.findUniqueOrThrow({ where: { id } })).status).toBe('ACTIVE');
  });
});
