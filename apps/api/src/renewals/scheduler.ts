import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@imh/db';
import { editionById } from '../applications/judge.ts';
import { appendAudit } from '../audit/audit-log.ts';
import { fromIsoDay, toIsoDay } from '../calendar-day.ts';
import { type PeriodicJob, startPeriodicJob } from '../jobs/periodic-job.ts';
import { endorsementInclude, type LoadedEndorsement, policyOf, standingOf, todayFor } from './endorsement.ts';
import { describeEndorsement, longDate, notifyHolder } from './notices.ts';
import { localDay, renewalSettings } from './settings.ts';

const DAY_MS = 86_400_000;
const JOB = 'renewals';
const LEASE_MS = 10 * 60_000;

type Config = { publicUrl: string };
type Outcome = { reminders: number; dueNotices: number; lapsed: number; failed: number };
type Step = { kind: string; title: string; body: string; lapse: boolean };

/** What the endorsee hears today, if anything: one step per endorsement and renewal year. */
function stepFor(e: LoadedEndorsement, now: Date, reminderDays: readonly number[]): Step | null {
  const policy = policyOf(e);
  const standing = standingOf(e, now, policy);
  const today = todayFor(policy, now);
  const what = describeEndorsement(policy.edition, e);
  const due = longDate(fromIsoDay(standing.dueOn));
  const graceEnd = longDate(fromIsoDay(standing.graceEndsOn));
  if (standing.status === 'lapsed')
    return {
      kind: 'lapsed',
      title: 'Endorsement lapsed',
      body: `${what} has lapsed: its renewal for ${standing.year} was not made by ${graceEnd}. Open your endorsement page to see whether it can be reinstated.`,
      lapse: true,
    };
  if (today >= standing.dueOn)
    return {
      kind: 'due',
      title: today === standing.dueOn ? 'Renewal due today' : 'Renewal overdue',
      body: `The renewal of ${what} for ${standing.year} ${today === standing.dueOn ? 'is due today' : `was due on ${due}`}. A late renewal, with the late fee, is accepted until ${graceEnd}; after that the endorsement lapses.`,
      lapse: false,
    };
  const daysLeft = Math.round((fromIsoDay(standing.dueOn).getTime() - fromIsoDay(today).getTime()) / DAY_MS);
  const threshold = [...reminderDays].sort((a, b) => a - b).find((d) => daysLeft <= d);
  if (threshold === undefined) return null;
  return {
    kind: `reminder-${threshold}`,
    title: 'Renewal reminder',
    body: `The renewal of ${what} for ${standing.year} is due on ${due}, in ${daysLeft} day${daysLeft === 1 ? '' : 's'}. Log your hours and submit it from your endorsement page.`,
    lapse: false,
  };
}

/**
 * One endorsement's step, in its own transaction under its row lock. The RenewalNotice row is the
 * claim: its unique key lets exactly one process (and one run, across restarts) send each notice;
 * the email goes through the outbox, which retries a failed send.
 */
async function processEndorsement(
  prisma: PrismaClient,
  id: string,
  now: Date,
  config: Config,
  reminderDays: readonly number[],
) {
  return prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Endorsement" WHERE id = ${id} AND status = 'ACTIVE' FOR UPDATE SKIP LOCKED`;
    if (locked.length === 0) return null;
    const e = await tx.endorsement.findUniqueOrThrow({ where: { id }, include: endorsementInclude });
    const standing = standingOf(e, now);
    // Waiting on the coordinator: the endorsee has done their part, so no reminder and no lapse.
    if (e.renewals.some((r) => r.year === standing.year && r.status === 'SUBMITTED')) return null;
    const step = stepFor(e, now, reminderDays);
    if (!step) return null;
    const claimed = await tx.renewalNotice.createMany({
      data: [{ endorsementId: e.id, year: standing.year, kind: step.kind, sentAt: now }],
      skipDuplicates: true,
    });
    if (claimed.count === 0 && !step.lapse) return null;
    if (step.lapse) {
      const lapsedOn = new Date(fromIsoDay(standing.graceEndsOn).getTime() + DAY_MS);
      await tx.endorsement.update({ where: { id: e.id }, data: { status: 'LAPSED', lapsedOn } });
      await appendAudit(tx, {
        actorId: null,
        action: 'endorsement.lapse',
        entityType: 'Endorsement',
        entityId: e.id,
        before: { status: 'ACTIVE' },
        after: { status: 'LAPSED', year: standing.year, lapsedOn: toIsoDay(lapsedOn) },
        at: now,
      });
    }
    if (claimed.count > 0)
      await notifyHolder(tx, e.profile.user, step, {
        now,
        publicUrl: config.publicUrl,
        dedupeKey: `renewal:${e.id}:${standing.year}:${step.kind}`,
      });
    return step.kind;
  });
}

