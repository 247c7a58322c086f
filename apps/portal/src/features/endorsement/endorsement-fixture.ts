import type { EndorsementCard_EndorsementFragment } from '../../gql/graphql';

type Endorsement = EndorsementCard_EndorsementFragment;
type Standing = Endorsement['standing'];
type Renewal = NonNullable<Standing['renewal']>;

// The generated types leave `__typename` out, but Apollo's cache needs it to match fragments.
const typed = <T extends object>(typename: string, fields: T): T => ({ __typename: typename, ...fields });

/** Test data only: an IFS endorsement with its 2026 renewal due, as `EndorsementPage_Data` returns it. */
export const endorsementFixture = (
  overrides: Partial<Omit<Endorsement, 'standing'>> & { standing?: Partial<Standing> } = {},
): Endorsement => {
  const { standing, ...rest } = overrides;
  return typed('Endorsement', {
    id: 'e1',
    number: 'IMH-2021-0042',
    level: 'IFS',
    track: null,
    status: 'ACTIVE',
    startsOn: '2021-03-01',
    expiresOn: '2026-12-31',
    graceEndsOn: '2027-03-01',
    lapsedOn: null,
    reinstatedOn: null,
    standing: typed('RenewalStanding', {
      status: 'RENEWAL_DUE',
      year: 2026,
      dueOn: '2026-12-31',
      graceEndsOn: '2027-03-01',
      lapsedOn: null,
      reinstateUntil: null,
      canReinstate: false,
      renewal: null,
      ...standing,
    }),
    renewalEvaluation: typed('RenewalEvaluation', {
      editionId: 'vaimh-2010',
      year: 2026,
      dueOn: '2026-12-31',
      met: false,
      requirements: [
        typed('RequirementResult', {
          id: 'renewal_training',
          label: '15 hours of training in 2026',
          status: 'NOT_MET' as const,
          progress: typed('Progress', { have: 9, need: 15, unit: 'hours' }),
          reasons: ['Log 6 more hours of training dated in 2026.'],
        }),
        typed('RequirementResult', {
          id: 'renewal_membership',
          label: 'Membership in an IMH association',
          status: 'MET' as const,
          progress: null,
          reasons: [],
        }),
      ],
    }),
    renewals: [],
    policy: typed('RenewalPolicy', {
      graceDays: 60,
      reminderDays: [90, 60, 30],
      reinstatementDays: 365,
      reinstatementReferences: 2,
      renewalFee: 40,
      lateFee: 35,
    }),
    yearTrainings: [
      typed('TrainingEntry', {
        id: 't1',
        title: 'Supporting families after loss',
        date: '2026-02-14',
        hours: 9,
      }),
    ],
    yearRsc: [],
    ...rest,
  });
};

export const renewalFixture = (overrides: Partial<Renewal> = {}): Renewal =>
  typed('Renewal', {
    id: 'r2026',
    year: 2026,
    kind: 'RENEWAL',
    status: 'DRAFT',
    late: false,
    message: null,
    submittedAt: null,
    decidedAt: null,
    codeOfEthicsAcceptedAt: null,
    agreementAcceptedAt: null,
    noSanctionAttestedAt: null,
    ...overrides,
  });
