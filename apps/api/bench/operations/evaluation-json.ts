import { type EvaluationResult, evaluate, levelName, type Portfolio, TRACK_NAMES } from '@imh/competencies';
import { editionById, targetOf } from '../../src/applications/judge.ts';

type AppTarget = {
  level: Parameters<typeof targetOf>[0]['level'];
  track: string | null;
  ruleEdition: string;
};

/** Application.targetName, as the resolver words it. */
export function targetName(a: AppTarget): string {
  const target = targetOf(a as Parameters<typeof targetOf>[0]);
  const name = levelName(editionById(a.ruleEdition), target.level) ?? target.level;
  return target.track ? `${name} (${TRACK_NAMES[target.track]})` : name;
}

/** The rules' judgement of a portfolio, the same call the resolvers make. */
export function judgePortfolio(a: AppTarget, portfolio: Portfolio, asOf: string): EvaluationResult {
  return evaluate(portfolio, targetOf(a as Parameters<typeof targetOf>[0]), {
    asOf,
    edition: editionById(a.ruleEdition),
  });
}

/** An EvaluationResult as the Evaluation type serializes it (enum values upper-case, no progress → null). */
export function evaluationJson(e: EvaluationResult) {
  return {
    editionId: e.editionId,
    asOf: e.asOf,
    eligible: e.eligible,
    readyForReview: e.readyForReview,
    requirements: e.requirements.map((r) => ({
      id: r.id,
      label: r.label,
      status: r.status.toUpperCase(),
      reasons: r.reasons,
      progress: r.progress ? { have: r.progress.have, need: r.progress.need, unit: r.progress.unit } : null,
    })),
  };
}
