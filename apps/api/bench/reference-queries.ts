import type { PrismaClient } from '@imh/db';
import { memberOf, type StatisticsScope } from '../src/statistics/scope.ts';

/**
 * The statistics queries that were rewritten for speed, as first written (HEAD of the chapter statistics
 * commit): count(DISTINCT) and grouping by the formatted period. The oracle of statistics-equivalence.ts
 * and the "before" of statistics-ab.ts.
 */
export const reference = {
  submissionsByMonth: (db: PrismaClient, scope: StatisticsScope) => db.$queryRaw`
    SELECT to_char(s."submittedAt", 'YYYY-MM') AS period, a.level::text AS level, count(*)::int AS n
    FROM "ApplicationSubmission" s JOIN "Application" a ON a.id = s."applicationId"
    JOIN "ApplicantProfile" p ON p.id = a."profileId"
    WHERE ${memberOf(scope)} AND s.round = 1 GROUP BY 1, a.level`,
  daysToDecision: (db: PrismaClient, scope: StatisticsScope) => db.$queryRaw`
    WITH decided AS (
      SELECT to_char(a."decidedAt", 'YYYY-"Q"Q') AS period, a.level::text AS level,
             EXTRACT(EPOCH FROM (a."decidedAt" - s."submittedAt")) / 86400.0 AS days
      FROM "Application" a JOIN "ApplicationSubmission" s ON s."applicationId" = a.id AND s.round = 1
      JOIN "ApplicantProfile" p ON p.id = a."profileId"
      WHERE ${memberOf(scope)} AND a."decidedAt" IS NOT NULL AND a.status IN ('ENDORSED', 'DENIED'))
    SELECT period, level, count(*)::int AS n,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY days)::float8 AS median,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY days)::float8 AS p90
    FROM decided GROUP BY GROUPING SETS ((period, level), (period))`,
  hoursByQuarter: (db: PrismaClient, scope: StatisticsScope) => db.$queryRaw`
    SELECT to_char(t.date, 'YYYY-"Q"Q') AS period, 'training' AS kind,
           sum(t.hours)::float8 AS hours, count(DISTINCT t."profileId")::int AS people
    FROM "TrainingEntry" t JOIN "ApplicantProfile" p ON p.id = t."profileId"
    WHERE ${memberOf(scope)} GROUP BY 1
    UNION ALL
    SELECT to_char(r."startDate", 'YYYY-"Q"Q'), 'rsc', sum(r.hours)::float8, count(DISTINCT r."profileId")::int
    FROM "RscEntry" r JOIN "ApplicantProfile" p ON p.id = r."profileId"
    WHERE ${memberOf(scope)} GROUP BY 1`,
};
