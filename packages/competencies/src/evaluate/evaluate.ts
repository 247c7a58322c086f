/** Evaluates a portfolio against one level (and track) of an edition at a given date. */
import type { IsoDate } from '../dates';
import type { Edition } from '../editions/edition';
import { requirementsFor } from '../editions/index';
import { type Target, targetKey } from '../levels';
import type { Portfolio } from '../portfolio';
import type { RequirementSpec } from '../requirements';
import type { EvaluationResult, RequirementResult } from '../result';
import { type Context, prepare } from './context';
import { evaluateAgreement, evaluateEducation, evaluateExam, evaluateMembership } from './documents';
import { evaluateReferences } from './references';
import { evaluateRsc } from './rsc';
import { evaluateTraining } from './training';
import {
  evaluateDegreeOrWork,
  evaluateFamiliesServed,
  evaluateLeadership,
  evaluateWork,
} from './work-experience';

export interface EvaluateOptions {
  /** The date the portfolio is judged at; nothing dated after it counts. */
  asOf: IsoDate;
  edition: Edition;
}

export function evaluateSpec(ctx: Context, spec: RequirementSpec): RequirementResult {
  switch (spec.kind) {
    case 'education':
      return evaluateEducation(ctx, spec);
    case 'degree_or_work':
      return evaluateDegreeOrWork(ctx, spec);
    case 'work':
      return evaluateWork(ctx, spec);
    case 'families_served':
      return evaluateFamiliesServed(ctx, spec);
    case 'leadership':
      return evaluateLeadership(ctx, spec);
    case 'training':
      return evaluateTraining(ctx, spec);
    case 'rsc':
      return evaluateRsc(ctx, spec);
    case 'references':
      return evaluateReferences(ctx, spec);
    case 'exam':
      return evaluateExam(ctx, spec);
    case 'agreement':
      return evaluateAgreement(ctx, spec);
    case 'membership':
      return evaluateMembership(ctx, spec);
  }
}

/**
 * Judges `portfolio` for `target` under `options.edition` at `options.asOf`. Throws a RangeError when
 * the edition has no such level or a date in the portfolio is not a real ISO date (validate input
 * with `validatePortfolio` first to report those to the user instead).
 */
export function evaluate(portfolio: Portfolio, target: Target, options: EvaluateOptions): EvaluationResult {
  const { edition } = options;
  const specs = requirementsFor(edition, target);
  if (specs.length === 0)
    throw new RangeError(`Edition ${edition.id} has no requirements for ${targetKey(target)}`);
  const ctx = prepare(portfolio, edition, options.asOf);
  const requirements: RequirementResult[] = [];
  for (const spec of specs) requirements.push(evaluateSpec(ctx, spec));
  return evaluationResult(ctx, target, requirements);
}

/** The result for `target` from its requirements' results, in form order. */
export function evaluationResult(
  ctx: Context,
  target: Target,
  requirements: RequirementResult[],
): EvaluationResult {
  let eligible = true;
  let readyForReview = true;
  for (const r of requirements) {
    if (r.status !== 'met') eligible = false;
    if (r.status === 'not_met' || (r.status === 'pending' && r.id !== 'exam')) readyForReview = false;
  }
  return {
    editionId: ctx.edition.id,
    target,
    asOf: ctx.asOfIso,
    eligible,
    readyForReview,
    requirements,
  };
}

/** A copy with its own arrays, so no two results of a batch share mutable parts. */
export function copyResult(r: RequirementResult): RequirementResult {
  // Same key order as `result()`, so the JSON is byte-identical to a fresh evaluation.
  const out: RequirementResult = { id: r.id, label: r.label, status: r.status, reasons: r.reasons.slice() };
  if (r.progress) out.progress = { have: r.progress.have, need: r.progress.need, unit: r.progress.unit };
  return out;
}
