import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '@imh/db';
import { AGREEMENTS } from '../../applications/agreements.ts';
import { editionById } from '../../applications/judge.ts';
import { hashPassword } from '../../auth/passwords.ts';
import { toIsoDay } from '../../calendar-day.ts';
import { type RenewalSettings, renewalSettings } from '../../renewals/settings.ts';
import { applicationPlanSteps, applicationRowSteps } from './applications-sql.ts';
import { endorsementPlanSteps, endorsementRowSteps } from './endorsements-sql.ts';
import { peopleSteps } from './people-sql.ts';
import { type PopulationStep, populationContext } from './population-context.ts';
import { type PopulationPlan, planPopulation } from './population-plan.ts';
import { portfolioSteps } from './portfolio-sql.ts';
import { reviewerSteps } from './reviewers-sql.ts';

export type PopulationOptions = {
  associationId: string;
  chapterIds: string[];
  applications: number;
  endorsements: number;
  reviewers: number;
  seed: number;
  /** The day the population is generated as of: every date lies before it. */
  today: Date;
  /** Starts every id (and email, and endorsement number), so populations and the demo never collide. */
  idPrefix: string;
  /**
   * The accounts' password hash. By default the hash of a random secret, computed once: the accounts
   * exist and signing in as them fails cleanly, but nobody can. The demo may pass its own.
   */
  passwordHash?: string;
  /** Who made the decisions; by default a coordinator `<prefix>-coordinator-1` is created. */
  deciderId?: string;
  onProgress?: (step: { label: string; rows: number | null; ms: number }) => void;
};

export type PopulationResult = {
  plan: PopulationPlan;
  /** Rows inserted, by table. */
  rows: Record<string, number>;
  ms: number;
};

const PREFIX = /^[a-z][a-z0-9-]{0,39}$/;
const pick = ({ graceDays, reminderDays }: RenewalSettings) => ({ graceDays, reminderDays });

/**
 * Inserts a realistic, deterministic population into an association: applicants with portfolios,
 * applications in every status with their rounds and decisions, endorsements with their renewal
 * history (and the renewal notices already sent, as the scheduler would have sent them), and reviewers. Each table is filled by one `INSERT … SELECT … FROM generate_series`
 * whose random values are hashes of the row number and the seed (random-sql.ts), so the rows are
 * computed by the database next to where they are stored, and the same seed gives the same rows
 * (except the password hash, which is salted). The same SQL runs on the PostgreSQL server and on
 * PGlite. All of it is one transaction: a failure leaves nothing behind.
 *
 * No audit entries are written: the generated history is not anyone's action, and the audit chain
 * verifier reads only the entries that exist, so it needs none.
 */
export async function generatePopulation(
  prisma: PrismaClient,
  opts: PopulationOptions,
): Promise<PopulationResult> {
  const started = performance.now();
  if (!PREFIX.test(opts.idPrefix))
    throw new RangeError(`idPrefix must be lower-case letters, digits and hyphens, got "${opts.idPrefix}"`);
  const plan = planPopulation(opts);
  const association = await prisma.association.findUniqueOrThrow({
    where: { id: opts.associationId },
    select: { code: true, ruleEdition: true, settings: true },
  });
  const chapters = await prisma.chapter.count({
    where: { id: { in: opts.chapterIds }, associationId: opts.associationId },
  });
  if (chapters !== new Set(opts.chapterIds).size)
    throw new Error('Every chapter must exist and belong to the association.');
  const c = populationContext({
    plan,
    seed: opts.seed,
    idPrefix: opts.idPrefix,
    today: toIsoDay(opts.today),
    associationId: opts.associationId,
    associationCode: association.code,
    ruleEdition: association.ruleEdition,
    chapterIds: opts.chapterIds,
    passwordHash: opts.passwordHash ?? (await hashPassword(randomBytes(32).toString('base64url'))),
    deciderId: opts.deciderId ?? `${opts.idPrefix}-coordinator-1`,
    agreementVersion: AGREEMENTS.CODE_OF_ETHICS.version,
    // Lapses and notices follow the association's own policy, as its scheduler will judge them.
    ...pick(renewalSettings(association.settings, editionById(association.ruleEdition))),
  });
  // Foreign keys decide the order: people before what they own, decisions after their decider.
  const steps: PopulationStep[] = [
    ...applicationPlanSteps(c),
    ...endorsementPlanSteps(c),
    ...peopleSteps(c),
    ...portfolioSteps(c),
    ...reviewerSteps(c, !opts.deciderId),
    ...applicationRowSteps(c),
    ...endorsementRowSteps(c),
  ];
  const rows: Record<string, number> = {};
  await prisma.$transaction(
    async (tx) => {
      // Sorts and hashes of the plan tables stay in memory rather than spilling to disk.
      await tx.$executeRawUnsafe(`SET LOCAL work_mem = '64MB'`);
      for (const step of steps) {
        const t0 = performance.now();
        const affected = await tx.$executeRawUnsafe(step.sql);
        if (step.table) rows[step.table] = (rows[step.table] ?? 0) + affected;
        opts.onProgress?.({
          label: step.label,
          rows: step.table ? affected : null,
          ms: performance.now() - t0,
        });
      }
    },
    { timeout: 3_600_000, maxWait: 60_000 },
  );
  // Fresh planner statistics, so the first queries over the new rows are planned for their size.
  const t0 = performance.now();
  await prisma.$executeRawUnsafe(
    `ANALYZE ${Object.keys(rows)
      .map((t) => `"${t}"`)
      .join(', ')}`,
  );
  opts.onProgress?.({ label: 'analyze', rows: null, ms: performance.now() - t0 });
  return { plan, rows, ms: performance.now() - started };
}
