import type { RenewalStandingStatus, RenewalStatus } from '../../gql/graphql';

/** Where an endorsement stands, in the words the endorsee reads (never the enum). */
export const STANDING_WORDS: Readonly<Record<RenewalStandingStatus, string>> = {
  ACTIVE: 'Active',
  RENEWAL_DUE: 'Renewal due',
  GRACE: 'Overdue — late renewal accepted',
  LAPSED: 'Lapsed',
  INACTIVE: 'Inactive',
  REVOKED: 'Revoked',
};

// Orange asks the endorsee to act; red says it is too late to renew.
export const STANDING_COLORS: Readonly<Record<RenewalStandingStatus, string>> = {
  ACTIVE: 'teal',
  RENEWAL_DUE: 'orange',
  GRACE: 'orange',
  LAPSED: 'red',
  INACTIVE: 'gray',
  REVOKED: 'red',
};

/** A draft is the endorsee's own work in progress: it needs no status line. */
export const RENEWAL_STATUS_WORDS: Readonly<Record<RenewalStatus, string | null>> = {
  DRAFT: null,
  SUBMITTED: 'Submitted — waiting for the coordinator',
  RETURNED: 'Returned by the coordinator',
  APPROVED: 'Approved',
};

/** The year can still be renewed, or (after a lapse, within the association's window) reinstated. */
export const isRenewable = (standing: { status: RenewalStandingStatus; canReinstate: boolean }): boolean =>
  ['ACTIVE', 'RENEWAL_DUE', 'GRACE'].includes(standing.status) ||
  (standing.status === 'LAPSED' && standing.canReinstate);

/** Once submitted or approved there is nothing to send until the coordinator answers. */
export const canSend = (renewal: { status: RenewalStatus } | null | undefined): boolean =>
  !renewal || renewal.status === 'DRAFT' || renewal.status === 'RETURNED';
