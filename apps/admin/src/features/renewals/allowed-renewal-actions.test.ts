import { describe, expect, it } from 'vitest';
import { allowedRenewalActions } from './allowed-renewal-actions';

const renewal = (status: 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'APPROVED', kind = 'RENEWAL' as const) => ({
  status,
  kind,
});

describe('allowedRenewalActions', () => {
  it('approves or returns a submitted renewal', () => {
    const standing = { status: 'RENEWAL_DUE', renewal: renewal('SUBMITTED') } as const;
    expect(allowedRenewalActions({ status: 'ACTIVE', standing })).toEqual(['approve', 'return']);
  });

  it('reinstates or returns a submitted reinstatement', () => {
    const standing = { status: 'LAPSED', renewal: { status: 'SUBMITTED', kind: 'REINSTATEMENT' } } as const;
    expect(allowedRenewalActions({ status: 'LAPSED', standing })).toEqual(['reinstate', 'return']);
  });

  it('extends an active endorsement whose year is not submitted, in time or in grace', () => {
    expect(allowedRenewalActions({ status: 'ACTIVE', standing: { status: 'RENEWAL_DUE' } })).toEqual([
      'extend',
    ]);
    expect(
      allowedRenewalActions({
        status: 'ACTIVE',
        standing: { status: 'GRACE', renewal: renewal('RETURNED') },
      }),
    ).toEqual(['extend']);
  });

  it('offers nothing the API would refuse', () => {
    expect(allowedRenewalActions({ status: 'LAPSED', standing: { status: 'LAPSED' } })).toEqual([]);
    // Past its grace but not yet marked lapsed by the nightly run.
    expect(allowedRenewalActions({ status: 'ACTIVE', standing: { status: 'LAPSED' } })).toEqual([]);
    expect(allowedRenewalActions({ status: 'REVOKED', standing: { status: 'REVOKED' } })).toEqual([]);
    expect(
      allowedRenewalActions({
        status: 'ACTIVE',
        standing: { status: 'ACTIVE', renewal: renewal('APPROVED') },
      }),
    ).toEqual([]);
  });
});
