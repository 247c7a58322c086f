import { emailSchema } from '@imh/ui';
import { z } from 'zod/mini';

export const forgotPasswordSchema = z.object({ email: emailSchema });

export type ForgotPasswordValues = z.infer<typeof forgotPasswordSchema>;
