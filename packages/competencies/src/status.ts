/**
 * An endorsement's standing at a date, from its history (domain.md "Renewal", "Late, inactive,
 * reinstated"). Interpretations:
 * - The first renewal owed in full is for the calendar year after the endorsement (the endorsement
 *   year asks only for membership, which the association checks on its own).
 * - A renewal completed by the end of the grace period keeps the endorsement; one completed later
 *   does not (a lapsed endorsee is reinstated with new references, recorded as `reinstatedOn`,
 *   which restarts the cycle like a new endorsement).
 * - Status for the first renewal year not completed: before `noticeDays` ahead of its due date
 *   "active", then "renewal_due" through the due date, "grace" through `graceDays` after it, then
 *   "lapsed". An extension moves the end of grace for its year. Inactive status (leave, sanction) is a registry flag kept by the API, not derived here.
 */
import { fromDay, type IsoDate, toDay, yearOf } from './dates';
import type { Edition } from './editions/edition';
import { DEFAULT_EDITION } from './editions/index';
import { renewalDueDay } from './renewal';

export type EndorsementStatus = 'active' | 'renewal_due' | 'grace' | 'lapsed';

export interface EndorsementHistory {
  endorsedOn: IsoDate;
  /** Renewals completed, by the year they cover. */
  renewals: readonly { year: number; completedOn: IsoDate }[];
  /** Reinstatements after a lapse; the latest one restarts the cycle. */
  reinstatedOn?: readonly IsoDate[];
  /**
   * Extensions a coordinator granted (illness, leave): the year's renewal is accepted, and the
   * endorsement stays in grace, until `until` when that is later than the usual end of grace.
   */
  extensions?: readonly { year: number; until: IsoDate }[];
}

export interface RenewalStanding {
  status: EndorsementStatus;
  /** The first renewal year not yet completed in time. */
  year: number;
  dueOn: IsoDate;
  graceEndsOn: IsoDate;
}

export function renewalStanding(
  history: EndorsementHistory,
  asOfIso: IsoDate,
  edition: Edition = DEFAULT_EDITION,
): RenewalStanding {
  const asOf = toDay(asOfIso);
  let start = toDay(history.endorsedOn);
  for (const day of history.reinstatedOn ?? []) {
    const reinstated = toDay(day);
    if (reinstated <= asOf) start = Math.max(start, reinstated);
  }
  if (asOf < start)
    throw new RangeError(`${asOfIso} is before the endorsement began (${history.endorsedOn})`);
  const { noticeDays, graceDays } = edition.status;
  for (let year = yearOf(start) + 1; ; year++) {
    const due = renewalDueDay(edition, year);
    const graceEnd = (history.extensions ?? [])
      .filter((e) => e.year === year)
      .reduce((end, e) => Math.max(end, toDay(e.until)), due + graceDays);
    const done = history.renewals.some((r) => {
      const completed = toDay(r.completedOn);
      return r.year === year && completed <= graceEnd && completed <= asOf && completed >= start;
    });
    if (done) continue;
    const status: EndorsementStatus =
      asOf < due - noticeDays
        ? 'active'
        : asOf <= due
          ? 'renewal_due'
          : asOf <= graceEnd
            ? 'grace'
            : 'lapsed';
    return { status, year, dueOn: fromDay(due), graceEndsOn: fromDay(graceEnd) };
  }
}

export function endorsementStatus(
  history: EndorsementHistory,
  asOf: IsoDate,
  edition: Edition = DEFAULT_EDITION,
): EndorsementStatus {
  return renewalStanding(history, asOf, edition).status;
}
