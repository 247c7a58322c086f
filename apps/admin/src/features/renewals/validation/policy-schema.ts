import type { ResultError } from '@imh/ui';
import { z } from 'zod/mini';
import type { RenewalPolicyInput } from '../../../gql/graphql';

/** "60, 30, 7" as [60, 30, 7]; null when any part is not a whole number of days, or none is given. */
export const parseReminderDays = (text: string): number[] | null => {
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0 || parts.some((part) => !/^\d+$/.test(part))) return null;
  return parts.map(Number);
};

const wholeNumber = (error: string) => z.string().check(z.trim(), z.regex(/^\d+$/, { error }));
const dollars = z
  .string()
  .check(
    z.trim(),
    z.regex(/^\d+(\.\d{1,2})?$/, { error: 'Enter an amount in dollars, such as 40 or 37.50.' }),
  );

/**
 * The form as typed. Only the shape is checked here; the ranges (a grace period of at most a year, at
 * most six reminders, …) are the API's, whose refusal lands on the field it concerns.
 */
export const policySchema = z.object({
  graceDays: wholeNumber('Enter a whole number of days.'),
  reminderDays: z.string().check(
    z.refine((text) => parseReminderDays(text) !== null, {
      error: 'Enter days before the due date as whole numbers separated by commas, such as 60, 30, 7.',
    }),
  ),
  reinstatementDays: wholeNumber('Enter a whole number of days.'),
  reinstatementReferences: wholeNumber('Enter a whole number of references.'),
  renewalFee: dollars,
  lateFee: dollars,
  timeZone: z
    .string()
    .check(z.trim(), z.minLength(1, { error: 'Enter a time zone, such as America/Detroit.' })),
});

export type PolicyFormValues = z.infer<typeof policySchema>;
export const POLICY_FIELDS = Object.keys(policySchema.shape) as (keyof PolicyFormValues)[];

export const toPolicyFormValues = (policy: RenewalPolicyInput): PolicyFormValues => ({
  graceDays: String(policy.graceDays),
  reminderDays: policy.reminderDays.join(', '),
  reinstatementDays: String(policy.reinstatementDays),
  reinstatementReferences: String(policy.reinstatementReferences),
  renewalFee: String(policy.renewalFee),
  lateFee: String(policy.lateFee),
  timeZone: policy.timeZone,
});

/** The mutation's input from values the schema accepted. */
export const toPolicyInput = (values: PolicyFormValues): RenewalPolicyInput => ({
  graceDays: Number(values.graceDays.trim()),
  reminderDays: parseReminderDays(values.reminderDays) ?? [],
  reinstatementDays: Number(values.reinstatementDays.trim()),
  reinstatementReferences: Number(values.reinstatementReferences.trim()),
  renewalFee: Number(values.renewalFee.trim()),
  lateFee: Number(values.lateFee.trim()),
  timeZone: values.timeZone.trim(),
});

/** The API names a reminder's own problem `reminderDays.1`; it belongs under the one reminders field. */
export const toFieldPaths = (error: ResultError): ResultError => ({
  ...error,
  fieldErrors: error.fieldErrors?.map((fieldError) => ({
    ...fieldError,
    path: fieldError.path.split('.')[0] ?? fieldError.path,
  })),
});
