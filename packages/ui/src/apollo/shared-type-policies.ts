import type { TypePolicies } from '@apollo/client';

/**
 * A requirement's `id` names the rule (e.g. `training`), not one judgement of it: the same id appears
 * in every evaluation, for every level and renewal year. Normalised by id, one evaluation's result
 * would overwrite another's, so results stay inside the evaluation that holds them.
 */
export const SHARED_TYPE_POLICIES: TypePolicies = { RequirementResult: { keyFields: false } };
