/**
 * The yearly renewal of an endorsement (domain.md "Renewal"). Interpretations:
 * - Renewal year Y covers activity in calendar year Y and is due on the edition's due date in Y.
 * - "A new endorsee owes only membership until the following year-end": the renewal for the year the
 *   endorsement was granted asks only for membership.
 * - Training and RSC count when dated within year Y (and not after the evaluation date); an RSC
 *   entry must lie within the year. The signed code of ethics may be dated from 1 January of Y to the
 *   end of the grace period (or of an extension or reinstatement window, `acceptedUntil`), since a
 *   late renewal signs it then.
 * - "For those who provide RSC": the endorsee has a PROVIDING_RSC work entry overlapping year Y.
 * - IMHM-Clinical: after the endorsement has been held for `mentorClinicalYears` full years by
 *   1 January of Y, `mentorAfter` replaces the yearly RSC rule (older chart: no RSC; current: 10 h,
 *   peer consultation counting).
 * - The renewal fee and the licensing-board attestation are recorded by the API, not judged here.
 */
import { addMonths, dayOf, daysInMonth, fromDay, type IsoDate, spansMonths, toDay } from './dates';
import type { Edition, RenewalRequirementId, RenewalRsc } from './editions/edition';
import { atLeast, type Context, floor2, plural, prepare, result, round2 } from './evaluate/context';
import { evaluateMembership } from './evaluate/documents';
import { describeProviders, providerQualifies } from './evaluate/rsc';
import { trainingHoursBetween } from './evaluate/training';
import { type Target, targetKey } from './levels';
import type { Portfolio } from './portfolio';
import type { RequirementResult } from './result';

export interface HeldEndorsement {
  target: Target;
  endorsedOn: IsoDate;
}

export interface RenewalResult {
  editionId: string;
  target: Target;
  year: number;
  dueOn: IsoDate;
  met: boolean;
  requirements: RequirementResult<RenewalRequirementId>[];
}

export function renewalDueDay(edition: Edition, year: number): number {
  const { dueMonth, dueDay } = edition.status;
  return dayOf(year, dueMonth, Math.min(dueDay, daysInMonth(year, dueMonth)));
}

/** The RSC rule for a renewal year, or null when the endorsement needs none that year. */
export function renewalRscRule(
  edition: Edition,
  held: HeldEndorsement,
  year: number,
): (RenewalRsc & { peerCounts: boolean }) | null {
  const rules = edition.renewal;
  const base = rules.rsc[targetKey(held.target)];
  if (!base) return null;
  const clinicalMentor = held.target.level === 'IMHM' && held.target.track === 'CLINICAL';
  if (
    clinicalMentor &&
    addMonths(toDay(held.endorsedOn), 12 * rules.mentorClinicalYears) <= dayOf(year, 1, 1)
  )
    return rules.mentorAfter;
  return { ...base, peerCounts: false };
}

