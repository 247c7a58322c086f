import { createTestDatabase, type TestDatabase } from '@imh/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueEmail } from '../src/mail/outbox.ts';
import { backoffMs, deliverDueMail, OUTBOX_POLICY } from '../src/mail/outbox-worker.ts';
import { memoryTransport } from './helpers/memory-transport.ts';
import { testClock } from './helpers/test-clock.ts';

// A worker claims every due message in the table, so retry and give-up are tested on a table of their
// own; the two-workers test runs on the run's shared database (the PostgreSQL server in CI), where
// row locks are real, and checks only its own messages.
let db: TestDatabase;
let shared: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase({ isolated: true });
  shared = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
  await shared.close();
});

const to = () => `inbox-${Math.random().toString(36).slice(2)}@example.org`;
const mine = (address: string) => db.prisma.outboxMessage.findFirstOrThrow({ where: { toAddress: address } });

describe('email outbox', () => {
  it('keeps a message whose send failed and retries it after a backoff', async () => {
    const clock = testClock();
    const transport = memoryTransport();
    const address = to();
    await enqueueEmail(db.prisma, { to: address, subject: 'Hello', text: 'Body', now: clock.now() });
    transport.failNext(1);
    await deliverDueMail(db.prisma, transport, clock.now());
    expect(await mine(address)).toMatchObject({
      status: 'PENDING',
      attempts: 1,
      lastError: 'SMTP connection refused (simulated)',
    });

    await deliverDueMail(db.prisma, transport, clock.now());
    expect(transport.sent.filter((m) => m.to === address)).toHaveLength(0);

    clock.advance(backoffMs(1));
    await deliverDueMail(db.prisma, transport, clock.now());
    expect(transport.sent.filter((m) => m.to === address)).toEqual([
      expect.objectContaining({ subject: 'Hello', text: 'Body' }),
    ]);
    expect(await mine(address)).toMatchObject({ status: 'SENT', attempts: 2, lastError: null });
  });

  it('gives up after the last attempt and marks the message FAILED, still kept', async () => {
    const clock = testClock();
    const transport = memoryTransport();
    const address = to();
    await enqueueEmail(db.prisma, { to: address, subject: 'Doomed', text: 'x', now: clock.now() });
    transport.failNext(OUTBOX_POLICY.maxAttempts);
    for (let i = 0; i < OUTBOX_POLICY.maxAttempts; i++) {
      await deliverDueMail(db.prisma, transport, clock.now());
      clock.advance(3_600_000);
    }
    expect(await mine(address)).toMatchObject({ status: 'FAILED', attempts: OUTBOX_POLICY.maxAttempts });
  });

  it('sends each message once when two workers run at the same moment', async () => {
    const clock = testClock();
    const transport = memoryTransport();
    const addresses = Array.from({ length: 6 }, to);
    for (const address of addresses)
      await enqueueEmail(db.prisma, { to: address, subject: 'Once', text: 'x', now: clock.now() });
    await Promise.all([
      deliverDueMail(db.prisma, transport, clock.now()),
      deliverDueMail(db.prisma, transport, clock.now()),
    ]);
    const sent = transport.sent.filter((m) => addresses.includes(m.to)).map((m) => m.to);
    expect(sent.sort()).toEqual([...addresses].sort());
  });

  it('queues a message with a dedupe key only once', async () => {
    const clock = testClock();
    const address = to();
    for (let i = 0; i < 3; i++) {
      await enqueueEmail(db.prisma, {
        to: address,
        subject: 'Reminder',
        text: 'x',
        dedupeKey: `reminder:${address}`,
        now: clock.now(),
      });
    }
    expect(await db.prisma.outboxMessage.count({ where: { toAddress: address } })).toBe(1);
  });

  it('backs off exponentially, capped at an hour', () => {
    expect([1, 2, 3, 20].map(backoffMs)).toEqual([30_000, 60_000, 120_000, 3_600_000]);
  });
});
