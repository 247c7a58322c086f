import { Prisma, type PrismaClient } from '@imh/db';

/**
 * The aggregate queries behind the chapters' statistics. Each returns grouped counts computed by
 * PostgreSQL (GROUP BY, percentile_cont, GROUPING SETS), never rows of people, for a whole
 * association and each of its chapters in one pass: every row names its scope, '*' for the
 * association or the chapter's id (snapshot.ts stores one set of rows per scope). The grain is fixed
 * (level, status, calendar month, quarter, year) so that filters can only choose cells (see
 * suppression.ts). Counts are cast to int in SQL so they arrive as numbers, not bigints.
 */

type Db = Pick<PrismaClient, '$queryRaw'>;

/** Whose members are counted, and in which calendar (the association's months and days). */
export type CountingScope = { associationId: string; timeZone: string };

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

/** A grouped row with the scope it counts: '*' (the association) or a chapter's id. */
export type Scoped<T> = T & { scope: string };

/** A stored instant (UTC) as the association's wall-clock time, so its months are the association's. */
const local = (scope: CountingScope, column: Prisma.Sql) =>
  Prisma.sql`((${column}) AT TIME ZONE 'UTC') AT TIME ZONE ${scope.timeZone}`;

/**
 * Each query groups by the member's chapter and, in a second grouping set, without it: the rows where
 * the chapter was grouped away are the association's ('*'). Members without a chapter count only
 * in the association's rows.
 */
const scopeOf = (chapter: Prisma.Sql) =>
  Prisma.sql`CASE WHEN GROUPING(${chapter}) = 1 THEN '*' ELSE ${chapter} END`;
const namedScopes = (chapter: Prisma.Sql) => Prisma.sql`GROUPING(${chapter}) = 1 OR ${chapter} IS NOT NULL`;
const CHAPTER = Prisma.sql`p."chapterId"`;
const INNER_CHAPTER = Prisma.sql`chapter`;

export const activeEndorsements = (db: Db, scope: CountingScope) => db.$queryRaw<Scoped<LevelTrackCount>[]>`
  SELECT ${scopeOf(CHAPTER)} AS scope, e.level::text AS level, e.track::text AS track, count(*)::int AS n
  FROM "Endorsement" e JOIN "ApplicantProfile" p ON p.id = e."profileId"
  WHERE p."associationId" = ${scope.associationId} AND e.status = 'ACTIVE'
  GROUP BY GROUPING SETS ((p."chapterId", e.level, e.track), (e.level, e.track))
  HAVING ${namedScopes(CHAPTER)}`;

export const applicationsByStatus = (db: Db, scope: CountingScope) => db.$queryRaw<
  Scoped<StatusLevelCount>[]
>`
  SELECT ${scopeOf(CHAPTER)} AS scope, a.status::text AS status, a.level::text AS level, count(*)::int AS n
  FROM "Application" a JOIN "ApplicantProfile" p ON p.id = a."profileId"
  WHERE p."associationId" = ${scope.associationId}
  GROUP BY GROUPING SETS ((p."chapterId", a.status, a.level), (a.status, a.level))
  HAVING ${namedScopes(CHAPTER)}`;

/**
 * First submissions per calendar month (resubmissions are rounds of the same application). Grouped by
 * the month as a timestamp and named after grouping: sorting a timestamp is far cheaper than sorting
 * the text of every row (docs/benchmarks/chapter-statistics.md).
 */
export const submissionsByMonth = (db: Db, scope: CountingScope) => db.$queryRaw<Scoped<PeriodLevelCount>[]>`
  SELECT scope, to_char(month, 'YYYY-MM') AS period, level::text AS level, n FROM (
    SELECT ${scopeOf(INNER_CHAPTER)} AS scope, month, level, count(*)::int AS n
    FROM (
      SELECT p."chapterId" AS chapter, a.level,
             date_trunc('month', ${local(scope, Prisma.sql`s."submittedAt"`)}) AS month
      FROM "ApplicationSubmission" s
      JOIN "Application" a ON a.id = s."applicationId"
      JOIN "ApplicantProfile" p ON p.id = a."profileId"
      WHERE p."associationId" = ${scope.associationId} AND s.round = 1) submissions
    GROUP BY GROUPING SETS ((chapter, month, level), (month, level))
    HAVING ${namedScopes(INNER_CHAPTER)}) monthly`;

