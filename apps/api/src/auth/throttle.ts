import type { PrismaClient } from '@imh/db';
import { TooManyAttemptsError } from '../errors.ts';

// Five wrong passwords lock one account for a quarter of an hour; twenty from one address lock that
// address, which slows a spray across many accounts without locking out a shared office network early.
export const THROTTLE = { windowMs: 15 * 60_000, perAccount: 5, perAddress: 20 } as const;

/** Throws TooManyAttemptsError while the account or the address has too many recent failures. */
export async function assertNotThrottled(
  prisma: PrismaClient,
  email: string,
  ip: string,
  now: Date,
): Promise<void> {
  const since = new Date(now.getTime() - THROTTLE.windowMs);
  const failures = (where: { email: string } | { ip: string }) =>
    prisma.signInAttempt.findMany({
      where: { ...where, succeeded: false, createdAt: { gt: since } },
      orderBy: { createdAt: 'asc' },
      select: { createdAt: true },
    });
  const [byAccount, byAddress] = await Promise.all([failures({ email }), failures({ ip })]);
  const check = (list: { createdAt: Date }[], limit: number) => {
    if (list.length < limit) return;
    // The lock lifts when the oldest failure that counts toward the limit leaves the window.
    const oldest = list[list.length - limit]?.createdAt ?? now;
    const retryMs = oldest.getTime() + THROTTLE.windowMs - now.getTime();
    throw new TooManyAttemptsError(Math.max(1, Math.ceil(retryMs / 1000)));
  };
  check(byAccount, THROTTLE.perAccount);
  check(byAddress, THROTTLE.perAddress);
}

export async function recordSignInAttempt(
  prisma: PrismaClient,
  attempt: { email: string; ip: string; succeeded: boolean; now: Date },
): Promise<void> {
  await prisma.signInAttempt.create({
    data: { email: attempt.email, ip: attempt.ip, succeeded: attempt.succeeded, createdAt: attempt.now },
  });
}