/**
 * Sends what is due today for every active endorsement and lapses those past grace. Candidates are
 * chosen in SQL by the stored dates (kept equal to renewalStanding's); each is then judged by the
 * rules package itself before anything is written.
 */
export async function runRenewalJobs(prisma: PrismaClient, now: Date, config: Config): Promise<Outcome> {
  const outcome: Outcome = { reminders: 0, dueNotices: 0, lapsed: 0, failed: 0 };
  const associations = await prisma.association.findMany({
    select: { id: true, ruleEdition: true, settings: true },
  });
  for (const association of associations) {
    // One association's fault (an edition removed from the code) must not stop the others' notices.
    try {
      const base = editionById(association.ruleEdition);
      const { reminderDays, timeZone } = renewalSettings(association.settings, base);
      const today = fromIsoDay(localDay(now, timeZone));
      const horizon = new Date(today.getTime() + Math.max(...reminderDays) * DAY_MS);
      const candidates = await prisma.endorsement.findMany({
        where: { status: 'ACTIVE', expiresOn: { lte: horizon }, profile: { associationId: association.id } },
        select: { id: true },
        orderBy: { expiresOn: 'asc' },
      });
      for (const { id } of candidates) {
        // Nor one endorsement's fault the rest of the association's.
        try {
          const kind = await processEndorsement(prisma, id, now, config, reminderDays);
          if (kind === 'lapsed') outcome.lapsed++;
          else if (kind === 'due') outcome.dueNotices++;
          else if (kind) outcome.reminders++;
        } catch (error) {
          outcome.failed++;
          console.error(`[renewals] endorsement ${id} failed:`, error);
        }
      }
    } catch (error) {
      outcome.failed++;
      console.error(`[renewals] association ${association.id} failed:`, error);
    }
  }
  return outcome;
}

/**
 * Claims the job for this run: the row is taken only when no other process holds an unexpired lease,
 * so two API processes do not walk the same endorsements at once (and if they did, the notices'
 * unique keys would still send each once).
 */
export async function claimJob(prisma: PrismaClient, holder: string, now: Date): Promise<boolean> {
  const until = new Date(now.getTime() + LEASE_MS);
  const rows = await prisma.$queryRaw<{ name: string }[]>`
    INSERT INTO "JobLease" (name, holder, "lockedUntil") VALUES (${JOB}, ${holder}, ${until})
    ON CONFLICT (name) DO UPDATE SET holder = EXCLUDED.holder, "lockedUntil" = EXCLUDED."lockedUntil"
      WHERE "JobLease"."lockedUntil" <= ${now} OR "JobLease".holder = ${holder}
    RETURNING name`;
  return rows.length > 0;
}

async function releaseJob(prisma: PrismaClient, holder: string, now: Date) {
  await prisma.jobLease.updateMany({
    where: { name: JOB, holder },
    data: { lockedUntil: now, lastRunAt: now },
  });
}

/** One scheduled run, if this process wins the lease. */
export async function runRenewalScheduler(
  prisma: PrismaClient,
  now: Date,
  config: Config,
  holder: string = randomUUID(),
): Promise<Outcome | null> {
  if (!(await claimJob(prisma, holder, now))) return null;
  try {
    return await runRenewalJobs(prisma, now, config);
  } finally {
    await releaseJob(prisma, holder, now);
  }
}

/** Runs the renewal jobs soon after start and then every so often. */
export function startRenewalScheduler(
  prisma: PrismaClient,
  clock: () => Date,
  config: Config,
  intervalMs = 15 * 60_000,
): PeriodicJob {
  const holder = randomUUID();
  return startPeriodicJob('renewals', () => runRenewalScheduler(prisma, clock(), config, holder), {
    intervalMs,
    firstAfterMs: 5_000,
  });
}
