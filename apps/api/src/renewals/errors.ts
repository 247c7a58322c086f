import { AppError } from '../errors.ts';

/** The endorsement is past renewing (lapsed, inactive, revoked) or past reinstating. */
export class RenewalClosedError extends AppError {
  override readonly code = 'RENEWAL_CLOSED';
  override name = 'RenewalClosedError';
}
