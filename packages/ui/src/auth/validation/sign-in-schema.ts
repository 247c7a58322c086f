import { z } from 'zod/mini';
import { emailSchema } from './email-schema';

// No strength rule here: an older password must still be accepted for signing in.
export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().check(z.minLength(1, { error: 'Enter your password.' })),
});

export type SignInValues = z.infer<typeof signInSchema>;
