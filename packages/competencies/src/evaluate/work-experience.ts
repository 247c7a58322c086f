/**
 * Work experience in full-time-equivalent (FTE) years.
 *
 * Interpretations (domain.md is silent on the arithmetic, so we chose what a coordinator expects):
 * - Part-time work counts pro rata: hours per week / the edition's full-time week (40 h, the usual US
 *   full-time week; the associations count experience as full-time-equivalent years).
 * - Overlapping jobs are merged day by day: on each day the weekly hours of all qualifying jobs are
 *   added and capped at one full-time week. Two full-time jobs at once are one year per year, two
 *   half-time jobs at once are one full-time year.
 * - A year is 365 FTE days, so two calendar years of full-time work (e.g. 2021-01-01 to 2022-12-31)
 *   always meet "2 years", leap day or not. Periods are inclusive; an ongoing job counts to the
 *   evaluation date; nothing after the evaluation date counts.
 * - Providing RSC (`calendarTime`) counts calendar time, not FTE: see `WorkFilter.calendarTime`.
 * - "Post-degree" work counts from the day after the qualifying degree's completion date.
 */
import type { DayNumber } from '../dates';
import type { LeadershipScope, WorkEntry } from '../portfolio';
import type {
  DegreeOrWorkSpec,
  FamiliesServedSpec,
  LeadershipSpec,
  WorkFilter,
  WorkSpec,
} from '../requirements';
import type { RequirementResult } from '../result';
import {
  atLeast,
  type Context,
  DEGREE_NAMES,
  degreeRank,
  memoize,
  plural,
  qualifyingDegreeDay,
  result,
} from './context';

export const DAYS_PER_YEAR = 365;

interface Period {
  start: DayNumber;
  end: DayNumber;
  rate: number;
}

/** Sum over days of min(sum of rates that day, cap) / cap: the merged, capped length of the periods. */
export function mergedDays(periods: readonly Period[], cap: number): number {
  // Events in parallel arrays, insertion-sorted by day then delta as they are added: there are a handful,
  // and sorting [day, delta] pairs with a comparator cost more than the sweep itself.
  const days: DayNumber[] = [];
  const deltas: number[] = [];
  for (const p of periods) {
    // NaN compares as "equal" to everything, which Array#sort and insertion order can resolve differently;
    // such an invalid rate keeps the exact old order.
    if (Number.isNaN(p.rate)) return mergedDaysBySort(periods, cap);
    insertEvent(days, deltas, p.start, p.rate);
    insertEvent(days, deltas, p.end + 1, -p.rate);
  }
  let total = 0;
  let rate = 0;
  let previous = 0;
  for (let i = 0; i < days.length; i++) {
    const day = days[i] as DayNumber;
    if (rate > 0) total += (day - previous) * Math.min(rate, cap);
    rate += deltas[i] as number;
    previous = day;
  }
  return total / cap;
}

/** Ties sorted by delta too, so the float sum is the same whatever order the entries came in. */
function insertEvent(days: DayNumber[], deltas: number[], day: DayNumber, delta: number): void {
  let i = days.length;
  days.push(day);
  deltas.push(delta);
  for (; i > 0; i--) {
    const before = days[i - 1] as DayNumber;
    if (before < day || (before === day && (deltas[i - 1] as number) <= delta)) break;
    days[i] = before;
    deltas[i] = deltas[i - 1] as number;
  }
  days[i] = day;
  deltas[i] = delta;
}

/** The original sweep, for periods with a NaN rate (invalid input that validatePortfolio reports). */
function mergedDaysBySort(periods: readonly Period[], cap: number): number {
  const events: [DayNumber, number][] = [];
  for (const p of periods) events.push([p.start, p.rate], [p.end + 1, -p.rate]);
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let total = 0;
  let rate = 0;
  let previous = 0;
  for (const [day, delta] of events) {
    if (rate > 0) total += (day - previous) * Math.min(rate, cap);
    rate += delta;
    previous = day;
  }
  return total / cap;
}

interface WorkCount {
  fteDays: number;
  /** Entries that passed the filter (some of their days may still fall outside the counted range). */
  entries: WorkEntry[];
  /** What the filter left out; turned into sentences by `workReasons` only when a requirement is unmet. */
  degreeName: string | undefined;
  noDegree: boolean;
  unpaid: number;
  unsupervised: number;
  beforeDegree: number;
}

function kindMatches(filter: WorkFilter, entry: WorkEntry): boolean {
  return filter.kinds === 'ANY' || filter.kinds.includes(entry.kind);
}

/**
 * Counts the FTE days of the work the filter accepts, and what it left out. Memoized per filter object:
 * levels share filters (IFS families and IFRS work both read PREVENTION_WORK), and the count depends
 * only on the portfolio, the date and the edition's full-time week.
 */
export function countWork(ctx: Context, filter: WorkFilter): WorkCount {
  return memoize(ctx, filter, countWorkOnce);
}

