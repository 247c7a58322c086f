import { describe, expect, it } from 'vitest';
import { resetPasswordSchema } from './reset-password-schema';

describe('resetPasswordSchema', () => {
  it('accepts two equal passwords of at least 12 characters', () => {
    const values = { password: 'correct horse battery', confirmPassword: 'correct horse battery' };
    expect(resetPasswordSchema.safeParse(values).success).toBe(true);
  });

  it('reports a mismatch on the confirmation field', () => {
    const result = resetPasswordSchema.safeParse({
      password: 'correct horse battery',
      confirmPassword: 'correct horse stapler',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['confirmPassword', 'The two passwords do not match.'],
    ]);
  });

  it('applies the strength rule to the new password', () => {
    const result = resetPasswordSchema.safeParse({ password: 'short', confirmPassword: 'short' });
    expect(result.error?.issues[0]?.message).toBe('Use at least 12 characters.');
  });
});
