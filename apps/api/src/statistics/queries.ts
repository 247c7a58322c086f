import type { PrismaClient } from '@imh/db';
import { memberOf, type StatisticsScope } from './scope.ts';

/**
 * The aggregate queries behind the chapters' statistics. Each returns grouped counts computed by
 * PostgreSQL (GROUP BY, percentile_cont, GROUPING SETS), never rows of people; the grain is fixed
 * (level, status, calendar month, quarter, year) so that filters can only choose cells (see
 * suppression.ts). Counts are cast to int in SQL so they arrive as numbers, not bigints.
 */

type Db = Pick<PrismaClient, '$queryRaw'>;

export type LevelTrackCount = { level: string; track: string | null; n: number };
export type StatusLevelCount = { status: string; level: string; n: number };
export type PeriodLevelCount = { period: string; level: string; n: number };
export type DaysToDecision = { period: string; level: string | null; n: number; median: number; p90: number };
export type RenewalOutcomeCount = {
  year: number;
  level: string;
  outcome: 'on_time' | 'late' | 'lapsed';
  n: number;
};
export type HoursByQuarter = { period: string; kind: 'training' | 'rsc'; hours: number; people: number };

export const activeEndorsements = (db: Db, scope: StatisticsScope) => db.$queryRaw<LevelTrackCount[]>`
  SELECT e.level::text AS level, e.track::text AS track, count(*)::int AS n
  FROM "Endorsement" e JOIN "ApplicantProfile" p ON p.id = e."profileId"
  WHERE ${memberOf(scope)} AND e.status = 'ACTIVE'
  GROUP BY e.level, e.track`;

export const applicationsByStatus = (db: Db, scope: StatisticsScope) => db.$queryRaw<StatusLevelCount[]>`
  SELECT a.status::text AS status, a.level::text AS level, count(*)::int AS n
  FROM "Application" a JOIN "ApplicantProfile" p ON p.id = a."profileId"
  WHERE ${memberOf(scope)}
  GROUP BY a.status, a.level`;

/** First submissions per calendar month (resubmissions are rounds of the same application). */
export const submissionsByMonth = (db: Db, scope: StatisticsScope) => db.$queryRaw<PeriodLevelCount[]>`
  SELECT to_char(s."submittedAt", 'YYYY-MM') AS period, a.level::text AS level, count(*)::int AS n
  FROM "ApplicationSubmission" s
  JOIN "Application" a ON a.id = s."applicationId"
  JOIN "ApplicantProfile" p ON p.id = a."profileId"
  WHERE ${memberOf(scope)} AND s.round = 1
  GROUP BY 1, a.level`;

/** Final decisions (endorsed or denied) per calendar month. */
export const decisionsByMonth = (db: Db, scope: StatisticsScope) => db.$queryRaw<PeriodLevelCount[]>`
  SELECT to_char(a."decidedAt", 'YYYY-MM') AS period, a.level::text AS level, count(*)::int AS n
  FROM "Application" a JOIN "ApplicantProfile" p ON p.id = a."profileId"
  WHERE ${memberOf(scope)} AND a."decidedAt" IS NOT NULL AND a.status IN ('ENDORSED', 'DENIED')
  GROUP BY 1, a.level`;

/** Days from first submission to final decision, by quarter of the decision, per level and overall. */
export const daysToDecision = (db: Db, scope: StatisticsScope) => db.$queryRaw<DaysToDecision[]>`
  WITH decided AS (
    SELECT to_char(a."decidedAt", 'YYYY-"Q"Q') AS period, a.level::text AS level,
           EXTRACT(EPOCH FROM (a."decidedAt" - s."submittedAt")) / 86400.0 AS days
    FROM "Application" a
    JOIN "ApplicationSubmission" s ON s."applicationId" = a.id AND s.round = 1
    JOIN "ApplicantProfile" p ON p.id = a."profileId"
    WHERE ${memberOf(scope)} AND a."decidedAt" IS NOT NULL AND a.status IN ('ENDORSED', 'DENIED'))
  SELECT period, level, count(*)::int AS n,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY days)::float8 AS median,
         percentile_cont(0.9) WITHIN GROUP (ORDER BY days)::float8 AS p90
  FROM decided GROUP BY GROUPING SETS ((period, level), (period))`;

/**
 * Renewal outcomes by renewal year: approved on time, approved late (in grace or on an extension),
 * and lapsed (lapsed now, or lapsed and since reinstated, which a reinstatement records for the year).
 */
export const renewalOutcomes = (db: Db, scope: StatisticsScope) => db.$queryRaw<RenewalOutcomeCount[]>`
  SELECT year, level, outcome, count(*)::int AS n FROM (
    SELECT r.year, e.level::text AS level,
           CASE WHEN r.kind = 'REINSTATEMENT' THEN 'lapsed' WHEN r.late THEN 'late' ELSE 'on_time' END AS outcome
    FROM "Renewal" r
    JOIN "Endorsement" e ON e.id = r."endorsementId"
    JOIN "ApplicantProfile" p ON p.id = e."profileId"
    WHERE ${memberOf(scope)} AND r.status = 'APPROVED'
    UNION ALL
    SELECT EXTRACT(YEAR FROM e."expiresOn")::int, e.level::text, 'lapsed'
    FROM "Endorsement" e JOIN "ApplicantProfile" p ON p.id = e."profileId"
    WHERE ${memberOf(scope)} AND e.status = 'LAPSED'
  ) outcomes GROUP BY year, level, outcome`;

export const expiringSoon = (db: Db, scope: StatisticsScope, today: Date, until: Date) => db.$queryRaw<
  LevelTrackCount[]
>`
  SELECT e.level::text AS level, NULL::text AS track, count(*)::int AS n
  FROM "Endorsement" e JOIN "ApplicantProfile" p ON p.id = e."profileId"
  WHERE ${memberOf(scope)} AND e.status = 'ACTIVE' AND e."expiresOn" BETWEEN ${today}::date AND ${until}::date
  GROUP BY e.level`;

/** Training and RSC hours logged per quarter (training by its date, RSC by its start), and by how many people. */
export const hoursByQuarter = (db: Db, scope: StatisticsScope) => db.$queryRaw<HoursByQuarter[]>`
  SELECT to_char(t.date, 'YYYY-"Q"Q') AS period, 'training' AS kind,
         sum(t.hours)::float8 AS hours, count(DISTINCT t."profileId")::int AS people
  FROM "TrainingEntry" t JOIN "ApplicantProfile" p ON p.id = t."profileId"
  WHERE ${memberOf(scope)} GROUP BY 1
  UNION ALL
  SELECT to_char(r."startDate", 'YYYY-"Q"Q'), 'rsc', sum(r.hours)::float8, count(DISTINCT r."profileId")::int
  FROM "RscEntry" r JOIN "ApplicantProfile" p ON p.id = r."profileId"
  WHERE ${memberOf(scope)} GROUP BY 1`;