/** Final decisions (endorsed or denied) per calendar month. */
export const decisionsByMonth = (db: Db, scope: CountingScope) => db.$queryRaw<Scoped<PeriodLevelCount>[]>`
  SELECT scope, to_char(month, 'YYYY-MM') AS period, level::text AS level, n FROM (
    SELECT ${scopeOf(INNER_CHAPTER)} AS scope, month, level, count(*)::int AS n
    FROM (
      SELECT p."chapterId" AS chapter, a.level,
             date_trunc('month', ${local(scope, Prisma.sql`a."decidedAt"`)}) AS month
      FROM "Application" a JOIN "ApplicantProfile" p ON p.id = a."profileId"
      WHERE p."associationId" = ${scope.associationId}
        AND a."decidedAt" IS NOT NULL AND a.status IN ('ENDORSED', 'DENIED')) decided
    GROUP BY GROUPING SETS ((chapter, month, level), (month, level))
    HAVING ${namedScopes(INNER_CHAPTER)}) monthly`;

/**
 * Days from first submission to final decision, by quarter of the decision, per level and overall.
 * Grouped by the quarter as a timestamp and the level as its enum, named after grouping (as above).
 */
export const daysToDecision = (db: Db, scope: CountingScope) => db.$queryRaw<Scoped<DaysToDecision>[]>`
  SELECT scope, to_char(quarter, 'YYYY-"Q"Q') AS period, level::text AS level, n, median, p90 FROM (
    SELECT ${scopeOf(INNER_CHAPTER)} AS scope, quarter, level, count(*)::int AS n,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY days)::float8 AS median,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY days)::float8 AS p90
    FROM (
      SELECT p."chapterId" AS chapter, a.level,
             date_trunc('quarter', ${local(scope, Prisma.sql`a."decidedAt"`)}) AS quarter,
             EXTRACT(EPOCH FROM (a."decidedAt" - s."submittedAt")) / 86400.0 AS days
      FROM "Application" a
      JOIN "ApplicationSubmission" s ON s."applicationId" = a.id AND s.round = 1
      JOIN "ApplicantProfile" p ON p.id = a."profileId"
      WHERE p."associationId" = ${scope.associationId}
        AND a."decidedAt" IS NOT NULL AND a.status IN ('ENDORSED', 'DENIED')
    ) decided
    GROUP BY GROUPING SETS ((chapter, quarter, level), (chapter, quarter), (quarter, level), (quarter))
    HAVING ${namedScopes(INNER_CHAPTER)}) quarterly`;

/**
 * Renewal outcomes by renewal year: approved on time, approved late (in grace or on an extension),
 * and lapsed (lapsed now, or lapsed and since reinstated, which a reinstatement records for the year).
 */
export const renewalOutcomes = (db: Db, scope: CountingScope) => db.$queryRaw<Scoped<RenewalOutcomeCount>[]>`
  SELECT ${scopeOf(INNER_CHAPTER)} AS scope, year, level, outcome, count(*)::int AS n FROM (
    SELECT p."chapterId" AS chapter, r.year, e.level::text AS level,
           CASE WHEN r.kind = 'REINSTATEMENT' THEN 'lapsed' WHEN r.late THEN 'late' ELSE 'on_time' END AS outcome
    FROM "Renewal" r
    JOIN "Endorsement" e ON e.id = r."endorsementId"
    JOIN "ApplicantProfile" p ON p.id = e."profileId"
    WHERE p."associationId" = ${scope.associationId} AND r.status = 'APPROVED'
    UNION ALL
    SELECT p."chapterId", EXTRACT(YEAR FROM e."expiresOn")::int, e.level::text, 'lapsed'
    FROM "Endorsement" e JOIN "ApplicantProfile" p ON p.id = e."profileId"
    WHERE p."associationId" = ${scope.associationId} AND e.status = 'LAPSED'
  ) outcomes
  GROUP BY GROUPING SETS ((chapter, year, level, outcome), (year, level, outcome))
  HAVING ${namedScopes(INNER_CHAPTER)}`;

