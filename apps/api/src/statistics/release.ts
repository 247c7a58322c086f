import { LEVEL_CODES, MENTOR_TRACKS } from '@imh/competencies';
import { type MonthRange, monthsIn, quartersIn, yearsIn } from './periods.ts';
import type {
  DaysToDecision,
  HoursByQuarter,
  LevelTrackCount,
  PeriodLevelCount,
  RenewalOutcomeCount,
  StatusLevelCount,
} from './queries.ts';
import { type CellId, type Released, releaseCounts, type Sum } from './suppression.ts';

/**
 * Turns the grouped counts into the released statistics. Each table is built whole at its fixed grain,
 * suppressed whole (suppression.ts), and only then filtered: the filters pick cells, never sum them.
 */

const ALL = '*';
const HIDDEN: Released = { value: null, suppressed: true };
const shown = (value: number): Released => ({ value, suppressed: false });

export type RawStatistics = {
  active: LevelTrackCount[];
  applications: StatusLevelCount[];
  submissions: PeriodLevelCount[];
  decisions: PeriodLevelCount[];
  days: DaysToDecision[];
  renewals: RenewalOutcomeCount[];
  expiring: LevelTrackCount[];
  hours: HoursByQuarter[];
};

export type ReleaseFilter = { range: MonthRange; level: string | null };

/**
 * Applications in progress. Decided ones (endorsed, denied) are counted once, in the monthly
 * decisions: a level's endorsed and denied totals would equal the sum of its months of decisions,
 * so a suppressed month could be worked out as the total minus the released months.
 */
export const OPEN_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'IN_REVIEW',
  'CHANGES_REQUESTED',
  'RESUBMITTED',
  'EXAM_PENDING',
] as const;
const APPLICATION_STATUSES = OPEN_STATUSES;
const OUTCOMES = ['on_time', 'late', 'lapsed'] as const;

/** A table of counts under construction: cells keyed by parts joined with '|', and its sums. */
class CountTable {
  readonly counts = new Map<CellId, number>();
  readonly sums: Sum[] = [];
  add(key: readonly (string | number)[], n: number) {
    const id = key.join('|');
    this.counts.set(id, (this.counts.get(id) ?? 0) + n);
  }
  ensure(key: readonly (string | number)[]) {
    this.add(key, 0);
  }
  sum(total: readonly (string | number)[], parts: readonly (readonly (string | number)[])[]) {
    this.sums.push({ total: total.join('|'), parts: parts.map((p) => p.join('|')) });
  }
  release(threshold: number) {
    const released = releaseCounts(this.counts, this.sums, threshold);
    return (key: readonly (string | number)[]) => released.get(key.join('|')) ?? shown(0);
  }
}

export type LevelRow = { level: string | null; track: string | null; count: Released };

/** Active endorsements per level, per Mentor track, and in all. */
function levelTable(
  rows: LevelTrackCount[],
  threshold: number,
  level: string | null,
  withTracks: boolean,
): LevelRow[] {
  const t = new CountTable();
  for (const r of rows) {
    // A Mentor endorsement without a track is read as Clinical, as the rules read one (judge.ts).
    if (withTracks && r.level === 'IMHM') t.add(['IMHM', r.track ?? 'CLINICAL'], r.n);
    t.add([r.level, ALL], r.n);
    t.add([ALL, ALL], r.n);
  }
  for (const l of LEVEL_CODES) t.ensure([l, ALL]);
  t.ensure([ALL, ALL]);
  if (withTracks) {
    for (const track of MENTOR_TRACKS) t.ensure(['IMHM', track]);
    t.sum(
      ['IMHM', ALL],
      MENTOR_TRACKS.map((track) => ['IMHM', track]),
    );
  }
  t.sum(
    [ALL, ALL],
    LEVEL_CODES.map((l) => [l, ALL]),
  );
  const cell = t.release(threshold);
  const out: LevelRow[] = [];
  for (const l of LEVEL_CODES) {
    if (level && l !== level) continue;
    out.push({ level: l, track: null, count: cell([l, ALL]) });
    if (withTracks && l === 'IMHM')
      for (const track of MENTOR_TRACKS) out.push({ level: l, track, count: cell(['IMHM', track]) });
  }
  if (!level) out.push({ level: null, track: null, count: cell([ALL, ALL]) });
  return out;
}

/** Applications by status with totals per status, per level and overall (a two-way table). */
function statusTable(rows: StatusLevelCount[], threshold: number, level: string | null) {
  const t = new CountTable();
  for (const r of rows.filter((row) => (OPEN_STATUSES as readonly string[]).includes(row.status))) {
    for (const [s, l] of [
      [r.status, r.level],
      [r.status, ALL],
      [ALL, r.level],
      [ALL, ALL],
    ] as const)
      t.add([s, l], r.n);
  }
  for (const s of [...APPLICATION_STATUSES, ALL]) for (const l of [...LEVEL_CODES, ALL]) t.ensure([s, l]);
  for (const s of [...APPLICATION_STATUSES, ALL])
    t.sum(
      [s, ALL],
      LEVEL_CODES.map((l) => [s, l]),
    );
  for (const l of [...LEVEL_CODES, ALL])
    t.sum(
      [ALL, l],
      APPLICATION_STATUSES.map((s) => [s, l]),
    );
  const cell = t.release(threshold);
  const column = level ?? ALL;
  return {
    rows: APPLICATION_STATUSES.map((status) => ({ status, count: cell([status, column]) })),
    total: cell([ALL, column]),
  };
}

