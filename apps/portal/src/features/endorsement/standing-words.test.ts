import { describe, expect, it } from 'vitest';
import { canSend, isRenewable, RENEWAL_STATUS_WORDS, STANDING_WORDS } from './standing-words';

describe('STANDING_WORDS', () => {
  it('names every standing in plain words', () => {
    expect(STANDING_WORDS).toEqual({
      ACTIVE: 'Active',
      RENEWAL_DUE: 'Renewal due',
      GRACE: 'Overdue — late renewal accepted',
      LAPSED: 'Lapsed',
      INACTIVE: 'Inactive',
      REVOKED: 'Revoked',
    });
  });
});

describe('RENEWAL_STATUS_WORDS', () => {
  it('says nothing for a draft', () => {
    expect(RENEWAL_STATUS_WORDS.DRAFT).toBeNull();
    expect(RENEWAL_STATUS_WORDS.SUBMITTED).toBe('Submitted — waiting for the coordinator');
    expect(RENEWAL_STATUS_WORDS.RETURNED).toBe('Returned by the coordinator');
    expect(RENEWAL_STATUS_WORDS.APPROVED).toBe('Approved');
  });
});

describe('isRenewable', () => {
  it('is open until the grace period ends, and after a lapse only while reinstatement is possible', () => {
    expect(isRenewable({ status: 'GRACE', canReinstate: false })).toBe(true);
    expect(isRenewable({ status: 'LAPSED', canReinstate: true })).toBe(true);
    expect(isRenewable({ status: 'LAPSED', canReinstate: false })).toBe(false);
    expect(isRenewable({ status: 'REVOKED', canReinstate: false })).toBe(false);
  });
});

describe('canSend', () => {
  it('allows sending again only after the coordinator returned it', () => {
    expect(canSend(null)).toBe(true);
    expect(canSend({ status: 'RETURNED' })).toBe(true);
    expect(canSend({ status: 'SUBMITTED' })).toBe(false);
    expect(canSend({ status: 'APPROVED' })).toBe(false);
  });
});
