import { describe, expect, it } from 'vitest';
import { allowedDecisions, canStartReview, decisionNeedsMessage } from './allowed-decisions';

describe('allowedDecisions', () => {
  it('lets a submitted file go back for changes only (review starts by its own button)', () => {
    expect(allowedDecisions('SUBMITTED', false)).toEqual(['REQUEST_CHANGES']);
    expect(allowedDecisions('RESUBMITTED', true)).toEqual(['REQUEST_CHANGES']);
  });

  it('in review: endorse directly without an exam, via the exam step with one', () => {
    expect(allowedDecisions('IN_REVIEW', false)).toEqual(['REQUEST_CHANGES', 'ENDORSE', 'DENY']);
    expect(allowedDecisions('IN_REVIEW', true)).toEqual(['REQUEST_CHANGES', 'EXAM_PENDING', 'DENY']);
  });

  it('after the exam step: endorse or deny', () => {
    expect(allowedDecisions('EXAM_PENDING', true)).toEqual(['ENDORSE', 'DENY']);
  });

  it('allows nothing on final or applicant-held states', () => {
    for (const status of ['ENDORSED', 'DENIED', 'WITHDRAWN', 'CHANGES_REQUESTED', 'DRAFT'] as const) {
      expect(allowedDecisions(status, true)).toEqual([]);
    }
  });
});

describe('decision helpers', () => {
  it('asks a message for request changes and deny', () => {
    expect(decisionNeedsMessage('REQUEST_CHANGES')).toBe(true);
    expect(decisionNeedsMessage('DENY')).toBe(true);
    expect(decisionNeedsMessage('ENDORSE')).toBe(false);
  });

  it('starts review from submitted and resubmitted only', () => {
    expect(canStartReview('SUBMITTED')).toBe(true);
    expect(canStartReview('RESUBMITTED')).toBe(true);
    expect(canStartReview('IN_REVIEW')).toBe(false);
  });
});
