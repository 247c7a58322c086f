import { describe, expect, it } from 'vitest';
import {
  parseReminderDays,
  policySchema,
  toFieldPaths,
  toPolicyFormValues,
  toPolicyInput,
} from './policy-schema';

const policy = {
  graceDays: 31,
  reminderDays: [60, 30, 7],
  reinstatementDays: 365,
  reinstatementReferences: 3,
  renewalFee: 40,
  lateFee: 35,
  timeZone: 'America/Detroit',
};

const issues = (values: unknown) => {
  const result = policySchema.safeParse(values);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('parseReminderDays', () => {
  it('reads days separated by commas, however spaced', () => {
    expect(parseReminderDays('60, 30, 7')).toEqual([60, 30, 7]);
    expect(parseReminderDays('90,14 ,')).toEqual([90, 14]);
  });

  it('refuses anything but whole numbers, and an empty list', () => {
    expect(parseReminderDays('60; 30')).toBeNull();
    expect(parseReminderDays('60, 7.5')).toBeNull();
    expect(parseReminderDays('60, -7')).toBeNull();
    expect(parseReminderDays(' , ')).toBeNull();
  });
});

describe('renewal policy form', () => {
  it('starts from the policy in force, reminders as typed', () => {
    expect(toPolicyFormValues(policy)).toEqual({
      graceDays: '31',
      reminderDays: '60, 30, 7',
      reinstatementDays: '365',
      reinstatementReferences: '3',
      renewalFee: '40',
      lateFee: '35',
      timeZone: 'America/Detroit',
    });
  });

  it('sends numbers, the reminders as a list', () => {
    const values = policySchema.parse({
      ...toPolicyFormValues(policy),
      reminderDays: '60, 30, 7',
      lateFee: ' 37.50 ',
      timeZone: ' America/Detroit ',
    });
    expect(toPolicyInput(values)).toEqual({ ...policy, lateFee: 37.5 });
  });

  it('names the field of each mistake', () => {
    const values = toPolicyFormValues(policy);
    expect(issues(values)).toEqual([]);
    expect(issues({ ...values, graceDays: 'a month', reminderDays: '60 30', renewalFee: '$40' })).toEqual([
      'graceDays',
      'reminderDays',
      'renewalFee',
    ]);
  });

  it('puts the API’s complaint about one reminder on the reminders field', () => {
    const error = {
      __typename: 'ValidationError',
      message: 'Too big.',
      fieldErrors: [{ path: 'reminderDays.1', message: 'At most 365 days.' }],
    };
    expect(toFieldPaths(error).fieldErrors).toEqual([{ path: 'reminderDays', message: 'At most 365 days.' }]);
  });
});
