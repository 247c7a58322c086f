import { describe, expect, it } from 'vitest';
import { signInSchema } from './sign-in-schema';

const messages = (values: { email: string; password: string }) => {
  const result = signInSchema.safeParse(values);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
};

describe('signInSchema', () => {
  it('accepts an address with spaces around it and any non-empty password', () => {
    expect(signInSchema.parse({ email: ' coordinator@example.org ', password: 'short' })).toEqual({
      email: 'coordinator@example.org',
      password: 'short',
    });
  });

  it('asks for both fields when empty', () => {
    expect(messages({ email: '', password: '' })).toEqual([
      ['email', 'Enter your email address.'],
      ['password', 'Enter your password.'],
    ]);
  });

  it.each(['coordinator', 'coordinator@', 'coordinator@example', 'a b@example.org'])(
    'rejects the malformed email %j',
    (email) => {
      expect(messages({ email, password: 'x' })).toEqual([
        ['email', 'Enter a valid email address, like name@example.org.'],
      ]);
    },
  );
});
