import { z } from 'zod/mini';

export const ROLES = ['APPLICANT', 'REVIEWER', 'COORDINATOR', 'CHAPTER_ANALYST'] as const;

export const setRolesSchema = z
  .object({
    roles: z.array(z.enum(ROLES)).check(z.minLength(1, { error: 'Choose at least one role.' })),
    chapterId: z.string(),
  })
  // A chapter analyst sees one chapter's statistics, so the chapter is part of the role.
  .check(
    z.refine((values) => !values.roles.includes('CHAPTER_ANALYST') || values.chapterId !== '', {
      path: ['chapterId'],
      error: 'Choose the chapter this analyst works with.',
    }),
  );

export type SetRolesValues = z.infer<typeof setRolesSchema>;
