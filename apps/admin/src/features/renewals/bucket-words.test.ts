import { describe, expect, it } from 'vitest';
import { bucketWords, RENEWAL_BUCKETS } from './bucket-words';

describe('bucketWords', () => {
  it('names every bucket of the dashboard in the order of the year', () => {
    expect(RENEWAL_BUCKETS.map((b) => bucketWords[b])).toEqual([
      'Due within 30 days',
      'Due within 60 days',
      'Due within 90 days',
      'Submitted',
      'Overdue (grace)',
      'Lapsed',
      'Renewed this year',
    ]);
  });
});
