import type { RenewalKind, RenewalStandingStatus, RenewalStatus } from '../../gql/graphql';

export const standingWords: Record<RenewalStandingStatus, string> = {
  ACTIVE: 'Active',
  RENEWAL_DUE: 'Renewal due',
  GRACE: 'Overdue',
  LAPSED: 'Lapsed',
  INACTIVE: 'Inactive',
  REVOKED: 'Revoked',
};

export const standingColors: Record<RenewalStandingStatus, string> = {
  ACTIVE: 'teal',
  RENEWAL_DUE: 'yellow',
  GRACE: 'red',
  LAPSED: 'gray',
  INACTIVE: 'gray',
  REVOKED: 'gray',
};

export const renewalStatusWords: Record<RenewalStatus, string> = {
  DRAFT: 'Started',
  SUBMITTED: 'Submitted',
  RETURNED: 'Returned',
  APPROVED: 'Approved',
};

export const renewalKindWords: Record<RenewalKind, string> = {
  RENEWAL: 'Renewal',
  REINSTATEMENT: 'Reinstatement',
};

interface StandingLike {
  status: RenewalStandingStatus;
  renewal?: { status: RenewalStatus; kind: RenewalKind; late: boolean } | null;
}

/**
 * The one status a coordinator reads in a list: a renewal waiting for them outranks where the
 * endorsement stands, with what makes it more work (late fee, reinstatement conditions) as notes.
 */
export const describeStanding = (standing: StandingLike) => {
  const renewal = standing.renewal;
  if (renewal?.status === 'SUBMITTED') {
    const notes = [renewal.late && 'late', renewal.kind === 'REINSTATEMENT' && 'reinstatement'];
    return { label: 'Submitted', color: 'blue', notes: notes.filter((n) => typeof n === 'string') };
  }
  return { label: standingWords[standing.status], color: standingColors[standing.status], notes: [] };
};
