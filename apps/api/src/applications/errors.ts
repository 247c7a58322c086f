import type { RequirementResult } from '@imh/competencies';
import { AppError } from '../errors.ts';

/** Submission refused by the rules: carries every requirement still unmet, for the applicant to act on. */
export class UnmetRequirementsError extends AppError {
  override readonly code = 'UNMET_REQUIREMENTS';
  override name = 'UnmetRequirementsError';
  constructor(
    readonly unmet: RequirementResult<string>[],
    what = 'application',
  ) {
    super(`The ${what} cannot be submitted yet: ${unmet.map((r) => r.label).join('; ')}.`);
  }
}
