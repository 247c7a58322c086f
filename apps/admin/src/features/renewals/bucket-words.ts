import type { RenewalBucket } from '../../gql/graphql';

/** The dashboard's buckets in the order of the year: what is coming, what waits, what is late, what is done. */
export const RENEWAL_BUCKETS: readonly RenewalBucket[] = [
  'DUE_30',
  'DUE_60',
  'DUE_90',
  'SUBMITTED',
  'OVERDUE',
  'LAPSED',
  'RENEWED',
];

export const bucketWords: Record<RenewalBucket, string> = {
  DUE_30: 'Due within 30 days',
  DUE_60: 'Due within 60 days',
  DUE_90: 'Due within 90 days',
  SUBMITTED: 'Submitted',
  OVERDUE: 'Overdue (grace)',
  LAPSED: 'Lapsed',
  RENEWED: 'Renewed this year',
};

export const bucketColors: Record<RenewalBucket, string> = {
  DUE_30: 'orange',
  DUE_60: 'yellow',
  DUE_90: 'lime',
  SUBMITTED: 'blue',
  OVERDUE: 'red',
  LAPSED: 'gray',
  RENEWED: 'teal',
};
