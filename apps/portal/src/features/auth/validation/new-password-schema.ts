import { z } from 'zod/mini';

export const MIN_PASSWORD_LENGTH = 12;

// Length is the rule that matters most (NIST SP 800-63B); no composition rules that push people to
// predictable substitutions.
export const newPasswordSchema = z.string().check(
  // Stop at the first message: an empty field needs "choose one", not also "too short".
  z.minLength(1, { error: 'Choose a password.', abort: true }),
  z.minLength(MIN_PASSWORD_LENGTH, { error: `Use at least ${MIN_PASSWORD_LENGTH} characters.` }),
  z.maxLength(256, { error: 'Use at most 256 characters.' }),
);
