import { describe, expect, it } from 'vitest';
import { setRolesSchema } from './set-roles-schema';

const issues = (values: unknown) => {
  const result = setRolesSchema.safeParse(values);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
};

describe('setRolesSchema', () => {
  it('accepts several roles without a chapter', () => {
    expect(issues({ roles: ['APPLICANT', 'REVIEWER'], chapterId: '' })).toEqual([]);
  });

  it('requires at least one role', () => {
    expect(issues({ roles: [], chapterId: '' })).toEqual([['roles', 'Choose at least one role.']]);
  });

  it('requires a chapter for a chapter analyst', () => {
    expect(issues({ roles: ['CHAPTER_ANALYST'], chapterId: '' })).toEqual([
      ['chapterId', 'Choose the chapter this analyst works with.'],
    ]);
    expect(issues({ roles: ['CHAPTER_ANALYST'], chapterId: 'chapter-1' })).toEqual([]);
  });

  it('rejects a role the API does not know', () => {
    expect(issues({ roles: ['ADMIN'], chapterId: '' })).toHaveLength(1);
  });
});
