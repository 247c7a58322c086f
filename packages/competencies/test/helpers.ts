import {
  type Edition,
  evaluate,
  type Portfolio,
  type RequirementId,
  type RequirementResult,
  type Target,
} from '../src/index';
import { AS_OF } from './factories';

export function requirement(
  portfolio: Portfolio,
  target: Target,
  edition: Edition,
  id: RequirementId,
  asOf = AS_OF,
): RequirementResult {
  const found = evaluate(portfolio, target, { asOf, edition }).requirements.find((r) => r.id === id);
  if (!found) throw new Error(`${id} not evaluated for ${target.level}`);
  return found;
}

export function status(
  portfolio: Portfolio,
  target: Target,
  edition: Edition,
  id: RequirementId,
  asOf = AS_OF,
) {
  return requirement(portfolio, target, edition, id, asOf).status;
}
