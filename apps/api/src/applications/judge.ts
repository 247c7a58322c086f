import {
  type Edition,
  type EvaluationResult,
  evaluate,
  getEdition,
  type Portfolio,
  type Target,
} from '@imh/competencies';
import type { Prisma } from '@imh/db';
import { toIsoDay } from '../calendar-day.ts';
import {
  applicationEvidenceInclude,
  type PortfolioView,
  portfolioInclude,
  toRulesPortfolio,
} from '../portfolio/rules-portfolio.ts';

/** An application with everything the rules read: the owner's portfolio and its own evidence. */
export const judgedApplicationInclude = {
  ...applicationEvidenceInclude,
  profile: { include: { ...portfolioInclude, user: { select: { id: true, name: true, email: true } } } },
} satisfies Prisma.ApplicationInclude;

export type JudgedApplication = Prisma.ApplicationGetPayload<{ include: typeof judgedApplicationInclude }>;

/** What the rules read of an application: its own evidence and its owner's portfolio. */
export type JudgeableApplication = Prisma.ApplicationGetPayload<{
  include: typeof applicationEvidenceInclude;
}> & { profile: Prisma.ApplicantProfileGetPayload<{ include: typeof portfolioInclude }> };

export function editionById(id: string): Edition {
  const edition = getEdition(id);
  // An unknown id is a deployment fault (an edition removed from the code), not a user error.
  if (!edition) throw new Error(`Unknown rules edition ${id}`);
  return edition;
}

export function targetOf(app: { level: Target['level']; track: Target['track'] | null }): Target {
  return (
    app.level === 'IMHM' ? { level: 'IMHM', track: app.track ?? 'CLINICAL' } : { level: app.level }
  ) as Target;
}

export function rulesPortfolioOf(app: JudgeableApplication, view: PortfolioView = 'applicant'): Portfolio {
  return toRulesPortfolio(app.profile, app, view);
}

/**
 * The authoritative judgement of an application's current portfolio, today: the one that gates
 * submission. It reads the applicant's view, so that nothing a rater wrote can surface in what the
 * applicant is told (see PortfolioView).
 */
export function judge(app: JudgeableApplication, now: Date): EvaluationResult {
  return evaluate(rulesPortfolioOf(app), targetOf(app), {
    asOf: toIsoDay(now),
    edition: editionById(app.ruleEdition),
  });
}
