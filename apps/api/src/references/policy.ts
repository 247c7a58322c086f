import type { ReferenceRequest, ReferenceStatus } from '@imh/db';

export const REFERENCE_POLICY = {
  /** A rater has this long to answer; a resend starts the period again with a new link. */
  ttlDays: 30,
  /** Resends per request: enough to chase a busy rater, too few to flood an inbox. */
  maxSends: 5,
  /** Requests per application, replacements included: a few raters and spares, never a mailing list. */
  maxRequestsPerApplication: 10,
} as const;

/** As for portfolio dates: anything earlier is a typo that would pass "known for 12 months". */
export const EARLIEST_DAY = '1950-01-01';

/** The status a person should see now: an unanswered link past its expiry reads as expired. */
export function effectiveStatus(
  r: Pick<ReferenceRequest, 'status' | 'expiresAt'>,
  now: Date,
): ReferenceStatus {
  if ((r.status === 'REQUESTED' || r.status === 'OPENED') && r.expiresAt <= now) return 'EXPIRED';
  return r.status;
}

export const expiryFrom = (now: Date): Date =>
  new Date(now.getTime() + REFERENCE_POLICY.ttlDays * 86_400_000);
