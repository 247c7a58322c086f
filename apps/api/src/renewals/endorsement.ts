import {
  type Edition,
  type EndorsementHistory,
  type RenewalStanding,
  renewalStanding,
} from '@imh/competencies';
import type { Prisma } from '@imh/db';
import { editionById, targetOf } from '../applications/judge.ts';
import { fromIsoDay, toIsoDay } from '../calendar-day.ts';
import type { Context } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import { localDay, type RenewalSettings, renewalSettings, withGrace } from './settings.ts';

type Tx = Prisma.TransactionClient;

/** What every renewal rule reads about an endorsement: its renewals and its association's policy. */
export const endorsementInclude = {
  renewals: true,
  profile: {
    select: {
      id: true,
      userId: true,
      associationId: true,
      association: { select: { id: true, code: true, ruleEdition: true, settings: true } },
      user: { select: { id: true, name: true, email: true } },
    },
  },
} satisfies Prisma.EndorsementInclude;

export type LoadedEndorsement = Prisma.EndorsementGetPayload<{ include: typeof endorsementInclude }>;

export type Policy = { edition: Edition; settings: RenewalSettings };

/**
 * Renewals are judged by the association's edition of today, not the one the endorsement was granted
 * under: the yearly requirements are the association's current ones for every endorsee.
 */
export function policyOf(e: Pick<LoadedEndorsement, 'profile'>): Policy {
  const base = editionById(e.profile.association.ruleEdition);
  const settings = renewalSettings(e.profile.association.settings, base);
  return { edition: withGrace(base, settings), settings };
}

/**
 * The endorsement's history in the rules package's terms; a renewal counts from its submission, on
 * the association's calendar day (stored dates are days already; a submission is an instant).
 */
export function historyOf(
  e: Pick<LoadedEndorsement, 'startsOn' | 'reinstatedOn' | 'renewals'>,
  timeZone: string,
): EndorsementHistory {
  return {
    endorsedOn: toIsoDay(e.startsOn),
    renewals: e.renewals
      .filter((r) => r.kind === 'RENEWAL' && r.status === 'APPROVED' && r.submittedAt)
      .map((r) => ({ year: r.year, completedOn: localDay(r.submittedAt as Date, timeZone) })),
    reinstatedOn: e.reinstatedOn ? [toIsoDay(e.reinstatedOn)] : [],
    extensions: e.renewals
      .filter((r) => r.extendedUntil)
      .map((r) => ({ year: r.year, until: toIsoDay(r.extendedUntil as Date) })),
  };
}

/** The day the current cycle began: the grant, or the latest reinstatement. */
export const cycleStart = (e: Pick<LoadedEndorsement, 'startsOn' | 'reinstatedOn'>): Date =>
  e.reinstatedOn && e.reinstatedOn > e.startsOn ? e.reinstatedOn : e.startsOn;

/** The association's calendar day at `now`. */
export const todayFor = (policy: Policy, now: Date): string => localDay(now, policy.settings.timeZone);

/** Where the endorsement stands today by the rules package (a stored lapse or inactivity wins). */
export function standingOf(e: LoadedEndorsement, now: Date, policy = policyOf(e)): RenewalStanding {
  const today = todayFor(policy, now);
  // Judged no earlier than the cycle's start (a reinstatement recorded later the same day).
  const start = toIsoDay(cycleStart(e));
  // biome-ignore lint/complexity/useMathMinMax: ISO dates compare as strings; Math.max would make numbers of them
  const judgedOn = today < start ? start : today;
  return renewalStanding(historyOf(e, policy.settings.timeZone), judgedOn, policy.edition);
}

export const heldOf = (e: LoadedEndorsement) => ({
  target: targetOf(e),
  endorsedOn: toIsoDay(cycleStart(e)),
});

/** Keeps expiresOn and graceEndsOn equal to what renewalStanding says, after any change to the history. */
export async function syncDates(tx: Tx, endorsementId: string, now: Date): Promise<LoadedEndorsement> {
  const e = await tx.endorsement.findUniqueOrThrow({
    where: { id: endorsementId },
    include: endorsementInclude,
  });
  const standing = standingOf(e, now);
  return tx.endorsement.update({
    where: { id: endorsementId },
    data: { expiresOn: fromIsoDay(standing.dueOn), graceEndsOn: fromIsoDay(standing.graceEndsOn) },
    include: endorsementInclude,
  });
}

/** Locks an endorsement the where-clause lets the caller reach; anything else is "not found". */
export async function lockEndorsement(
  tx: Tx,
  id: string,
  access: Prisma.EndorsementWhereInput,
): Promise<LoadedEndorsement> {
  const reachable = await tx.endorsement.findFirst({ where: { id, ...access }, select: { id: true } });
  if (!reachable) throw new NotFoundError('No such endorsement.');
  await tx.$queryRaw`SELECT id FROM "Endorsement" WHERE id = ${id} FOR UPDATE`;
  return tx.endorsement.findUniqueOrThrow({ where: { id }, include: endorsementInclude });
}

/** The signed-in person's own endorsements. */
export const ownEndorsements = (ctx: Context): Prisma.EndorsementWhereInput => ({
  profile: { userId: ctx.viewer?.userId ?? '' },
});

/** Endorsements a coordinator manages: their associations', never their own. */
export const coordinatedEndorsements = (ctx: Context): Prisma.EndorsementWhereInput => ({
  profile: {
    associationId: {
      in: ctx.viewer?.roles.filter((r) => r.role === 'COORDINATOR').map((r) => r.associationId) ?? [],
    },
    userId: { not: ctx.viewer?.userId ?? '' },
  },
});
