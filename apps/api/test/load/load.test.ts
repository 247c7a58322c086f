import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiProcess, startApiProcess } from './api-process.ts';
import { type LoadDatabase, loadDatabase } from './load-database.ts';
import { describeRun, startLoad } from './load-driver.ts';
import { LOAD, SERVER_ONLY } from './load-flags.ts';
import { createLoadWorld, type LoadWorld } from './load-world.ts';
import { reconcile } from './reconcile.ts';

/**
 * The mixed load (issue 8): applicants editing portfolios and submitting, raters answering, reviewers
 * reviewing, coordinators reading the queue and assigning, analysts reading statistics, all at once
 * over HTTP against the API in its own process on a PostgreSQL database of this file's own. No call
 * may fail, and afterwards every acknowledged write must be in the database.
 *
 * Short in `npm test` (20 virtual users, 20 s); `LOAD_MINUTES=5` (and `LOAD_USERS=n`) for a long run.
 */
const users = {
  applicants: 10 * LOAD.scale,
  reviewers: 4 * LOAD.scale,
  coordinators: 3 * LOAD.scale,
  analysts: 3 * LOAD.scale,
};

describe.skipIf(!LOAD.onServer)(`mixed load (${SERVER_ONLY})`, () => {
  let db: LoadDatabase;
  let api: ApiProcess;
  let world: LoadWorld;

  beforeAll(async () => {
    db = await loadDatabase();
    api = await startApiProcess({ databaseUrl: db.url });
    world = await createLoadWorld(db.prisma, () => api.url, {
      coordinators: users.coordinators,
      reviewers: users.reviewers,
      analysts: users.analysts,
      filesPerReviewer: 3,
    });
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    await api?.removeData();
    await db?.drop();
  }, 60_000);

  it(
    'serves every virtual user without an error, and keeps every acknowledged write',
    async () => {
      const run = startLoad(world, { durationMs: LOAD.durationMs, users, baseUrl: () => api.url });
      await run.done;
      console.log(describeRun(`${Object.values(users).reduce((a, b) => a + b)} virtual users`, run));
      const result = await reconcile(db.prisma, run.ledger);
      console.log(
        `[load] reconciled: ${JSON.stringify(result.checked)}; ${JSON.stringify(result.submissions)}`,
      );

      expect(run.metrics.errors.slice(0, 20)).toEqual([]);
      expect(result.problems.slice(0, 20)).toEqual([]);
      expect(api.alive).toBe(true);
      expect(api.unexpectedErrors()).toBe(0);
      // The load did what it is for: every kind of write happened, many times.
      for (const write of ['create trainings', 'requestReference', 'submitReferenceRating', 'saveReview']) {
        expect(run.ledger.acks.get(write) ?? 0, write).toBeGreaterThan(0);
      }
      expect(run.ledger.acks.get('submitApplication') ?? 0).toBeGreaterThan(0);
      expect(run.ledger.acks.get('submitReview') ?? 0).toBeGreaterThan(0);
      expect(run.ledger.acks.get('assignReviewer') ?? 0).toBeGreaterThan(0);
    },
    LOAD.durationMs + 120_000,
  );
});
