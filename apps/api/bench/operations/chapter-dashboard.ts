import type pg from 'pg';
import { StatisticsPage_StatisticsDocument } from '../../../admin/src/gql/graphql.ts';
import { toIsoDay } from '../../src/calendar-day.ts';
import { toMonthRange } from '../../src/statistics/periods.ts';
import { type RawStatistics, releaseStatistics } from '../../src/statistics/release.ts';
import { DEFAULT_SUPPRESSION_THRESHOLD } from '../../src/statistics/service.ts';
import type { Operation } from './operation.ts';

type Scope = { associationId: string; chapterId: string };

/**
 * The chapter dashboard: the chapter's stored figures (StatisticsSnapshot, counted by the API's
 * refresh) with the association's settings and the chapter's name in one statement, then
 * suppressed and shaped by the same pure releaseStatistics. What is left out is what GraphQL adds:
 * session, scope, Prisma.
 */
async function dashboard(pool: pg.Pool, scope: Scope) {
  const today = toIsoDay(new Date());
  const range = toMonthRange(`${Number(today.slice(0, 4)) - 2}-${today.slice(5, 7)}-01`, today);
  const { rows } = await pool.query<{
    id: string;
    name: string;
    settings: Record<string, unknown>;
    chapterName: string;
    computedAt: Date;
    asOf: string;
    data: RawStatistics;
  }>(
    `SELECT a.id, a.name, a.settings, c.name AS "chapterName", s."computedAt",
            to_char(s."asOf", 'YYYY-MM-DD') AS "asOf", s.data
     FROM "Association" a
     JOIN "Chapter" c ON c."associationId" = a.id AND c.id = $2
     JOIN "StatisticsSnapshot" s ON s."associationId" = a.id AND s.scope = c.id
     WHERE a.id = $1`,
    [scope.associationId, scope.chapterId],
  );
  const a = rows[0];
  if (!a) throw new Error('no figures stored for this chapter: the API counts them on its first read');
  const stored = a.settings?.suppressionThreshold;
  const threshold =
    typeof stored === 'number' && Number.isInteger(stored) && stored >= 2
      ? stored
      : DEFAULT_SUPPRESSION_THRESHOLD;
  return {
    associationId: a.id,
    associationName: a.name,
    chapterId: scope.chapterId,
    chapterName: a.chapterName,
    threshold,
    asOf: a.asOf,
    computedAt: a.computedAt.toISOString(),
    fromMonth: range.from,
    toMonth: range.to,
    level: null,
    ...releaseStatistics(a.data, threshold, { range, level: null }),
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
