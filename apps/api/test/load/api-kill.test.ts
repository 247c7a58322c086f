import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/audit/audit-log.ts';
import { SUBMIT } from '../helpers/applications.ts';
import { type ApiProcess, startApiProcess } from './api-process.ts';
import { type LoadDatabase, loadDatabase } from './load-database.ts';
import { LOAD, SERVER_ONLY } from './load-flags.ts';
import { createLoadWorld, type LoadWorld } from './load-world.ts';
import { classify } from './metrics.ts';
import { readyDraft } from './ready-drafts.ts';
import { type Applicant, checkSubmissions } from './submission-check.ts';

/**
 * The API process dies (SIGKILL: no shutdown, no clean-up) while many applicants are submitting at
 * once (issue 8). Each submission is one transaction, so every application must be either a draft
 * without any trace of a submission or submitted exactly once, whole; every submission the API
 * acknowledged must be there; and after a restart the same people (same session cookies) submit the
 * rest, each exactly once.
 *
 * Short in `npm test` (one kill during 16 submissions); `LOAD_MINUTES` (any value) or FAULTS=1 for
 * five kills during 60 submissions each.
 */
const long = LOAD.long || LOAD.faults;
const ROUNDS = long ? 5 : 1;
// 75 presses at once (the long version) are more than ten connections serve within Prisma's default
// 2 s wait to start a transaction: some answer INTERNAL_SERVER_ERROR ("Unable to start a transaction
// in the given time") before the kill, and this test says so. The short version stays under that.
const BATCH = long ? 60 : 16;
const DOUBLE_EVERY = 4;

describe.skipIf(!LOAD.onServer)(`the API killed in the middle of submissions (${SERVER_ONLY})`, () => {
  let db: LoadDatabase;
  let api: ApiProcess;
  let world: LoadWorld;

  beforeAll(async () => {
    db = await loadDatabase();
    api = await startApiProcess({ databaseUrl: db.url });
    world = await createLoadWorld(db.prisma, () => api.url, {
      coordinators: 2,
      reviewers: 0,
      analysts: 0,
      filesPerReviewer: 0,
    });
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    await api?.removeData();
    await db?.drop();
  }, 60_000);

  it(
    'leaves every application either a clean draft or submitted exactly once',
    async () => {
      const everyone = new Map<string, Applicant>();
      for (let round = 1; round <= ROUNDS; round++) {
        const people = await Promise.all(Array.from({ length: BATCH }, () => readyDraft(world)));
        for (const p of people) everyone.set(p.profileId, p);

        // Everyone presses Submit at once, some twice; the API dies once a third of the submissions
        // have been acknowledged, with the rest in flight or queued behind the locks.
        const acked = new Set<string>();
        const press = async (p: (typeof people)[number]) => {
          const reply = await p.client.call(SUBMIT, { id: p.applicationId });
          const { outcome, what } = classify(reply, {
            field: 'submitApplication',
            success: 'MutationSubmitApplicationSuccess',
          });
          if (outcome.kind === 'ok') acked.add(p.applicationId);
          return { p, ok: outcome.kind === 'ok', what };
        };
        const presses = Promise.all(
          people.flatMap((p, i) => (i % DOUBLE_EVERY === 0 ? [press(p), press(p)] : [press(p)])),
        );
        const deadline = Date.now() + 30_000;
        while (acked.size < BATCH / 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 2));
        const killedAfter = acked.size;
        await api.kill('SIGKILL');
        const answers = await presses;
        const unanswered = answers.filter((a) => !a.ok);
        // Failures other than the process dying (an internal error under the burst, say), shown with
        // what the API logged and asserted once the database has been checked.
        const otherFailures = unanswered.filter((a) => !/^network/.test(a.what ?? '')).map((a) => a.what);
        const logged = api.output.filter((l) => l.includes('unexpected error')).slice(0, 10);
        if (logged.length) console.log(`[kill] the API logged before it died:\n${logged.join('\n')}`);

        const afterKill = await checkSubmissions(db.prisma, everyone);
        expect(afterKill.problems).toEqual([]);
        const status = new Map(afterKill.applications.map((a) => [a.id, a.status]));
        for (const id of acked) expect(status.get(id), `acknowledged ${id}`).not.toBe('DRAFT');
        const answered = acked.size;
        const committedUnanswered = people.filter(
          (p) => !acked.has(p.applicationId) && status.get(p.applicationId) !== 'DRAFT',
        ).length;

        // Restart on the same address; the others come back (a few at a time, as people do) and press
        // Submit again, once: it succeeds, whether their first press had committed or not.
        api = await startApiProcess({ databaseUrl: db.url, port: api.port, dataDir: api.dataDir });
        const again = people.filter((p) => !acked.has(p.applicationId));
        const retries: Awaited<ReturnType<typeof press>>[] = [];
        for (let i = 0; i < again.length; i += 8)
          retries.push(...(await Promise.all(again.slice(i, i + 8).map(press))));

        const final = await checkSubmissions(db.prisma, everyone);
        expect(final.problems).toEqual([]);
        expect(final.counts).toEqual({ draft: 0, submitted: everyone.size });
        console.log(
          `[kill] round ${round}: ${BATCH} applicants, ${answers.length} presses; killed after ${killedAfter} ` +
            `acknowledged (${answered} by the end); ${unanswered.length} presses unanswered ` +
            `(${otherFailures.length} with an error before the kill); ${committedUnanswered} committed without ` +
            `an answer, ${BATCH - answered - committedUnanswered} rolled back; after restart all ${everyone.size} ` +
            'submitted exactly once',
        );
        expect(unanswered.length, 'the kill landed while submissions were in flight').toBeGreaterThan(0);
        expect(otherFailures, 'every press that failed, failed because the process died').toEqual([]);
        expect(retries.filter((r) => !r.ok).map((r) => r.what)).toEqual([]);
      }
      expect(await verifyAuditChain(db.prisma)).toEqual({ ok: true, brokenAt: null });
      expect(api.unexpectedErrors()).toBe(0);
    },
    ROUNDS * 90_000,
  );
});
