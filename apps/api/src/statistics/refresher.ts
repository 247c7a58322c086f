import type { PrismaClient } from '@imh/db';
import { type PeriodicJob, startPeriodicJob } from '../jobs/periodic-job.ts';
import { ASSOCIATION_SCOPE, isFresh, REFRESH_AFTER_MS, refreshStatistics } from './snapshot.ts';

/**
 * Counts again every association whose figures are older than REFRESH_AFTER_MS. Several API
 * processes may run this: the count's advisory lock lets one of them count an association at a time.
 */
export async function refreshStaleStatistics(prisma: PrismaClient, now: Date): Promise<number> {
  const associations = await prisma.association.findMany({
    select: {
      id: true,
      statistics: { where: { scope: ASSOCIATION_SCOPE }, select: { computedAt: true } },
    },
  });
  let counted = 0;
  for (const association of associations) {
    if (isFresh(association.statistics[0], now, REFRESH_AFTER_MS)) continue;
    // One association's fault must not keep the others' figures from being counted.
    try {
      if (await refreshStatistics(prisma, association.id, now)) counted++;
    } catch (error) {
      console.error(`[statistics] association ${association.id} failed:`, error);
    }
  }
  return counted;
}

/** Runs the refresh soon after start and then every few minutes. */
export const startStatisticsRefresher = (
  prisma: PrismaClient,
  clock: () => Date,
  intervalMs = 5 * 60_000,
): PeriodicJob =>
  startPeriodicJob('statistics', () => refreshStaleStatistics(prisma, clock()), {
    intervalMs,
    firstAfterMs: 3_000,
  });
