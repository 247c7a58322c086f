import { Prisma, type PrismaClient } from '@imh/db';
import * as q from '../src/statistics/queries.ts';
import { useCountingSettings } from '../src/statistics/snapshot.ts';
import { type Summary, timeRuns } from './measure.ts';

type Db = Pick<PrismaClient, '$queryRaw'>;
const DAY_MS = 86_400_000;

/** The eight aggregate queries of queries.ts, called as snapshot.ts calls them. */
export function statisticsQueries(today: Date) {
  const until = new Date(today.getTime() + 90 * DAY_MS);
  return {
    activeEndorsements: (db: Db, s: q.CountingScope) => q.activeEndorsements(db, s),
    applicationsByStatus: (db: Db, s: q.CountingScope) => q.applicationsByStatus(db, s),
    submissionsByMonth: (db: Db, s: q.CountingScope) => q.submissionsByMonth(db, s),
    decisionsByMonth: (db: Db, s: q.CountingScope) => q.decisionsByMonth(db, s),
    daysToDecision: (db: Db, s: q.CountingScope) => q.daysToDecision(db, s),
    renewalOutcomes: (db: Db, s: q.CountingScope) => q.renewalOutcomes(db, s),
    expiringSoon: (db: Db, s: q.CountingScope) => q.expiringSoon(db, s, today, until),
    hoursByQuarter: (db: Db, s: q.CountingScope) => q.hoursByQuarter(db, s),
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
  /** Round trips through Prisma, in a transaction with the counting settings, one at a time. */
  prisma: Summary;
  /** The server's own execution time, from EXPLAIN ANALYZE (one run after the timed ones). */
  executionMs: number;
  planningMs: number;
  rows: number;
  plan: Explained['Plan'];
};

/** Times each query alone for an association (all its chapters at once), as the count runs it. */
export async function timeQueries(
  prisma: PrismaClient,
  scope: q.CountingScope,
  today: Date,
  opts: { warmup: number; runs: number },
): Promise<QueryTiming[]> {
  const out: QueryTiming[] = [];
  const counting = <T>(fn: (tx: Prisma.TransactionClient) => Promise<T>) =>
    prisma.$transaction(
      async (tx) => {
        await useCountingSettings(tx);
        return fn(tx);
      },
      { timeout: 5 * 60_000 },
    );
  for (const [query, run] of Object.entries(statisticsQueries(today))) {
    let rows = 0;
    const { summary } = await timeRuns(async () => {
      rows = (await counting(async (tx): Promise<unknown[]> => run(tx, scope))).length;
    }, opts);
    const sql = sqlOf((db) => run(db, scope));
    const [result] = await counting((tx) =>
      tx.$queryRawUnsafe<[{ 'QUERY PLAN': [Explained] }]>(
        `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql.text}`,
        ...sql.values,
      ),
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
