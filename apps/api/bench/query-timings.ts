import { Prisma, type PrismaClient } from '@imh/db';
import * as q from '../src/statistics/queries.ts';
import type { StatisticsScope } from '../src/statistics/scope.ts';
import { type Summary, timeRuns } from './measure.ts';

type Db = Pick<PrismaClient, '$queryRaw'>;
const DAY_MS = 86_400_000;

/** The eight aggregate queries of queries.ts, called as service.ts calls them. */
export function statisticsQueries(today: Date) {
  const until = new Date(today.getTime() + 90 * DAY_MS);
  return {
    activeEndorsements: (db: Db, s: StatisticsScope) => q.activeEndorsements(db, s),
    applicationsByStatus: (db: Db, s: StatisticsScope) => q.applicationsByStatus(db, s),
    submissionsByMonth: (db: Db, s: StatisticsScope) => q.submissionsByMonth(db, s),
    decisionsByMonth: (db: Db, s: StatisticsScope) => q.decisionsByMonth(db, s),
    daysToDecision: (db: Db, s: StatisticsScope) => q.daysToDecision(db, s),
    renewalOutcomes: (db: Db, s: StatisticsScope) => q.renewalOutcomes(db, s),
    expiringSoon: (db: Db, s: StatisticsScope) => q.expiringSoon(db, s, today, until),
    hoursByQuarter: (db: Db, s: StatisticsScope) => q.hoursByQuarter(db, s),
  };
}

/** The SQL a query function sends, captured from a stand-in client instead of being run. */
function sqlOf(run: (db: Db) => unknown): Prisma.Sql {
  let captured: Prisma.Sql | undefined;
  const db = {
    $queryRaw: (strings: TemplateStringsArray, ...values: Prisma.Sql[]) => {
      captured = Prisma.sql(strings, ...values);
      return Promise.resolve([]);
    },
  };
  run(db as unknown as Db);
  if (!captured) throw new Error('the query function sent no SQL');
  return captured;
}

type PlanNode = { 'Node Type': string; Plans?: PlanNode[] };
type Explained = { Plan: PlanNode; 'Execution Time': number; 'Planning Time': number };

export type QueryTiming = {
  query: string;
  /** Round trips through Prisma, as the API makes them (one at a time here). */
  prisma: Summary;
  /** The server's own execution time, from EXPLAIN ANALYZE (one run after the timed ones). */
  executionMs: number;
  planningMs: number;
  rows: number;
  plan: Explained['Plan'];
};

/** Times each query alone for a scope, and asks the server how it ran it. */
export async function timeQueries(
  prisma: PrismaClient,
  scope: StatisticsScope,
  today: Date,
  opts: { warmup: number; runs: number },
): Promise<QueryTiming[]> {
  const out: QueryTiming[] = [];
  for (const [query, run] of Object.entries(statisticsQueries(today))) {
    let rows = 0;
    const { summary } = await timeRuns(async () => {
      rows = ((await run(prisma, scope)) as unknown[]).length;
    }, opts);
    const sql = sqlOf((db) => run(db, scope));
    const [result] = await prisma.$queryRawUnsafe<[{ 'QUERY PLAN': [Explained] }]>(
      `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql.text}`,
      ...sql.values,
    );
    const explained = result['QUERY PLAN'][0];
    out.push({
      query,
      prisma: summary,
      executionMs: Math.round(explained['Execution Time'] * 10) / 10,
      planningMs: Math.round(explained['Planning Time'] * 10) / 10,
      rows,
      plan: explained.Plan,
    });
  }
  return out;
}
