/** Which levels and tracks a portfolio satisfies, and what the nearest next step still needs. */
import { requirementsFor } from './editions/index';
import { prepare } from './evaluate/context';
import { type EvaluateOptions, evaluatePrepared } from './evaluate/evaluate';
import { levelRank, TARGETS, type Target } from './levels';
import type { Portfolio } from './portfolio';
import type { EvaluationResult, RequirementResult } from './result';

export interface SatisfiedLevels {
  /** Targets whose every requirement is met, lowest first. */
  satisfied: Target[];
  /** One result per target the edition has, in ladder order. */
  results: EvaluationResult[];
  /**
   * The unmet target at or above the highest satisfied level with the fewest unmet requirements
   * (pending ones, like an exam taken after review, are not counted as missing); ties go to the
   * lower rung. Absent when every target is satisfied.
   */
  nearest?: { target: Target; missing: RequirementResult[] };
}

export function satisfiedLevels(portfolio: Portfolio, options: EvaluateOptions): SatisfiedLevels {
  const results: EvaluationResult[] = [];
  // Dates are parsed once for all seven targets.
  const prepared = prepare(portfolio, options.asOf);
  for (const target of TARGETS) {
    if (requirementsFor(options.edition, target).length > 0)
      results.push(evaluatePrepared(prepared, target, options.edition));
  }
  const satisfied = results.filter((r) => r.eligible).map((r) => r.target);
  const floor = Math.max(-1, ...satisfied.map((t) => levelRank(t.level)));
  let nearest: { result: EvaluationResult; unmet: number } | undefined;
  for (const r of results) {
    if (r.eligible || levelRank(r.target.level) < floor) continue;
    const unmet = r.requirements.filter((req) => req.status === 'not_met').length;
    if (!nearest || unmet < nearest.unmet) nearest = { result: r, unmet };
  }
  const out: SatisfiedLevels = { satisfied, results };
  if (nearest) {
    out.nearest = {
      target: nearest.result.target,
      missing: nearest.result.requirements.filter((req) => req.status !== 'met'),
    };
  }
  return out;
}
