/** Which levels and tracks a portfolio satisfies, and what the nearest next step still needs. */
import type { Edition } from './editions/edition';
import { requirementsFor } from './editions/index';
import { prepare } from './evaluate/context';
import { copyResult, type EvaluateOptions, evaluateSpec, evaluationResult } from './evaluate/evaluate';
import { levelRank, TARGETS, type Target } from './levels';
import type { Portfolio } from './portfolio';
import type { RequirementSpec } from './requirements';
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

/** One rung of an edition's ladder: a target, its requirements, and where each spec is first evaluated. */
interface Rung {
  target: Target;
  rank: number;
  specs: readonly RequirementSpec[];
  /** Per spec, its index among the edition's distinct spec objects. */
  slots: readonly number[];
}

interface Ladder {
  rungs: readonly Rung[];
  /** How many distinct spec objects the rungs hold. */
  distinct: number;
}

const ladders = new WeakMap<Edition, Ladder>();

/**
 * The edition's targets in ladder order with their requirements, worked out once per edition object.
 * A requirement's result depends on the portfolio, the date, the edition and the spec alone (no
 * evaluator reads the target), and editions share spec objects between levels and tracks (agreements,
 * membership, exam, what the Mentor tracks have in common): numbering the distinct specs lets a batch
 * evaluate each once, without a lookup per requirement.
 */
function ladder(edition: Edition): Ladder {
  let found = ladders.get(edition);
  if (!found) {
    const distinct: RequirementSpec[] = [];
    const rungs = TARGETS.map((target) => {
      const specs = requirementsFor(edition, target);
      const slots = specs.map((spec) => {
        const known = distinct.indexOf(spec);
        return known >= 0 ? known : distinct.push(spec) - 1;
      });
      return { target, rank: levelRank(target.level), specs, slots };
    }).filter((rung) => rung.specs.length > 0);
    found = { rungs, distinct: distinct.length };
    ladders.set(edition, found);
  }
  return found;
}

function unmetCount(result: EvaluationResult): number {
  let count = 0;
  for (const req of result.requirements) if (req.status === 'not_met') count++;
  return count;
}

export function satisfiedLevels(portfolio: Portfolio, options: EvaluateOptions): SatisfiedLevels {
  // Dates are parsed once for all seven targets.
  const ctx = prepare(portfolio, options.edition, options.asOf);
  const { rungs, distinct } = ladder(options.edition);
  // Filled up front: storing into a growing array with holes was a visible cost.
  const done: (RequirementResult | undefined)[] = [];
  for (let i = 0; i < distinct; i++) done.push(undefined);
  const results: EvaluationResult[] = [];
  const satisfied: Target[] = [];
  let floor = -1;
  for (const { target, rank, specs, slots } of rungs) {
    const requirements: RequirementResult[] = [];
    for (let i = 0; i < specs.length; i++) {
      const slot = slots[i] as number;
      const seen = done[slot];
      // Copies, so no two results of the batch share mutable parts.
      const r = seen ? copyResult(seen) : evaluateSpec(ctx, specs[i] as RequirementSpec);
      if (!seen) done[slot] = r;
      requirements.push(r);
    }
    const result = evaluationResult(ctx, target, requirements);
    results.push(result);
    if (result.eligible) {
      satisfied.push(target);
      if (rank > floor) floor = rank;
    }
  }
  let nearest: { result: EvaluationResult; unmet: number } | undefined;
  for (let i = 0; i < results.length; i++) {
    const r = results[i] as EvaluationResult;
    if (r.eligible || (rungs[i] as Rung).rank < floor) continue;
    const unmet = unmetCount(r);
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
