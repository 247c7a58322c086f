import { Prisma } from '@imh/db';
import type pg from 'pg';
import { StatisticsPage_StatisticsDocument } from '../../../admin/src/gql/graphql.ts';
import { toIsoDay } from '../../src/calendar-day.ts';
import { toMonthRange } from '../../src/statistics/periods.ts';
import * as q from '../../src/statistics/queries.ts';
import { type RawStatistics, releaseStatistics } from '../../src/statistics/release.ts';
import type { StatisticsScope } from '../../src/statistics/scope.ts';
import { DEFAULT_SUPPRESSION_THRESHOLD } from '../../src/statistics/service.ts';
import type { Operation } from './operation.ts';

type Db = Parameters<typeof q.activeEndorsements>[0];
const DAY_MS = 86_400_000;

/** A stand-in for Prisma that runs the statistics' hand-written SQL through `pg` instead. */
function pgDb(pool: pg.Pool): Db {
  return {
    $queryRaw: (async (strings: TemplateStringsArray, ...values: unknown[]) => {
      const sql = Prisma.sql(strings, ...(values as Prisma.Sql[]));
      return (await pool.query(sql.text, sql.values as unknown[])).rows;
    }) as Db['$queryRaw'],
  };
}

/**
 * The chapter dashboard: the eight aggregate queries of statistics/queries.ts (already hand-written
 * SQL, so the same text runs here), sent at once as the service sends them, then suppressed and shaped
 * by the same pure releaseStatistics. What is left out is what GraphQL adds: session, scope, Prisma.
 */
async function dashboard(pool: pg.Pool, scope: StatisticsScope) {
  const now = new Date();
  const today = toIsoDay(now);
  const range = toMonthRange(`${Number(today.slice(0, 4)) - 2}-${today.slice(5, 7)}-01`, today);
  const db = pgDb(pool);
  const midnight = new Date(`${today}T00:00:00Z`);
  const [association, active, applications, submissions, decisions, days, renewals, expiring, hours] =
    await Promise.all([
      pool.query<{ id: string; name: string; settings: Record<string, unknown>; chapterName: string | null }>(
        `SELECT a.id, a.name, a.settings, c.name AS "chapterName" FROM "Association" a
         LEFT JOIN "Chapter" c ON c."associationId" = a.id AND c.id = $2 WHERE a.id = $1`,
        [scope.associationId, scope.chapterId],
      ),
      q.activeEndorsements(db, scope),
      q.applicationsByStatus(db, scope),
      q.submissionsByMonth(db, scope),
      q.decisionsByMonth(db, scope),
      q.daysToDecision(db, scope),
      q.renewalOutcomes(db, scope),
      q.expiringSoon(db, scope, midnight, new Date(midnight.getTime() + 90 * DAY_MS)),
      q.hoursByQuarter(db, scope),
    ]);
  const a = association.rows[0];
  if (!a) throw new Error('no such association');
  const stored = a.settings?.suppressionThreshold;
  const threshold =
    typeof stored === 'number' && Number.isInteger(stored) && stored >= 2
      ? stored
      : DEFAULT_SUPPRESSION_THRESHOLD;
  const raw: RawStatistics = {
    active,
    applications,
    submissions,
    decisions,
    days,
    renewals,
    expiring,
    hours,
  };
  return {
    associationId: a.id,
    associationName: a.name,
    chapterId: scope.chapterId,
    chapterName: a.chapterName,
    threshold,
    asOf: today,
    fromMonth: range.from,
    toMonth: range.to,
    level: null,
    ...releaseStatistics(raw, threshold, { range, level: null }),
  };
}

/** The admin console's statistics page as a chapter analyst first opens it (their chapter, two years). */
export const chapterDashboard: Operation = {
  name: 'chapter-dashboard',
  title: 'Chapter dashboard: the statistics page for a chapter analyst',
  source: 'admin /statistics, StatisticsPage_Statistics (features/statistics/components/statistics-page.tsx)',
  caller: 'analyst',
  document: StatisticsPage_StatisticsDocument,
  variables: () => ({}),
  rawParams: (world) => ({ associationId: world.associationId, chapterId: world.chapterId }),
  async raw(pool, params) {
    const scope = { associationId: String(params.associationId), chapterId: String(params.chapterId) };
    return { chapterStatistics: await dashboard(pool, scope) };
  },
};
