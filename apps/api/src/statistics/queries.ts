import { Prisma, type PrismaClient } from '@imh/db';
import { memberOf, type StatisticsScope } from './scope.ts';

/** A stored instant (UTC) as the association's wall-clock time, so its months are the association's. */
const local = (scope: StatisticsScope, column: Prisma.Sql) =>
  Prisma.sql`((${column}) AT TIME ZONE 'UTC') AT TIME ZONE ${scope.timeZone ?? 'UTC'}`;

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

/**
 * First submissions per calendar month (resubmissions are rounds of the same application). Grouped by
 * the month as a timestamp and named after grouping: sorting a timestamp is far cheaper than sorting
 * the text of every row (docs/benchmarks/chapter-statistics.md).
 */
export const submissionsByMonth = (db: Db, scope: StatisticsScope) => db.$queryRaw<PeriodLevelCount[]>`
  SELECT to_char(month, 'YYYY-MM') AS period, level::text AS level, n FROM (
    SELECT date_trunc('month', ${local(scope, Prisma.sql`s."submittedAt"`)}) AS month, a.level, count(*)::int AS n
    FROM "ApplicationSubmission" s
    JOIN "Application" a ON a.id = s."applicationId"
    JOIN "ApplicantProfile" p ON p.id = a."profileId"
    WHERE ${memberOf(scope)} AND s.round = 1
    GROUP BY 1, a.level) monthly`;

/** Final decisions (endorsed or denied) per calendar month. */
export const decisionsByMonth = (db: Db, scope: StatisticsScope) => db.$queryRaw<PeriodLevelCount[]>`
  SELECT to_char(${local(scope, Prisma.sql`a."decidedAt"`)}, 'YYYY-MM') AS period, a.level::text AS level, count(*)::int AS n
  FROM "Application" a JOIN "ApplicantProfile" p ON p.id = a."profileId"
  WHERE ${memberOf(scope)} AND a."decidedAt" IS NOT NULL AND a.status IN ('ENDORSED', 'DENIED')
  GROUP BY 1, a.level`;

/**
 * Days from first submission to final decision, by quarter of the decision, per level and overall.
 * Grouped by the quarter as a timestamp and the level as its enum, named after grouping (as above).
 */
export const daysToDecision = (db: Db, scope: StatisticsScope) => db.$queryRaw<DaysToDecision[]>`
  SELECT to_char(quarter, 'YYYY-"Q"Q') AS period, level::text AS level, n, median, p90 FROM (
    SELECT quarter, level, count(*)::int AS n,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY days)::float8 AS median,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY days)::float8 AS p90
    FROM (
      SELECT date_trunc('quarter', ${local(scope, Prisma.sql`a."decidedAt"`)}) AS quarter, a.level,
             EXTRACT(EPOCH FROM (a."decidedAt" - s."submittedAt")) / 86400.0 AS days
      FROM "Application" a
      JOIN "ApplicationSubmission" s ON s."applicationId" = a.id AND s.round = 1
      JOIN "ApplicantProfile" p ON p.id = a."profileId"
      WHERE ${memberOf(scope)} AND a."decidedAt" IS NOT NULL AND a.status IN ('ENDORSED', 'DENIED')
    ) decided
    GROUP BY GROUPING SETS ((quarter, level), (quarter))) quarterly`;

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

/**
 * Training and RSC hours logged per quarter (training by its date, RSC by its start), and by how many
 * people. Counting distinct people per quarter is the costly part: `count(DISTINCT)` sorts every
 * entry. Instead each person's entries are read in the order of the index on (profileId, date,
 * hours), and a person counts in a quarter at their first entry there (the quarter differs from that
 * of their previous entry): the same count, with no sort and no table access (index-only scans
 * merged with the members' index). See docs/benchmarks/chapter-statistics.md.
 */
export const hoursByQuarter = (db: Db, scope: StatisticsScope) => db.$queryRaw<HoursByQuarter[]>`
  SELECT to_char(quarter, 'YYYY-"Q"Q') AS period, 'training' AS kind, sum(hours)::float8 AS hours,
         (count(*) FILTER (WHERE first))::int AS people
  FROM (
    SELECT quarter, hours,
           quarter IS DISTINCT FROM lag(quarter) OVER (PARTITION BY "profileId" ORDER BY date) AS first
    FROM (
      SELECT t."profileId", t.date, t.hours, date_trunc('quarter', t.date::timestamp) AS quarter
      FROM "TrainingEntry" t JOIN "ApplicantProfile" p ON p.id = t."profileId"
      WHERE ${memberOf(scope)}) entries
  ) training GROUP BY quarter
  UNION ALL
  SELECT to_char(quarter, 'YYYY-"Q"Q'), 'rsc', sum(hours)::float8, (count(*) FILTER (WHERE first))::int
  FROM (
    SELECT quarter, hours,
           quarter IS DISTINCT FROM lag(quarter) OVER (PARTITION BY "profileId" ORDER BY "startDate") AS first
    FROM (
      SELECT r."profileId", r."startDate", r.hours, date_trunc('quarter', r."startDate"::timestamp) AS quarter
      FROM "RscEntry" r JOIN "ApplicantProfile" p ON p.id = r."profileId"
      WHERE ${memberOf(scope)}) entries
  ) rsc GROUP BY quarter`;
