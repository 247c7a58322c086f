import { emailSchema } from '@imh/ui';
import { z } from 'zod/mini';
import { newPasswordSchema } from './new-password-schema';

export const signUpSchema = z.object({
  name: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { error: 'Enter your full name.' }),
      z.maxLength(200, { error: 'Use at most 200 characters.' }),
    ),
  email: emailSchema,
  password: newPasswordSchema,
  associationId: z.string().check(z.minLength(1, { error: 'Choose your association.' })),
  // The chapter is optional; an empty select means "none".
  chapterId: z.string(),
});

export type SignUpValues = z.infer<typeof signUpSchema>;
