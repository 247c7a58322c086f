import { levelRank, TRACK_NAMES } from '@imh/competencies';
import type { LevelCode, MentorTrack } from '../../gql/graphql';

/** The ladder, lowest first: the order coordinators read the levels in. */
export const LEVELS = ['IFA', 'IFS', 'IFRS', 'IMHS', 'IMHM'] as const satisfies readonly LevelCode[];
export const TRACKS = ['CLINICAL', 'POLICY', 'RESEARCH_FACULTY'] as const satisfies readonly MentorTrack[];
export const trackName = (track: MentorTrack): string => TRACK_NAMES[track];

export const heldName = (level: LevelCode, track: MentorTrack | null | undefined): string =>
  level === 'IMHM' && track ? `IMHM-${trackName(track)}` : level;

/**
 * The API's rule, repeated here only to tell the coordinator before they choose: a reviewer covers
 * their own level and those below; only a Clinical Mentor covers Mentor files. The server decides.
 */
export const mayReview = (held: LevelCode, track: MentorTrack | null, level: LevelCode): boolean =>
  held === 'IMHM' ? track === 'CLINICAL' || level !== 'IMHM' : levelRank(held) >= levelRank(level);

/** The sentence under the levels: which of them the chosen endorsement allows. */
export const describeAllowedLevels = (held: LevelCode | '', track: MentorTrack | ''): string => {
  if (!held) return 'Choose the endorsement they hold to see which levels it allows.';
  if (held === 'IMHM' && !track) return 'Choose their Mentor track to see which levels it allows.';
  const allowed = LEVELS.filter((level) => mayReview(held, track || null, level));
  return `A reviewer endorsed ${heldName(held, track || null)} may review ${allowed.join(', ')}.`;
};

export interface QualificationValues {
  levels: readonly LevelCode[];
  heldLevel: LevelCode | '';
  heldTrack: MentorTrack | '';
}

/** A track goes with a Mentor endorsement only; a leftover choice from before is dropped. */
export const toQualificationInput = (values: QualificationValues) => ({
  levels: LEVELS.filter((level) => values.levels.includes(level)),
  heldLevel: values.heldLevel as LevelCode,
  heldTrack: values.heldLevel === 'IMHM' && values.heldTrack ? values.heldTrack : null,
});

/** What the table and the edit form start from: every qualification records the same endorsement. */
export const heldEndorsement = (
  qualifications: ReadonlyArray<{ heldLevel: LevelCode; heldTrack?: MentorTrack | null }>,
) => {
  const first = qualifications[0];
  return first ? { level: first.heldLevel, track: first.heldTrack ?? null } : null;
};
