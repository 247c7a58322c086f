import type { ManagedEndorsement, OpenRenewal } from '../components/renewal-query';
import type { RenewalRow } from '../components/renewals-table';

/** A row of the dashboard: an IFS endorsement due at the end of 2026, nothing submitted yet. */
export const createRenewalRow = (overrides: Partial<RenewalRow> = {}): RenewalRow => ({
  id: 'e1',
  holderName: 'Grace Lindqvist',
  holderEmail: 'grace@demo.imh',
  chapterName: 'Detroit',
  number: 'MI-IFS-0042',
  level: 'IFS',
  track: null,
  standing: { status: 'RENEWAL_DUE', dueOn: '2026-12-31', graceEndsOn: '2027-01-31', renewal: null },
  ...overrides,
});

export const createOpenRenewal = (overrides: Partial<OpenRenewal> = {}): OpenRenewal => ({
  id: 'r1',
  kind: 'RENEWAL',
  status: 'SUBMITTED',
  late: false,
  message: null,
  submittedAt: '2026-11-20T15:00:00.000Z',
  codeOfEthicsAcceptedAt: '2026-11-19T10:00:00.000Z',
  agreementAcceptedAt: '2026-11-19T10:00:00.000Z',
  noSanctionAttestedAt: '2026-11-19T10:00:00.000Z',
  extendedUntil: null,
  extensionReason: null,
  evaluation: {
    year: 2026,
    requirements: [
      {
        id: 'training',
        label: '15 clock hours of training',
        status: 'MET',
        reasons: [],
        progress: { have: 15, need: 15, unit: 'hours' },
      },
    ],
  },
  ...overrides,
});

/** The renewal page's endorsement: active, its 2026 renewal open and not yet submitted. */
export const createManagedEndorsement = (
  overrides: Partial<ManagedEndorsement> = {},
): ManagedEndorsement => ({
  id: 'e1',
  holderName: 'Grace Lindqvist',
  holderEmail: 'grace@demo.imh',
  chapterName: 'Detroit',
  number: 'MI-IFS-0042',
  level: 'IFS',
  track: null,
  status: 'ACTIVE',
  lapsedOn: null,
  reinstatedOn: null,
  policy: { reinstatementReferences: 3 },
  standing: {
    status: 'RENEWAL_DUE',
    year: 2026,
    dueOn: '2026-12-31',
    graceEndsOn: '2027-01-31',
    reinstateUntil: null,
    renewal: null,
  },
  renewalEvaluation: {
    year: 2026,
    requirements: [
      {
        id: 'training',
        label: '15 clock hours of training',
        status: 'NOT_MET',
        reasons: ['6 more hours of training are needed.'],
        progress: { have: 9, need: 15, unit: 'hours' },
      },
    ],
  },
  renewals: [],
  yearTrainings: [],
  yearRsc: [],
  ...overrides,
});

const TYPENAMES: Record<string, string> = {
  node: 'Endorsement',
  managedEndorsement: 'Endorsement',
  standing: 'RenewalStanding',
  renewal: 'Renewal',
  renewals: 'Renewal',
  evaluation: 'RenewalEvaluation',
  renewalEvaluation: 'RenewalEvaluation',
  requirements: 'RequirementResult',
  progress: 'RequirementProgress',
  policy: 'RenewalPolicy',
  yearTrainings: 'TrainingEntry',
  yearRsc: 'RscEntry',
};

/**
 * A factory's object as the API sends it: Apollo's cache asks every object for its `__typename`,
 * which the operations' TypeScript types leave out. Each field name above holds one type.
 */
export const asServed = (field: keyof typeof TYPENAMES, value: unknown): unknown => {
  if (Array.isArray(value)) return value.map((item) => asServed(field, item));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).map(([key, inner]) => [
    key,
    key in TYPENAMES ? asServed(key, inner) : inner,
  ]);
  return { __typename: TYPENAMES[field], ...Object.fromEntries(entries) };
};
