import { Prisma, type PrismaClient } from '@imh/db';

/**
 * The oracle of statistics-equivalence.ts: the statistics queries as they were before the counts were
 * made for every chapter at once (commit 8172392), one scope at a time, filtered by the member's
 * association and chapter. Each released figure must be the same whichever way it is counted.
 */

type Db = Pick<PrismaClient, '$queryRaw'>;
export type StatisticsScope = { associationId: string; chapterId: string | null; timeZone: string };

const memberOf = (scope: StatisticsScope): Prisma.Sql =>
  scope.chapterId
    ? Prisma.sql`p."associationId" = ${scope.associationId} AND p."chapterId" = ${scope.chapterId}`
    : Prisma.sql`p."associationId" = ${scope.associationId}`;

const local = (scope: StatisticsScope, column: Prisma.Sql) =>
  Prisma.sql`((${column}) AT TIME ZONE 'UTC') AT TIME ZONE ${scope.timeZone}`;

export const perScope = {
  activeEndorsements: (db: Db, scope: StatisticsScope) => db.$queryRaw`
  SELECT e.level::text AS level, e.track::text AS track, count(*)::int AS n
  FROM "Endorsement" e JOIN "ApplicantProfile" p ON p.id = e."profileId"
  WHERE ${memberOf(scope)} AND e.status = 'ACTIVE'
  GROUP BY e.level, e.track`,

  applicationsByStatus: (db: Db, scope: StatisticsScope) => db.$queryRaw`
  SELECT a.status::text AS status, a.level::text AS level, count(*)::int AS n
  FROM "Application" a JOIN "ApplicantProfile" p ON p.id = a."profileId"
  WHERE ${memberOf(scope)}
  GROUP BY a.status, a.level`,

  submissionsByMonth: (db: Db, scope: StatisticsScope) => db.$queryRaw`
  SELECT to_char(month, 'YYYY-MM') AS period, level::text AS level, n FROM (
    SELECT date_trunc('month', ${local(scope, Prisma.sql`s."submittedAt"`)}) AS month, a.level, count(*)::int AS n
    FROM "ApplicationSubmission" s
    JOIN "Application" a ON a.id = s."applicationId"
    JOIN "ApplicantProfile" p ON p.id = a."profileId"
    WHERE ${memberOf(scope)} AND s.round = 1
    GROUP BY 1, a.level) monthly`,

  decisionsByMonth: (db: Db, scope: StatisticsScope) => db.$queryRaw`
  SELECT to_char(${local(scope, Prisma.sql`a."decidedAt"`)}, 'YYYY-MM') AS period, a.level::text AS level, count(*)::int AS n
  FROM "Application" a JOIN "ApplicantProfile" p ON p.id = a."profileId"
  WHERE ${memberOf(scope)} AND a."decidedAt" IS NOT NULL AND a.status IN ('ENDORSED', 'DENIED')
  GROUP BY 1, a.level`,

  daysToDecision: (db: Db, scope: StatisticsScope) => db.$queryRaw`
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
    GROUP BY GROUPING SETS ((quarter, level), (quarter))) quarterly`,

  renewalOutcomes: (db: Db, scope: StatisticsScope) => db.$queryRaw`
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
  ) outcomes GROUP BY year, level, outcome`,

  expiringSoon: (db: Db, scope: StatisticsScope, today: Date, until: Date) => db.$queryRaw`
  SELECT e.level::text AS level, NULL::text AS track, count(*)::int AS n
  FROM "Endorsement" e JOIN "ApplicantProfile" p ON p.id = e."profileId"
  WHERE ${memberOf(scope)} AND e.status = 'ACTIVE' AND e."expiresOn" BETWEEN ${today}::date AND ${until}::date
  GROUP BY e.level`,

  hoursByQuarter: (db: Db, scope: StatisticsScope) => db.$queryRaw`
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
  ) rsc GROUP BY quarter`,
};
