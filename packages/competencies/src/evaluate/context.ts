/** What every evaluator reads: the portfolio with its dates parsed once, and the facts derived from it. */
import { type DayNumber, type IsoDate, toDay } from '../dates';
import type { Edition } from '../editions/edition';
import type { Target } from '../levels';
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

/** A portfolio with every date parsed once; shared by all the targets evaluated at one date. */
export interface Prepared {
  portfolio: Portfolio;
  asOf: DayNumber;
  asOfIso: IsoDate;
  /** Highest degree completed on or before the evaluation date. */
  highestDegree: DegreeLevel;
  education: { rank: number; completed: DayNumber | undefined }[];
  work: { entry: WorkEntry; start: DayNumber; end: DayNumber | undefined }[];
  leadership: { entry: LeadershipEntry; start: DayNumber; end: DayNumber | undefined }[];
  trainings: { entry: TrainingEntry; day: DayNumber }[];
  rsc: { entry: RscEntry; start: DayNumber; end: DayNumber }[];
  references: { entry: ReferenceEntry; known: DayNumber; received: DayNumber | undefined }[];
  agreements: { entry: AgreementEntry; day: DayNumber }[];
  memberships: { start: DayNumber; end: DayNumber }[];
  exams: { entry: ExamEntry; day: DayNumber }[];
  /** Facts that depend only on the portfolio, the date and one piece of edition data, computed once per batch. */
  memo: Map<object, unknown>;
}

export interface Context extends Prepared {
  edition: Edition;
  target: Target;
}

/** Computes `make()` once per prepared portfolio and `key` (an edition data object). */
export function memoize<T>(ctx: Context, key: object, make: () => T): T {
  if (ctx.memo.has(key)) return ctx.memo.get(key) as T;
  const value = make();
  ctx.memo.set(key, value);
  return value;
}

export function degreeRank(degree: DegreeLevel): number {
  return DEGREE_ORDER.indexOf(degree);
}

const optionalDay = (date: IsoDate | undefined) => (date === undefined ? undefined : toDay(date));

/** Parses every date once; throws a RangeError on a date that does not exist (see `validatePortfolio`). */
export function prepare(portfolio: Portfolio, asOfIso: IsoDate): Prepared {
  const asOf = toDay(asOfIso);
  const education = portfolio.education.map((e) => ({
    rank: degreeRank(e.degree),
    completed: optionalDay(e.completedOn),
  }));
  let highest = 0;
  for (const e of education)
    if (e.completed !== undefined && e.completed <= asOf) highest = Math.max(highest, e.rank);
  return {
    portfolio,
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
    rsc: portfolio.rsc.map((entry) => ({ entry, start: toDay(entry.startDate), end: toDay(entry.endDate) })),
    references: portfolio.references.map((entry) => ({
      entry,
      known: toDay(entry.knownSince),
      received: optionalDay(entry.receivedOn),
    })),
    agreements: portfolio.agreements.map((entry) => ({ entry, day: toDay(entry.signedOn) })),
    memberships: portfolio.memberships.map((m) => ({ start: toDay(m.startDate), end: toDay(m.endDate) })),
    exams: portfolio.exams.map((entry) => ({ entry, day: toDay(entry.takenOn) })),
    memo: new Map(),
  };
}

export function createContext(
  portfolio: Portfolio | Prepared,
  target: Target,
  edition: Edition,
  asOfIso: IsoDate,
): Context {
  const p = 'asOf' in portfolio ? portfolio : prepare(portfolio, asOfIso);
  // An explicit literal, not a spread: V8 gives it a fast fixed shape (a spread made evaluation ~10× slower).
  return {
    portfolio: p.portfolio,
    asOf: p.asOf,
    asOfIso: p.asOfIso,
    highestDegree: p.highestDegree,
    education: p.education,
    work: p.work,
    leadership: p.leadership,
    trainings: p.trainings,
    rsc: p.rsc,
    references: p.references,
    agreements: p.agreements,
    memberships: p.memberships,
    exams: p.exams,
    memo: p.memo,
    edition,
    target,
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
