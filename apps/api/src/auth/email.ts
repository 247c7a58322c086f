import { z } from 'zod';

/** Emails are compared trimmed and lower-cased, so "Ana@X.org " and "ana@x.org" are one account. */
export const emailRule = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'Use at most 254 characters.')
  .pipe(z.email('Enter a valid email address.'));
