/** What every evaluator reads: the portfolio with its dates parsed once, and the facts derived from it. */
import { type DayNumber, type IsoDate, toDay } from '../dates';
import type { Edition } from '../editions/edition';
import {
  type AgreementEntry,
  DEGREE_ORDER,
  type DegreeLevel,
  type ExamEntry,
  type LeadershipEntry,
  type Portfolio,
  type ReferenceEntry,
  type RscEntry,
  type TrainingEntry,
  type WorkEntry,
} from '../portfolio';
import type { RequirementId } from '../requirements';
import type { Progress, RequirementResult, RequirementStatus } from '../result';

/**
 * What every evaluator reads: a portfolio with every date parsed once, for one edition and date. It has
 * no target because no requirement's result depends on the target, only on the spec, so one context
 * (and its memo) serves all the targets of a batch (`satisfiedLevels`).
 */
export interface Context {
  portfolio: Portfolio;
  edition: Edition;
  asOf: DayNumber;
  asOfIso: IsoDate;
  /** Highest degree completed on or before the evaluation date. */
  highestDegree: DegreeLevel;
  education: { rank: number; completed: DayNumber | undefined }[];
  work: { entry: WorkEntry; start: DayNumber; end: DayNumber | undefined }[];
  leadership: { entry: LeadershipEntry; start: DayNumber; end: DayNumber | undefined }[];
  trainings: { entry: TrainingEntry; day: DayNumber }[];
  rsc: { entry: RscEntry; start: DayNumber; end: DayNumber }[];
  /** Indices into `rsc` in (start, end) order, ties in portfolio order: the RSC window search's order, sorted once. */
  rscOrder: number[];
  references: { entry: ReferenceEntry; known: DayNumber; received: DayNumber | undefined }[];
  agreements: { entry: AgreementEntry; day: DayNumber }[];
  memberships: { start: DayNumber; end: DayNumber }[];
  exams: { entry: ExamEntry; day: DayNumber }[];
  /** See `memoize`: keys and values at the same index. */
  memoKeys: unknown[];
  memoValues: unknown[];
}

/**
 * Computes `make(ctx, key)` once per prepared portfolio and `key`: facts that depend only on the
 * portfolio, the date, the edition and the key (a piece of edition data such as a work filter, or a
 * string), shared by all the targets of a batch. A batch memoizes about ten facts, where a linear scan
 * of two arrays beats a Map (whose growth and hashing showed in profiles); `make` takes its inputs as
 * arguments so callers pass a plain function rather than allocating a closure per call.
 */
export function memoize<K, T>(ctx: Context, key: K, make: (ctx: Context, key: K) => T): T {
  const index = ctx.memoKeys.indexOf(key);
  if (index >= 0) return ctx.memoValues[index] as T;
  const value = make(ctx, key);
  ctx.memoKeys.push(key);
  ctx.memoValues.push(value);
  return value;
}

export function degreeRank(degree: DegreeLevel): number {
  return DEGREE_ORDER.indexOf(degree);
}

const optionalDay = (date: IsoDate | undefined) => (date === undefined ? undefined : toDay(date));

/**
 * Indices of `periods` by start, then end; equal periods keep their portfolio order. An insertion sort
 * (stable, like Array#sort, so the order is the same): portfolios log a few dozen periods at most, and
 * a comparator closure over an index array cost more than the sorting.
 */
function sortedOrder(periods: readonly { start: DayNumber; end: DayNumber }[]): number[] {
  const order: number[] = [];
  for (let i = 0; i < periods.length; i++) {
    const { start, end } = periods[i] as { start: DayNumber; end: DayNumber };
    let at = order.length;
    order.push(i);
    for (; at > 0; at--) {
      const before = periods[order[at - 1] as number] as { start: DayNumber; end: DayNumber };
      if (before.start < start || (before.start === start && before.end <= end)) break;
      order[at] = order[at - 1] as number;
    }
    order[at] = i;
  }
  return order;
}

/** Parses every date once; throws a RangeError on a date that does not exist (see `validatePortfolio`). */
export function prepare(portfolio: Portfolio, edition: Edition, asOfIso: IsoDate): Context {
  const asOf = toDay(asOfIso);
  const education = portfolio.education.map((e) => ({
    rank: degreeRank(e.degree),
    completed: optionalDay(e.completedOn),
  }));
  const rsc = portfolio.rsc.map((entry) => ({
    entry,
    start: toDay(entry.startDate),
    end: toDay(entry.endDate),
  }));
  let highest = 0;
  for (const e of education)
    if (e.completed !== undefined && e.completed <= asOf) highest = Math.max(highest, e.rank);
  return {
    portfolio,
    edition,
    asOf,
    asOfIso,
    highestDegree: DEGREE_ORDER[highest] as DegreeLevel,
    education,
    work: portfolio.work.map((entry) => ({
      entry,
      start: toDay(entry.startDate),
      end: optionalDay(entry.endDate),
    })),
    leadership: portfolio.leadership.map((entry) => ({
      entry,
      start: toDay(entry.startDate),
      end: optionalDay(entry.endDate),
    })),
    trainings: portfolio.trainings.map((entry) => ({ entry, day: toDay(entry.date) })),
    rsc,
    rscOrder: sortedOrder(rsc),
    references: portfolio.references.map((entry) => ({
      entry,
      known: toDay(entry.knownSince),
      received: optionalDay(entry.receivedOn),
    })),
    agreements: portfolio.agreements.map((entry) => ({ entry, day: toDay(entry.signedOn) })),
    memberships: portfolio.memberships.map((m) => ({ start: toDay(m.startDate), end: toDay(m.endDate) })),
    exams: portfolio.exams.map((entry) => ({ entry, day: toDay(entry.takenOn) })),
    memoKeys: [],
    memoValues: [],
  };
}

/**
 * Completion day of the first degree at `min` or higher, completed by the evaluation date: "post-Bachelor's"
 * work is work after the Bachelor's (or a higher degree earned directly) was completed.
 */
export function qualifyingDegreeDay(ctx: Context, min: DegreeLevel): DayNumber | undefined {
  let first: DayNumber | undefined;
  const rank = degreeRank(min);
  for (const { rank: r, completed } of ctx.education) {
    if (
      completed !== undefined &&
      r >= rank &&
      completed <= ctx.asOf &&
      (first === undefined || completed < first)
    )
      first = completed;
  }
  return first;
}

export const DEGREE_NAMES: Readonly<Record<DegreeLevel, string>> = {
  NONE: 'no degree',
  ASSOCIATE: 'an Associate degree',
  BACHELOR: "a Bachelor's degree",
  MASTER: "a Master's degree",
  POST_GRADUATE: 'a post-graduate degree',
};

/** Floating-point sums of hours such as 0.1 + 0.2 must still meet a minimum of 0.3. */
export function atLeast(have: number, need: number): boolean {
  return have + 1e-9 >= need;
}

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** For "have": rounded down, so 29.996 hours never shows as 30 while the minimum is unmet. */
export function floor2(value: number): number {
  return Math.floor(value * 100 + 1e-6) / 100;
}

/** `reasons` may be a function so the strings are only built when the requirement is not met (the hot path). */
export function result<Id extends string = RequirementId>(
  spec: { id: Id; label: string },
  status: RequirementStatus,
  reasons: string[] | (() => string[]),
  progress?: Progress,
): RequirementResult<Id> {
  const out: RequirementResult<Id> = {
    id: spec.id,
    label: spec.label,
    status,
    reasons: status === 'met' ? [] : typeof reasons === 'function' ? reasons() : reasons,
  };
  if (progress) out.progress = progress;
  return out;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