export function evaluateRenewalYear(
  portfolio: Portfolio,
  held: HeldEndorsement,
  year: number,
  options: {
    asOf: IsoDate;
    edition: Edition;
    /**
     * The last day this year's renewal is accepted, when it is not the due date plus the edition's
     * grace: an extension, or a reinstatement window after a lapse. The code of ethics counts when
     * signed up to then.
     */
    acceptedUntil?: IsoDate;
  },
): RenewalResult {
  const { edition } = options;
  const endorsedYear = Number(held.endorsedOn.slice(0, 4));
  if (year < endorsedYear)
    throw new RangeError(`Renewal year ${year} is before the endorsement (${held.endorsedOn})`);
  const asOf = toDay(options.asOf);
  const first = dayOf(year, 1, 1);
  const due = renewalDueDay(edition, year);
  const last = Math.min(dayOf(year, 12, 31), asOf);
  const ctx = prepare(portfolio, edition, fromDay(Math.min(asOf, due)));
  const requirements: RequirementResult<RenewalRequirementId>[] = [];
  const membership = evaluateMembership(ctx, {
    kind: 'membership',
    id: 'membership',
    label: 'Membership in an IMH association',
  });
  requirements.push({ ...membership, id: 'renewal_membership' });

  if (year > endorsedYear) {
    const rules = edition.renewal;
    const hours = (topic?: 'PROVIDING_RSC' | 'DEI') =>
      trainingHoursBetween(ctx.trainings, first, last, topic).hours;
    const training = (id: RenewalRequirementId, need: number, have: number, about: string) =>
      result(
        { id, label: `${need} hours of training${about} in ${year}` },
        atLeast(have, need) ? 'met' : 'not_met',
        [
          `You have ${floor2(have)} of ${need} hours of training${about} dated in ${year}; ${round2(need - have)} more needed.`,
        ],
        { have: floor2(have), need, unit: 'hours' },
      );
    requirements.push(training('renewal_training_hours', rules.trainingHours, hours(), ''));
    const providesRsc = portfolio.work.some(
      (w) =>
        w.kind === 'PROVIDING_RSC' &&
        toDay(w.startDate) <= last &&
        (w.endDate === undefined || toDay(w.endDate) >= first),
    );
    if (providesRsc && rules.rscTrainingHoursForProviders > 0) {
      requirements.push(
        training(
          'renewal_training_rsc',
          rules.rscTrainingHoursForProviders,
          hours('PROVIDING_RSC'),
          ' on reflective supervision/consultation',
        ),
      );
    }
    if (rules.deiTrainingHours > 0) {
      requirements.push(
        training(
          'renewal_training_dei',
          rules.deiTrainingHours,
          hours('DEI'),
          ' on diversity, equity and inclusion',
        ),
      );
    }
    const rsc = renewalRscRule(edition, held, year);
    if (rsc) requirements.push(renewalRsc(portfolio, rsc, ctx.highestDegree, first, last, year));
    const acceptedUntil = options.acceptedUntil
      ? toDay(options.acceptedUntil)
      : due + edition.status.graceDays;
    requirements.push(codeOfEthics(portfolio, first, Math.min(acceptedUntil, asOf), year));
  }
  return {
    editionId: edition.id,
    target: held.target,
    year,
    dueOn: fromDay(due),
    met: requirements.every((r) => r.status === 'met'),
    requirements,
  };
}

function renewalRsc(
  portfolio: Portfolio,
  rule: RenewalRsc & { peerCounts: boolean },
  applicantDegree: Context['highestDegree'],
  first: number,
  last: number,
  year: number,
): RequirementResult<RenewalRequirementId> {
  let hours = 0;
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  let excluded = 0;
  for (const entry of portfolio.rsc) {
    const s = toDay(entry.startDate);
    const e = toDay(entry.endDate);
    if (s < first || e > last || e < s) continue;
    const counts = entry.peer ? rule.peerCounts : providerQualifies(rule.providers, entry, applicantDegree);
    if (!counts) {
      excluded += entry.hours;
      continue;
    }
    hours += entry.hours;
    start = Math.min(start, s);
    end = Math.max(end, e);
  }
  const spread = rule.minSpreadMonths === 0 || (hours > 0 && spansMonths(start, end, rule.minSpreadMonths));
  const reasons = [
    `You have ${floor2(hours)} of ${rule.hours} hours of reflective supervision/consultation in ${year}.`,
  ];
  if (!spread)
    reasons.push(
      `The hours must be spread over at least ${plural(rule.minSpreadMonths, 'month')} of the year.`,
    );
  if (excluded > 0)
    reasons.push(
      `${round2(excluded)} hours do not count: the provider must be ${describeProviders(rule.providers)}.`,
    );
  return result<RenewalRequirementId>(
    {
      id: 'renewal_rsc_received',
      label: `${rule.hours} hours of reflective supervision/consultation in ${year}`,
    },
    atLeast(hours, rule.hours) && spread ? 'met' : 'not_met',
    reasons,
    { have: floor2(hours), need: rule.hours, unit: 'hours' },
  );
}

function codeOfEthics(
  portfolio: Portfolio,
  from: number,
  to: number,
  year: number,
): RequirementResult<RenewalRequirementId> {
  const signed = portfolio.agreements.some(
    (a) => a.document === 'CODE_OF_ETHICS' && toDay(a.signedOn) >= from && toDay(a.signedOn) <= to,
  );
  return result<RenewalRequirementId>(
    { id: 'renewal_code_of_ethics', label: `Code of ethics signed for ${year}` },
    signed ? 'met' : 'not_met',
    [`Sign the code of ethics for ${year}.`],
  );
}
