import { describe, expect, it } from 'vitest';
import { describeFees } from './renewal-fees';

describe('describeFees', () => {
  it('writes whole dollars without cents', () => {
    expect(describeFees({ renewalFee: 40, lateFee: 35 })).toBe(
      'Renewal fee $40; late fee $35 after the due date',
    );
  });

  it('keeps cents when a policy has them', () => {
    expect(describeFees({ renewalFee: 42.5, lateFee: 0 })).toBe(
      'Renewal fee $42.50; late fee $0 after the due date',
    );
  });
});
