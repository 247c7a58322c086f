import { z } from 'zod/mini';
import { emailSchema } from './email-schema';

export const forgotPasswordSchema = z.object({ email: emailSchema });

export type ForgotPasswordValues = z.infer<typeof forgotPasswordSchema>;
