import { describe, expect, it } from 'vitest';
import { createTokenSchema } from './create-token-schema';

const errorsOf = (values: { chapterId: string; name: string }) => {
  const result = createTokenSchema.safeParse(values);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe('createTokenSchema', () => {
  it('takes a chapter and a trimmed name', () => {
    expect(createTokenSchema.parse({ chapterId: 'c1', name: '  Dashboard ' })).toEqual({
      chapterId: 'c1',
      name: 'Dashboard',
    });
  });

  it('asks for the chapter and a name of at most 100 characters', () => {
    expect(errorsOf({ chapterId: '', name: '   ' })).toEqual([
      'Choose the chapter whose statistics the token reads.',
      'Name the token (what uses it).',
    ]);
    expect(errorsOf({ chapterId: 'c1', name: 'x'.repeat(101) })).toEqual(['Use at most 100 characters.']);
  });
});
