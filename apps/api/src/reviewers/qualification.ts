import type { LevelCode, MentorTrack } from '@imh/db';
import { FieldValidationError } from '../errors.ts';

/** The ladder of levels, lowest first (the order the enum declares). */
export const LEVEL_LADDER: readonly LevelCode[] = ['IFA', 'IFS', 'IFRS', 'IMHS', 'IMHM'];

/**
 * Whether a reviewer who holds `held` may review applications for `level`. Reviewers are endorsed
 * "at the same category or higher" (domain: Review), so a held level covers itself and every level
 * below it. An IMHM-Clinical Mentor covers every level. A Policy or Research/Faculty Mentor covers
 * the levels below IMHM but not IMHM itself: qualifications are recorded per level, not per track,
 * and an IMHM qualification would also hand them Clinical Mentor files, whose clinical and
 * reflective-supervision practice a non-clinical Mentor is not endorsed in.
 */
export function mayReview(held: { level: LevelCode; track: MentorTrack | null }, level: LevelCode): boolean {
  if (held.level === 'IMHM') return held.track === 'CLINICAL' || level !== 'IMHM';
  return LEVEL_LADDER.indexOf(held.level) >= LEVEL_LADDER.indexOf(level);
}

/** Checks a reviewer's qualifications against the endorsement they hold; field errors name the inputs. */
export function assertQualifications(
  levels: readonly LevelCode[],
  held: { level: LevelCode; track: MentorTrack | null },
): LevelCode[] {
  if (held.level === 'IMHM' && !held.track) {
    throw new FieldValidationError([
      { path: 'heldTrack', message: 'Choose the Mentor track the reviewer holds.' },
    ]);
  }
  if (held.level !== 'IMHM' && held.track) {
    throw new FieldValidationError([
      { path: 'heldTrack', message: 'Only a Mentor endorsement has a track.' },
    ]);
  }
  const unique = [...new Set(levels)].sort((a, b) => LEVEL_LADDER.indexOf(a) - LEVEL_LADDER.indexOf(b));
  const refused = unique.filter((level) => !mayReview(held, level));
  if (refused.length) {
    const heldName = held.track ? `${held.level}-${held.track}` : held.level;
    throw new FieldValidationError([
      {
        path: 'levels',
        message: `A reviewer endorsed ${heldName} cannot review ${refused.join(', ')}: reviewers must hold an endorsement at or above the level they review.`,
      },
    ]);
  }
  return unique;
}
