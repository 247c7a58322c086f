import { describe, expect, it } from 'vitest';
import { QUEUE_STATUSES, statusWords } from './status-words';

describe('statusWords', () => {
  it('names every queue status in plain words', () => {
    expect(QUEUE_STATUSES.map((s) => statusWords[s])).toEqual([
      'Submitted',
      'In review',
      'Changes requested',
      'Resubmitted',
      'Exam pending',
      'Endorsed',
      'Not approved',
      'Withdrawn',
    ]);
  });
});
