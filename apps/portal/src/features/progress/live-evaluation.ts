import {
  type EvaluationResult,
  evaluate,
  getEdition,
  type LevelCode,
  type MentorTrack,
  type Portfolio,
  type RequirementStatus,
  type Target,
} from '@imh/competencies';
export function toTarget(level: LevelCode, track?: MentorTrack | null): Target {
  return (level === 'IMHM' ? { level, track: track ?? 'CLINICAL' } : { level }) as Target;
}

/** Today as the API's calendar day (UTC), so the browser and the server judge the same date. */
export const todayIso = (now = new Date()): string => now.toISOString().slice(0, 10);

/**
 * Runs the same rules the API runs, in the browser, on the portfolio the API hands out
 * (`rulesPortfolio` / `myRulesPortfolio`) plus whatever the person is typing.
 */
export function evaluateLive(
  portfolio: Portfolio,
  target: Target,
  editionId: string,
  asOf: string = todayIso(),
): EvaluationResult {
  const edition = getEdition(editionId);
  if (!edition) throw new Error(`This portal does not know the rules edition ${editionId}; reload the page.`);
  return evaluate(portfolio, target, { asOf, edition });
}

/** The API sends the status as a GraphQL enum (MET); the rules package says 'met'. */
export const fromServerStatus = (status: 'MET' | 'NOT_MET' | 'PENDING'): RequirementStatus =>
  status.toLowerCase() as RequirementStatus;
