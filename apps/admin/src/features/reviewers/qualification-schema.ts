import { emailSchema } from '@imh/ui';
import { z } from 'zod/mini';
import { LEVELS, TRACKS } from './qualifications';

/**
 * One form for inviting and for editing levels (editing keeps the name and email it was opened with).
 * A Mentor endorsement is always of one track; which levels an endorsement allows is left to the
 * server, whose refusal lands on "Levels they may review".
 */
export const reviewerSchema = z
  .object({
    name: z.string().check(z.trim(), z.minLength(1, { error: 'Enter the reviewer’s name.' })),
    email: emailSchema,
    levels: z.array(z.enum(LEVELS)),
    heldLevel: z
      .union([z.literal(''), z.enum(LEVELS)])
      .check(z.refine((level) => level !== '', { error: 'Choose the endorsement they hold.' })),
    heldTrack: z.union([z.literal(''), z.enum(TRACKS)]),
  })
  .check(
    z.refine((values) => values.heldLevel !== 'IMHM' || values.heldTrack !== '', {
      path: ['heldTrack'],
      error: 'Choose the Mentor track they hold.',
    }),
  );

export type ReviewerFormValues = z.infer<typeof reviewerSchema>;
