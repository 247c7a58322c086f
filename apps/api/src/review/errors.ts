import { AppError } from '../errors.ts';
import type { ConflictReason } from './conflicts.ts';

/** Assigning a reviewer with a conflict of interest, refused until the coordinator overrides it with a reason. */
export class ConflictOfInterestError extends AppError {
  override readonly code = 'CONFLICT_OF_INTEREST';
  override name = 'ConflictOfInterestError';
  constructor(readonly reasons: ConflictReason[]) {
    super(
      `This reviewer has a conflict of interest: ${reasons.map((r) => r.detail).join('; ')}. ` +
        'Give a reason to assign them anyway.',
    );
  }
}