/** A per-period count by level with each period's all-levels total. */
function periodTable(rows: PeriodLevelCount[], periods: string[], threshold: number) {
  const t = new CountTable();
  for (const r of rows) {
    t.add([r.period, r.level], r.n);
    t.add([r.period, ALL], r.n);
  }
  for (const p of new Set([...periods, ...rows.map((r) => r.period)])) {
    for (const l of LEVEL_CODES) t.ensure([p, l]);
    t.sum(
      [p, ALL],
      LEVEL_CODES.map((l) => [p, l]),
    );
  }
  return t.release(threshold);
}

/** Renewal outcomes per year and level, with totals per level and across levels. */
function renewalTable(rows: RenewalOutcomeCount[], years: number[], threshold: number) {
  const t = new CountTable();
  for (const r of rows) {
    for (const l of [r.level, ALL]) {
      t.add([r.year, l, r.outcome], r.n);
      t.add([r.year, l, ALL], r.n);
    }
  }
  for (const y of new Set([...years, ...rows.map((r) => r.year)])) {
    for (const l of [...LEVEL_CODES, ALL]) {
      for (const o of [...OUTCOMES, ALL]) t.ensure([y, l, o]);
      t.sum(
        [y, l, ALL],
        OUTCOMES.map((o) => [y, l, o]),
      );
    }
    for (const o of [...OUTCOMES, ALL])
      t.sum(
        [y, ALL, o],
        LEVEL_CODES.map((l) => [y, l, o]),
      );
  }
  return t.release(threshold);
}

/** A share of a total, released only when both counts are: otherwise it would give the count away. */
const rate = (part: Released, total: Released): Released =>
  part.suppressed || total.suppressed || !total.value
    ? part.suppressed || total.suppressed
      ? HIDDEN
      : { value: null, suppressed: false }
    : shown(Math.round(((part.value ?? 0) / total.value) * 1000) / 1000);

export function releaseStatistics(raw: RawStatistics, threshold: number, filter: ReleaseFilter) {
  const { range, level } = filter;
  const months = monthsIn(range);
  const quarters = quartersIn(range);
  const years = yearsIn(range);
  const column = level ?? ALL;

  // Each month's (and each year's) cells are suppressed with their own totals only, never with another
  // period's, so the periods outside the range can be left out without changing a released cell:
  // the work follows the range, not the length of the register's history.
  const inMonths = new Set(months);
  const inYears = new Set(years);
  const submissions = periodTable(
    raw.submissions.filter((r) => inMonths.has(r.period)),
    months,
    threshold,
  );
  const decisions = periodTable(
    raw.decisions.filter((r) => inMonths.has(r.period)),
    months,
    threshold,
  );
  const renewals = renewalTable(
    raw.renewals.filter((r) => inYears.has(r.year)),
    years,
    threshold,
  );
  const days = new Map(raw.days.map((d) => [`${d.period}|${d.level ?? ALL}`, d]));
  const hours = new Map(raw.hours.map((h) => [`${h.period}|${h.kind}`, h]));
  const releasedHours = (period: string, kind: 'training' | 'rsc'): Released => {
    const h = hours.get(`${period}|${kind}`);
    if (!h) return shown(0);
    // A sum of hours is about the people who logged them: released only when enough people did.
    return h.people < threshold ? HIDDEN : shown(Math.round(h.hours * 10) / 10);
  };

  return {
    activeEndorsements: levelTable(raw.active, threshold, level, true),
    applicationsByStatus: statusTable(raw.applications, threshold, level),
    monthly: months.map((month) => ({
      month,
      submissions: submissions([month, column]),
      decisions: decisions([month, column]),
    })),
    daysToDecision: quarters.map((quarter) => {
      const d = days.get(`${quarter}|${column}`);
      const enough = d !== undefined && d.n >= threshold;
      const none = d === undefined;
      const value = (v: number | undefined): Released =>
        none ? { value: null, suppressed: false } : enough ? shown(Math.round((v ?? 0) * 10) / 10) : HIDDEN;
      return { quarter, median: value(d?.median), p90: value(d?.p90) };
    }),
    renewals: years.map((year) => {
      const cell = (o: string) => renewals([year, column, o]);
      const total = cell(ALL);
      return {
        year,
        onTime: cell('on_time'),
        late: cell('late'),
        lapsed: cell('lapsed'),
        total,
        onTimeRate: rate(cell('on_time'), total),
        lateRate: rate(cell('late'), total),
        lapsedRate: rate(cell('lapsed'), total),
      };
    }),
    expiringSoon: levelTable(raw.expiring, threshold, level, false),
    hours: quarters.map((quarter) => ({
      quarter,
      training: releasedHours(quarter, 'training'),
      rsc: releasedHours(quarter, 'rsc'),
    })),
  };
}

export type ReleasedStatistics = ReturnType<typeof releaseStatistics>;
