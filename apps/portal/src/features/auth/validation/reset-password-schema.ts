import { z } from 'zod/mini';
import { newPasswordSchema } from './new-password-schema';

export const resetPasswordSchema = z
  .object({
    password: newPasswordSchema,
    confirmPassword: z.string().check(z.minLength(1, { error: 'Type the new password again.' })),
  })
  .check(
    z.refine((values) => values.password === values.confirmPassword, {
      path: ['confirmPassword'],
      error: 'The two passwords do not match.',
    }),
  );

export type ResetPasswordValues = z.infer<typeof resetPasswordSchema>;
