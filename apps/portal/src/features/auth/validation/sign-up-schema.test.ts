import { describe, expect, it } from 'vitest';
import { signUpSchema } from './sign-up-schema';

const valid = {
  name: 'Ada Applicant',
  email: 'ada@example.org',
  password: 'a long enough secret',
  associationId: 'assoc-1',
  chapterId: '',
};

const messagesFor = (values: Record<string, unknown>, field: string): string[] => {
  const result = signUpSchema.safeParse(values);
  if (result.success) return [];
  return result.error.issues.filter((issue) => issue.path[0] === field).map((issue) => issue.message);
};

describe('signUpSchema', () => {
  it('accepts a complete sign-up and trims name and email', () => {
    const result = signUpSchema.parse({ ...valid, name: '  Ada  ', email: ' ada@example.org ' });
    expect(result.name).toBe('Ada');
    expect(result.email).toBe('ada@example.org');
  });

  it.each([
    ['', 'Choose a password.'],
    ['elevenchars', 'Use at least 12 characters.'],
  ])('rejects the password %j', (password, message) => {
    expect(messagesFor({ ...valid, password }, 'password')).toEqual([message]);
  });

  it('accepts a password of exactly 12 characters', () => {
    expect(messagesFor({ ...valid, password: 'twelve chars' }, 'password')).toEqual([]);
  });

  it.each([
    ['', 'Enter your email address.'],
    ['ada', 'Enter a valid email address, like name@example.org.'],
    ['ada@', 'Enter a valid email address, like name@example.org.'],
    ['ada@example', 'Enter a valid email address, like name@example.org.'],
  ])('rejects the email %j', (email, message) => {
    expect(messagesFor({ ...valid, email }, 'email')).toEqual([message]);
  });

  it('requires a name and an association but not a chapter', () => {
    expect(messagesFor({ ...valid, name: '   ' }, 'name')).toEqual(['Enter your full name.']);
    expect(messagesFor({ ...valid, associationId: '' }, 'associationId')).toEqual([
      'Choose your association.',
    ]);
    expect(messagesFor(valid, 'chapterId')).toEqual([]);
  });
});
