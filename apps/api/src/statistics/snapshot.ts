import type { Prisma, PrismaClient } from '@imh/db';
import { editionById } from '../applications/judge.ts';
import { fromIsoDay, toIsoDay } from '../calendar-day.ts';
import { localDay, renewalSettings } from '../renewals/settings.ts';
import * as q from './queries.ts';
import type { RawStatistics } from './release.ts';

/**
 * The statistics are counted for a whole association and all its chapters at once, in the
 * background, and stored (StatisticsSnapshot); a read suppresses and filters the stored counts.
 * Counting a register of 200,000 applications takes seconds, which no dashboard should wait for;
 * figures a few minutes old are what a chapter expects of aggregate statistics. Answers also change
 * only when the counts are refreshed, not with every write, which narrows what comparing answers
 * over time can tell (suppression.ts).
 */

/** The scope of the whole association's row; a chapter's row is named by the chapter's id. */
export const ASSOCIATION_SCOPE = '*';
/** The background refresher counts an association again once its figures are this old. */
export const REFRESH_AFTER_MS = 15 * 60_000;
/** A read counts first when the figures are older than this (the refresher has not been running). */
export const STALE_AFTER_MS = 60 * 60_000;

const DAY_MS = 86_400_000;

export type Snapshot = { raw: RawStatistics; computedAt: Date; asOf: string };

const noCounts = (): RawStatistics => ({
  active: [],
  applications: [],
  submissions: [],
  decisions: [],
  days: [],
  renewals: [],
  expiring: [],
  hours: [],
});

/** Sorts grouped rows into their scopes, dropping the scope column. */
function intoScopes<K extends keyof RawStatistics>(
  scopes: Map<string, RawStatistics>,
  key: K,
  rows: q.Scoped<RawStatistics[K][number]>[],
) {
  for (const { scope, ...row } of rows) {
    let raw = scopes.get(scope);
    if (!raw) {
      raw = noCounts();
      scopes.set(scope, raw);
    }
    (raw[key] as unknown[]).push(row);
  }
}

type Tx = Prisma.TransactionClient;

/** The eight queries, one after another on the transaction's connection, so all see one moment. */
async function countAll(tx: Tx, scope: q.CountingScope, asOf: string) {
  const today = fromIsoDay(asOf);
  const scopes = new Map<string, RawStatistics>();
  intoScopes(scopes, 'active', await q.activeEndorsements(tx, scope));
  intoScopes(scopes, 'applications', await q.applicationsByStatus(tx, scope));
  intoScopes(scopes, 'submissions', await q.submissionsByMonth(tx, scope));
  intoScopes(scopes, 'decisions', await q.decisionsByMonth(tx, scope));
  intoScopes(scopes, 'days', await q.daysToDecision(tx, scope));
  intoScopes(scopes, 'renewals', await q.renewalOutcomes(tx, scope));
  intoScopes(
    scopes,
    'expiring',
    await q.expiringSoon(tx, scope, today, new Date(today.getTime() + 90 * DAY_MS)),
  );
  intoScopes(scopes, 'hours', await q.hoursByQuarter(tx, scope));
  return scopes;
}

/**
 * One-off aggregates over the whole register: JIT compilation costs more than it saves, and at the
 * default 4 MB the sorts and hashes spill to disk (docs/benchmarks/chapter-statistics.md).
 */
export async function useCountingSettings(tx: Tx) {
  await tx.$executeRaw`SET LOCAL jit = off`;
  await tx.$executeRaw`SET LOCAL work_mem = '32MB'`;
}

/**
 * Counts an association's statistics and replaces its stored ones, in one repeatable-read
 * transaction (every table as of one moment). Returns false, counting nothing, when another process
 * is counting the same association at this moment.
 */
async function countAndStore(prisma: PrismaClient, associationId: string, now: Date): Promise<boolean> {
  const association = await prisma.association.findUniqueOrThrow({
    where: { id: associationId },
    select: { ruleEdition: true, settings: true, chapters: { select: { id: true } } },
  });
  const { timeZone } = renewalSettings(association.settings, editionById(association.ruleEdition));
  const asOf = localDay(now, timeZone);
  return prisma.$transaction(
    async (tx) => {
      const [claim] = await tx.$queryRaw<{ claimed: boolean }[]>`
        SELECT pg_try_advisory_xact_lock(hashtext(${`statistics:${associationId}`})) AS claimed`;
      if (!claim?.claimed) return false;
      await useCountingSettings(tx);
      const counted = await countAll(tx, { associationId, timeZone }, asOf);
      const scopes = [ASSOCIATION_SCOPE, ...association.chapters.map((c) => c.id)];
      await tx.statisticsSnapshot.deleteMany({ where: { associationId } });
      await tx.statisticsSnapshot.createMany({
        data: scopes.map((scope) => ({
          associationId,
          scope,
          computedAt: now,
          asOf: fromIsoDay(asOf),
          data: (counted.get(scope) ?? noCounts()) as unknown as Prisma.InputJsonValue,
        })),
      });
      return true;
    },
    { isolationLevel: 'RepeatableRead', maxWait: 30_000, timeout: 10 * 60_000 },
  );
}

// One count per association at a time in this process: readers and the refresher share it.
const counting = new WeakMap<PrismaClient, Map<string, Promise<boolean>>>();

/** Counts an association's statistics now (joining a count already under way in this process). */
export function refreshStatistics(prisma: PrismaClient, associationId: string, now: Date): Promise<boolean> {
  let running = counting.get(prisma);
  if (!running) {
    running = new Map();
    counting.set(prisma, running);
  }
  const inProcess = running;
  let count = inProcess.get(associationId);
  if (!count) {
    count = countAndStore(prisma, associationId, now).finally(() => inProcess.delete(associationId));
    inProcess.set(associationId, count);
  }
  return count;
}

export type StoredSnapshot = { computedAt: Date; asOf: Date; data: Prisma.JsonValue };

export const toSnapshot = (row: StoredSnapshot): Snapshot => ({
  raw: row.data as unknown as RawStatistics,
  computedAt: row.computedAt,
  asOf: toIsoDay(row.asOf),
});

export const isFresh = (row: { computedAt: Date } | null | undefined, now: Date, maxAgeMs: number) =>
  row != null && now.getTime() - row.computedAt.getTime() < maxAgeMs;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A scope's stored figures, counted first when there are none or they are stale. When another
 * process holds the count, its older figures are served, or, if there are none yet, awaited.
 */
export async function storedSnapshot(
  prisma: PrismaClient,
  associationId: string,
  scope: string,
  now: Date,
  stored: StoredSnapshot | undefined,
): Promise<Snapshot> {
  if (isFresh(stored, now, STALE_AFTER_MS) && stored) return toSnapshot(stored);
  const counted = await refreshStatistics(prisma, associationId, now);
  for (let waited = 0; ; waited += 250) {
    const row = await prisma.statisticsSnapshot.findUnique({
      where: { associationId_scope: { associationId, scope } },
      select: { computedAt: true, asOf: true, data: true },
    });
    if (row) return toSnapshot(row);
    if (counted || waited > 60_000)
      throw new Error(`no statistics were counted for ${associationId}/${scope}`);
    await pause(250);
  }
}
