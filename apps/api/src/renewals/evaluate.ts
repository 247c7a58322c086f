import { evaluateRenewalYear, type Portfolio, type RenewalResult } from '@imh/competencies';
import type { Prisma, Renewal } from '@imh/db';
import { toIsoDay } from '../calendar-day.ts';
import { portfolioInclude, toRulesPortfolio } from '../portfolio/rules-portfolio.ts';
import { renewalWindow } from './endorsee.ts';
import { heldOf, type LoadedEndorsement, type Policy, todayFor } from './endorsement.ts';
import { localDay } from './settings.ts';

type Db = Pick<Prisma.TransactionClient, 'applicantProfile'>;

/**
 * The code of ethics signed on a renewal is the yearly signature the renewal rules look for, dated
 * by the association's calendar, as "today" is: signed at 20:00 in Michigan is that day, not the
 * next day in UTC.
 */
function withRenewalSignature(
  portfolio: Portfolio,
  renewal: Renewal | undefined,
  timeZone: string,
): Portfolio {
  if (!renewal?.codeOfEthicsAcceptedAt || !renewal.codeOfEthicsVersion) return portfolio;
  return {
    ...portfolio,
    agreements: [
      ...portfolio.agreements,
      {
        document: 'CODE_OF_ETHICS',
        version: renewal.codeOfEthicsVersion,
        signedOn: localDay(renewal.codeOfEthicsAcceptedAt, timeZone),
      },
    ],
  };
}

/**
 * Judges one renewal year of an endorsement by @imh/competencies, today. A reinstatement is a late
 * renewal of the year that lapsed, so its signature may date from the reinstatement window too.
 */
export async function evaluateRenewal(
  db: Db,
  e: LoadedEndorsement,
  year: number,
  now: Date,
  policy: Policy,
  opts: { reinstatement?: boolean } = {},
): Promise<RenewalResult> {
  const profile = await db.applicantProfile.findUniqueOrThrow({
    where: { id: e.profile.id },
    include: portfolioInclude,
  });
  const renewal = e.renewals.find((r) => r.year === year);
  const window = renewalWindow(e, now, policy);
  // The signature counts until the last day this year's renewal is accepted: grace or an extension,
  // or for a reinstatement the end of the association's window.
  const acceptedUntil =
    opts.reinstatement && window.reinstateUntil
      ? toIsoDay(window.reinstateUntil)
      : window.standing.graceEndsOn;
  const signed = withRenewalSignature(toRulesPortfolio(profile), renewal, policy.settings.timeZone);
  return evaluateRenewalYear(signed, heldOf(e), year, {
    asOf: todayFor(policy, now),
    edition: policy.edition,
    acceptedUntil,
  });
}
