import { z } from 'zod/mini';

/** The API checks the same; saying so before sending keeps the coordinator on the form. */
export const createTokenSchema = z.object({
  chapterId: z
    .string()
    .check(z.minLength(1, { error: 'Choose the chapter whose statistics the token reads.' })),
  name: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { error: 'Name the token (what uses it).' }),
      z.maxLength(100, { error: 'Use at most 100 characters.' }),
    ),
});
export type CreateTokenValues = z.infer<typeof createTokenSchema>;
