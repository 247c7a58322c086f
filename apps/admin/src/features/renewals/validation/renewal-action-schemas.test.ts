import { describe, expect, it } from 'vitest';
import {
  extensionSchema,
  reinstateSchema,
  returnRenewalSchema,
  toApproveVariables,
} from './renewal-action-schemas';

const messages = (result: { success: boolean; error?: { issues: Array<{ message: string }> } }) =>
  result.success ? [] : (result.error?.issues.map((issue) => issue.message) ?? []);

describe('approving', () => {
  it('sends the conditions only for a reinstatement', () => {
    expect(toApproveVariables('r1', 'RENEWAL', { conditionsConfirmed: false })).toEqual({
      renewalId: 'r1',
      conditionsConfirmed: null,
    });
    expect(toApproveVariables('r2', 'REINSTATEMENT', { conditionsConfirmed: true })).toEqual({
      renewalId: 'r2',
      conditionsConfirmed: true,
    });
  });

  it('asks the coordinator to confirm the reinstatement conditions', () => {
    expect(messages(reinstateSchema.safeParse({ conditionsConfirmed: false }))).toEqual([
      'Confirm the reinstatement conditions first.',
    ]);
    expect(reinstateSchema.safeParse({ conditionsConfirmed: true }).success).toBe(true);
  });
});

describe('returning', () => {
  it('sends the message without surrounding blanks, and never an empty one', () => {
    expect(returnRenewalSchema.parse({ message: '  Add the RSC log for March.\n' })).toEqual({
      message: 'Add the RSC log for March.',
    });
    expect(messages(returnRenewalSchema.safeParse({ message: '   ' }))).toEqual([
      'Tell the endorsee what to change.',
    ]);
  });
});

describe('extending', () => {
  it('sends the date and the trimmed reason as the extension input', () => {
    expect(extensionSchema.parse({ until: '2027-03-31', reason: ' Medical leave ' })).toEqual({
      until: '2027-03-31',
      reason: 'Medical leave',
    });
  });

  it('needs a date and a reason', () => {
    expect(messages(extensionSchema.safeParse({ until: '', reason: '' }))).toEqual([
      'Choose the last day a late renewal is accepted.',
      'Give the reason for the extension.',
    ]);
  });
});