export const expiringSoon = (db: Db, scope: CountingScope, today: Date, until: Date) => db.$queryRaw<
  Scoped<LevelTrackCount>[]
>`
  SELECT ${scopeOf(CHAPTER)} AS scope, e.level::text AS level, NULL::text AS track, count(*)::int AS n
  FROM "Endorsement" e JOIN "ApplicantProfile" p ON p.id = e."profileId"
  WHERE p."associationId" = ${scope.associationId} AND e.status = 'ACTIVE'
    AND e."expiresOn" BETWEEN ${today}::date AND ${until}::date
  GROUP BY GROUPING SETS ((p."chapterId", e.level), (e.level))
  HAVING ${namedScopes(CHAPTER)}`;

/**
 * Training and RSC hours logged per quarter (training by its date, RSC by its start), and by how many
 * people. Counting distinct people per quarter is the costly part: `count(DISTINCT)` sorts every
 * entry. Instead each person's entries are read in the order of the index on (profileId, date,
 * hours), and a person counts in a quarter at their first entry there (the quarter differs from that
 * of their previous entry): the same count, with no sort and no table access (index-only scans
 * merged with the members' index). A person belongs to one chapter, so their first entry counts
 * them once in their chapter's quarter and once in the association's. See
 * docs/benchmarks/chapter-statistics.md.
 */
export const hoursByQuarter = (db: Db, scope: CountingScope) => db.$queryRaw<Scoped<HoursByQuarter>[]>`
  SELECT ${scopeOf(INNER_CHAPTER)} AS scope, to_char(quarter, 'YYYY-"Q"Q') AS period, 'training' AS kind,
         sum(hours)::float8 AS hours, (count(*) FILTER (WHERE first))::int AS people
  FROM (
    SELECT chapter, quarter, hours,
           quarter IS DISTINCT FROM lag(quarter) OVER (PARTITION BY "profileId" ORDER BY date) AS first
    FROM (
      SELECT t."profileId", p."chapterId" AS chapter, t.date, t.hours,
             date_trunc('quarter', t.date::timestamp) AS quarter
      FROM "TrainingEntry" t JOIN "ApplicantProfile" p ON p.id = t."profileId"
      WHERE p."associationId" = ${scope.associationId}) entries
  ) training
  GROUP BY GROUPING SETS ((chapter, quarter), (quarter))
  HAVING ${namedScopes(INNER_CHAPTER)}
  UNION ALL
  SELECT ${scopeOf(INNER_CHAPTER)}, to_char(quarter, 'YYYY-"Q"Q'), 'rsc',
         sum(hours)::float8, (count(*) FILTER (WHERE first))::int
  FROM (
    SELECT chapter, quarter, hours,
           quarter IS DISTINCT FROM lag(quarter) OVER (PARTITION BY "profileId" ORDER BY "startDate") AS first
    FROM (
      SELECT r."profileId", p."chapterId" AS chapter, r."startDate", r.hours,
             date_trunc('quarter', r."startDate"::timestamp) AS quarter
      FROM "RscEntry" r JOIN "ApplicantProfile" p ON p.id = r."profileId"
      WHERE p."associationId" = ${scope.associationId}) entries
  ) rsc
  GROUP BY GROUPING SETS ((chapter, quarter), (quarter))
  HAVING ${namedScopes(INNER_CHAPTER)}`;
