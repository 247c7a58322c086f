import type { EndorsementStatus, RenewalKind, RenewalStandingStatus, RenewalStatus } from '../../gql/graphql';

export type RenewalAction = 'approve' | 'reinstate' | 'return' | 'extend';

interface EndorsementLike {
  status: EndorsementStatus;
  standing: {
    status: RenewalStandingStatus;
    renewal?: { status: RenewalStatus; kind: RenewalKind } | null;
  };
}

/**
 * What the coordinator can do on the renewal page. The API decides again; this only spares them a
 * button it would refuse: a submitted renewal is approved (or reinstated) or returned, and an open
 * year that nobody has submitted yet can be extended while the endorsement has not lapsed.
 */
export const allowedRenewalActions = ({ status, standing }: EndorsementLike): RenewalAction[] => {
  const renewal = standing.renewal;
  if (renewal?.status === 'SUBMITTED')
    return [renewal.kind === 'REINSTATEMENT' ? 'reinstate' : 'approve', 'return'];
  const decided = renewal?.status === 'APPROVED';
  if (status === 'ACTIVE' && standing.status !== 'LAPSED' && !decided) return ['extend'];
  return [];
};
