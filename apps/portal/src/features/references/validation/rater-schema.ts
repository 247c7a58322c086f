import { z } from 'zod/mini';
import type { LevelCode, RaterInput, RaterRole } from '../../../gql/graphql';

// The API's calendar is UTC days; judge "in the future" the same way.
const todayIso = (): string => new Date().toISOString().slice(0, 10);

const isRealDate = (value: string): boolean => {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
};

// The server checks the same things; checking here saves a round trip and says it next to the field.
export const raterSchema = z.object({
  raterName: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { error: "Enter the rater's name." }),
      z.maxLength(200, { error: 'Use at most 200 characters.' }),
    ),
  raterEmail: z.pipe(
    z.string().check(z.trim(), z.minLength(1, { error: "Enter the rater's email address.", abort: true })),
    z.email({ error: 'Enter a valid email address, like name@example.org.' }),
  ),
  raterRole: z.string().check(z.minLength(1, { error: "Choose the rater's role." })),
  raterLevel: z.string(),
  knownSince: z.string().check(
    z.minLength(1, { error: 'Enter the date you first worked with the rater.', abort: true }),
    z.refine(isRealDate, { error: 'Enter a date like 2023-09-01.', abort: true }),
    z.refine((value) => value <= todayIso(), { error: 'The date cannot be in the future.' }),
  ),
});

export type RaterValues = z.infer<typeof raterSchema>;

export const RATER_FIELDS = ['raterName', 'raterEmail', 'raterRole', 'raterLevel', 'knownSince'] as const;

export const emptyRater: RaterValues = {
  raterName: '',
  raterEmail: '',
  raterRole: '',
  raterLevel: '',
  knownSince: '',
};

/** The form keeps '' for "no Endorsement"; the API wants null. */
export const toRaterInput = (values: RaterValues): RaterInput => ({
  raterName: values.raterName,
  raterEmail: values.raterEmail,
  raterRole: values.raterRole as RaterRole,
  raterLevel: values.raterLevel === '' ? null : (values.raterLevel as LevelCode),
  knownSince: values.knownSince,
});
