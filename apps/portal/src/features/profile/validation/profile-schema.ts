import { z } from 'zod/mini';

const optionalText = (max: number) =>
  z.string().check(z.trim(), z.maxLength(max, { error: `Use at most ${max} characters.` }));

const isRealDate = (value: string): boolean => {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
};

// Empty strings stand for "not given"; they become null when the form is sent.
export const profileSchema = z.object({
  name: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { error: 'Enter your full name.' }),
      z.maxLength(200, { error: 'Use at most 200 characters.' }),
    ),
  phone: optionalText(40).check(
    z.regex(/^[+()\d\s.-]*$/, { error: 'Use digits, spaces and + ( ) - only, like +1 555 123 4567.' }),
  ),
  addressLine: optionalText(200),
  city: optionalText(100),
  postalCode: optionalText(20),
  employer: optionalText(200),
  jobTitle: optionalText(200),
  membershipNumber: optionalText(60),
  membershipExpiresOn: z
    .string()
    .check(
      z.refine((value) => value === '' || isRealDate(value), { error: 'Enter a date like 2026-12-31.' }),
    ),
  chapterId: z.string(),
});

export type ProfileValues = z.infer<typeof profileSchema>;