function countWorkOnce(ctx: Context, filter: WorkFilter): WorkCount {
  const count: WorkCount = {
    fteDays: 0,
    entries: [],
    degreeName: undefined,
    noDegree: false,
    unpaid: 0,
    unsupervised: 0,
    beforeDegree: 0,
  };
  let floor = Number.NEGATIVE_INFINITY;
  if (filter.afterDegree) {
    count.degreeName = DEGREE_NAMES[filter.afterDegree];
    const degreeDay = qualifyingDegreeDay(ctx, filter.afterDegree);
    if (degreeDay === undefined) {
      count.noDegree = true;
      return count;
    }
    floor = degreeDay + 1;
  }
  const fullTime = ctx.edition.fullTimeHoursPerWeek;
  const periods: Period[] = [];
  for (const { entry, start, end: endDay } of ctx.work) {
    if (
      !kindMatches(filter, entry) ||
      (filter.mustServeInfantsAndFamilies && !entry.servesInfantsAndFamilies)
    )
      continue;
    if (filter.paidOnly && !entry.paid) {
      count.unpaid++;
      continue;
    }
    if (filter.supervisedOnly && !entry.supervised) {
      count.unsupervised++;
      continue;
    }
    const end = Math.min(endDay ?? ctx.asOf, ctx.asOf);
    if (end < floor) count.beforeDegree++;
    const from = Math.max(start, floor);
    if (end < from || entry.hoursPerWeek <= 0) continue;
    count.entries.push(entry);
    periods.push({ start: from, end, rate: filter.calendarTime ? fullTime : entry.hoursPerWeek });
  }
  count.fteDays = mergedDays(periods, fullTime);
  return count;
}

function workReasons(count: WorkCount): string[] {
  if (count.noDegree)
    return [`Only work after ${count.degreeName} (or higher) counts, and none is recorded as completed.`];
  const out: string[] = [];
  if (count.unpaid > 0)
    out.push(
      `${plural(count.unpaid, 'unpaid entry', 'unpaid entries')} of this kind of work do not count: paid work is required.`,
    );
  if (count.unsupervised > 0)
    out.push(
      `${plural(count.unsupervised, 'entry', 'entries')} without supervision do not count: supervised work is required.`,
    );
  if (count.beforeDegree > 0)
    out.push(
      `${plural(count.beforeDegree, 'entry', 'entries')} ended before ${count.degreeName} was completed and do not count.`,
    );
  return out;
}

export function yearsProgress(fteDays: number, years: number) {
  return { have: Math.floor((fteDays / DAYS_PER_YEAR) * 100) / 100, need: years, unit: 'years' as const };
}

function shortfall(fteDays: number, years: number): string {
  const missing = Math.ceil(years * DAYS_PER_YEAR - fteDays);
  return `You have ${yearsProgress(fteDays, years).have} of ${years} full-time-equivalent years; ${plural(missing, 'more full-time day')} needed.`;
}

export function evaluateWork(ctx: Context, spec: WorkSpec): RequirementResult {
  const count = countWork(ctx, spec.filter);
  if (spec.years === 0) {
    return result(spec, count.fteDays > 0 ? 'met' : 'not_met', () => [
      'Record your work with infants/toddlers and families.',
      ...workReasons(count),
    ]);
  }
  const met = atLeast(count.fteDays, spec.years * DAYS_PER_YEAR);
  return result(
    spec,
    met ? 'met' : 'not_met',
    () => [shortfall(count.fteDays, spec.years), ...workReasons(count)],
    yearsProgress(count.fteDays, spec.years),
  );
}

export function evaluateDegreeOrWork(ctx: Context, spec: DegreeOrWorkSpec): RequirementResult {
  const count = countWork(ctx, spec.filter);
  const progress = yearsProgress(count.fteDays, spec.years);
  if (degreeRank(ctx.highestDegree) >= degreeRank(spec.minDegree)) return result(spec, 'met', [], progress);
  const met = atLeast(count.fteDays, spec.years * DAYS_PER_YEAR);
  return result(
    spec,
    met ? 'met' : 'not_met',
    () => [
      `No completed academic degree is recorded. ${shortfall(count.fteDays, spec.years)}`,
      ...workReasons(count),
    ],
    progress,
  );
}

export function evaluateFamiliesServed(ctx: Context, spec: FamiliesServedSpec): RequirementResult {
  // Families are summed over the qualifying roles; a family served in two roles is the applicant's to list once.
  let families = 0;
  for (const entry of countWork(ctx, spec.filter).entries) families += entry.familiesServed ?? 0;
  return result(
    spec,
    families >= spec.minFamilies ? 'met' : 'not_met',
    () => [
      `You list ${plural(families, 'family', 'families')} served in qualifying roles; ${spec.minFamilies} are required.`,
    ],
    { have: families, need: spec.minFamilies, unit: 'families' },
  );
}

const SCOPE_RANK: Readonly<Record<LeadershipScope, number>> = {
  LOCAL: 0,
  REGIONAL: 1,
  STATE: 2,
  NATIONAL: 3,
};

/** Leadership activities are not jobs with weekly hours: their calendar days are merged, not prorated. */
export function evaluateLeadership(ctx: Context, spec: LeadershipSpec): RequirementResult {
  const periods: Period[] = [];
  for (const { entry, start, end: endDay } of ctx.leadership) {
    if (SCOPE_RANK[entry.scope] < SCOPE_RANK[spec.minScope]) continue;
    const end = Math.min(endDay ?? ctx.asOf, ctx.asOf);
    if (end >= start) periods.push({ start, end, rate: 1 });
  }
  const scope = spec.minScope === 'LOCAL' ? '' : ` at ${spec.minScope.toLowerCase()} level or above`;
  if (spec.years === 0) {
    return result(spec, periods.length > 0 ? 'met' : 'not_met', () => [
      `Record a leadership activity${scope}.`,
    ]);
  }
  const days = mergedDays(periods, 1);
  const progress = yearsProgress(days, spec.years);
  return result(
    spec,
    atLeast(days, spec.years * DAYS_PER_YEAR) ? 'met' : 'not_met',
    () => [`You have ${progress.have} of ${spec.years} years of leadership activities${scope}.`],
    progress,
  );
}
