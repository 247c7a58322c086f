/** The result shapes the API returns and the apps render. */
import type { IsoDate } from './dates';
import type { Target } from './levels';
import type { RequirementId } from './requirements';

/** pending: nothing the applicant can do now (exam after review, a rater's form not yet returned). */
export type RequirementStatus = 'met' | 'not_met' | 'pending';

export type ProgressUnit = 'years' | 'hours' | 'families' | 'references';

export interface Progress {
  /** Rounded down to 2 decimals for years, so 1.999 never shows as 2.00 while unmet. */
  have: number;
  need: number;
  unit: ProgressUnit;
}

export interface RequirementResult<Id extends string = RequirementId> {
  id: Id;
  label: string;
  status: RequirementStatus;
  progress?: Progress;
  /** Plain-language reasons an applicant can act on; empty when met. */
  reasons: string[];
}

export interface EvaluationResult {
  editionId: string;
  target: Target;
  asOf: IsoDate;
  /** Every requirement met. */
  eligible: boolean;
  /** Every requirement met except an exam still to be taken: the file can go to review (the exam comes after it). */
  readyForReview: boolean;
  requirements: RequirementResult[];
}
